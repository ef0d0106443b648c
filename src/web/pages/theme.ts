/** One theme: its pillar and target group, the overleggen that follow it, its statuses now and per week, its actions and escalations. */
import { weeklyCounts } from "../../core/dashboard/weekly-counts.js";
import { overlegThemes } from "../../core/digest/digest.js";
import type { ActionStatus } from "../../core/domain/status.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import { PATHS } from "../paths.js";
import { slot } from "../slots.js";
import { statusBarsFigure } from "../status-charts.js";
import { notFoundPage } from "./not-found.js";
import { actionsTable, escalationsTable, type PageResult } from "./parts.js";
import { trendSection } from "./progress.js";

export async function themePage(ctx: PageContext, deps: DashboardDeps, given: string): Promise<PageResult> {
  const t = ctx.t.theme;
  const number = /^[1-9]\d{0,3}$/.test(given) ? Number(given) : Number.NaN;
  const { themes, pillars, overleggen } = ctx.structure;
  const theme = themes.find((candidate) => candidate.number === number);
  if (!theme) return notFoundPage(ctx, ctx.t.notFound.theme(given));
  const [actions, escalations, deltas, funding, goals] = await Promise.all([
    deps.reader.listActions({ themes: [theme.number] }),
    deps.dashboard.escalations({ themes: [theme.number] }),
    deps.dashboard.weeklyStatusDeltas([theme.number]),
    slot(ctx, deps, "funding", { page: "theme", themeNumber: theme.number }),
    slot(ctx, deps, "goals", { page: "theme", themeNumber: theme.number }),
  ]);
  const counts: Partial<Record<ActionStatus, number>> = {};
  for (const action of actions) counts[action.status] = (counts[action.status] ?? 0) + 1;
  const following = overleggen.filter((overleg) => overlegThemes(overleg, [theme]).length > 0);
  const title = t.title(theme.number, theme.title);
  const f = ctx.core.fields;
  const body = html`
    <dl class="fields">
      <dt>${f.pillar}</dt><dd>${pillars.find((pillar) => pillar.code === theme.pillarCode)?.name ?? theme.pillarCode}</dd>
      <dt>${f.targetGroup}</dt><dd>${theme.targetGroup}</dd>
      <dt>${t.coveredBy}</dt><dd>${
        following.length
          ? following.map((overleg, index) => html`${index ? ", " : ""}<a href="${ctx.href(PATHS.overleg(overleg.code))}">${overleg.code}</a>`)
          : t.noOverleg
      }</dd>
    </dl>
    <section aria-labelledby="status"><h2 id="status">${t.status}</h2>
      ${await statusBarsFigure(ctx, t.status, ctx.t.overview.theme, [{ label: `${theme.number} · ${theme.title}`, counts }])}
    </section>
    <section aria-labelledby="verloop"><h2 id="verloop">${t.trend}</h2>${await trendSection(ctx, t.trend, weeklyCounts(deltas, ctx.now))}</section>
    ${funding}
    ${goals}
    <section aria-labelledby="acties"><h2 id="acties">${t.actions(actions.length)}</h2>${actionsTable(ctx, t.actions(actions.length), actions)}</section>
    <section aria-labelledby="escalaties"><h2 id="escalaties">${t.escalations} (${escalations.length})</h2>
      ${escalations.length ? escalationsTable(ctx, t.escalations, escalations) : html`<p>${ctx.t.action.noEscalations}</p>`}
    </section>`;
  return { status: 200, body: page(ctx, { title, trail: [{ label: ctx.t.layout.overview, href: ctx.href(PATHS.overview) }], body }) };
}
