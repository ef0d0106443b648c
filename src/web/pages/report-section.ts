/**
 * The quarterly report for the council on the dashboard's pages: the current quarter (still under way, its
 * figures as of today) and the previous one, each as PDF, Word and Excel. The files are built when they are
 * opened (`/dashboard/rapport/2026-K4.pdf`), behind the same session as the pages.
 */
import { currentQuarter, previousQuarter, type Quarter } from "../../core/report/quarter.js";
import { type ReportFormat, reportFile } from "../../core/report/report-links.js";
import { DASHBOARD_PATH } from "../dashboard-access.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { type Html, html } from "../html.js";
import type { PageContext } from "../page-context.js";

/** The formats the pages offer; Markdown stays for the CLI and chat. */
export const PAGE_REPORT_FORMATS = ["pdf", "docx", "xlsx"] as const satisfies readonly ReportFormat[];

/** The quarters offered: the current one first, then the one before. */
export function offeredQuarters(now: Date): Quarter[] {
  const current = currentQuarter(now);
  return [current, previousQuarter(current)];
}

function quarterItem(ctx: PageContext, quarter: Quarter, underWay: boolean): Html {
  const t = ctx.t.reports;
  const name = ctx.core.report.quarterName(quarter.quarter, quarter.year);
  const links = PAGE_REPORT_FORMATS.map(
    (format) =>
      html`<li><a href="${ctx.href(`${DASHBOARD_PATH}/${reportFile(quarter, format)}`)}">${t.link(t.formats[format], quarter.label)}</a></li>`,
  );
  return html`<li><strong>${t.quarter(name, quarter.label)}</strong>${underWay ? html` <span class="muted">${t.underWay}</span>` : ""}
    <ul class="downloads">${links}</ul></li>`;
}

/** The section, or nothing when this installation serves no reports. */
export function reportSection(ctx: PageContext, deps: DashboardDeps): Html {
  if (!deps.reports) return html``;
  const t = ctx.t.reports;
  const [current, previous] = offeredQuarters(ctx.now);
  return html`<section class="no-print" aria-labelledby="kwartaalrapportage"><h2 id="kwartaalrapportage">${t.title}</h2>
    <p>${t.intro}</p>
    <ul class="reports">${current ? quarterItem(ctx, current, true) : ""}${previous ? quarterItem(ctx, previous, false) : ""}</ul>
  </section>`;
}
