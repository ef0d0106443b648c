/** Progress over time: the status counts at the end of every week of the last year, from the status history. */
import type { WeekCounts } from "../../core/dashboard/weekly-counts.js";
import { weeklyCounts } from "../../core/dashboard/weekly-counts.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { type Html, html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import { statusTrendFigure } from "../status-charts.js";
import type { PageResult } from "./parts.js";
import { reportSection } from "./report-section.js";

/** The weekly trend figure with the one line people look for: how *nader uit te werken* went down (or not). */
export async function trendSection(ctx: PageContext, title: string, weeks: WeekCounts[]): Promise<Html> {
  const p = ctx.t.progress;
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return html`<p>${p.none}</p>`;
  const since = ctx.core.time.date(new Date(`${first.week}T12:00:00Z`));
  return html`<p>${p.open(first.counts.nader_uit_te_werken, last.counts.nader_uit_te_werken, since)}</p>
    ${await statusTrendFigure(ctx, title, weeks)}`;
}

export async function progressPage(ctx: PageContext, deps: DashboardDeps): Promise<PageResult> {
  const p = ctx.t.progress;
  const weeks = weeklyCounts(await deps.dashboard.weeklyStatusDeltas(), ctx.now);
  const body = html`<p class="lead">${p.intro}</p>
    <section aria-labelledby="verloop"><h2 id="verloop">${p.chart}</h2>${await trendSection(ctx, p.chart, weeks)}</section>
    ${reportSection(ctx, deps)}`;
  return { status: 200, body: page(ctx, { title: p.title, body }) };
}
