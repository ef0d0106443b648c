/** The agenda at a glance: totals, statuses per pillar and per theme, open escalations, the latest round, the overleggen. */
import type { RoundRecord, ThemeStatusCounts } from "../../core/dashboard/dashboard-reader.js";
import { ACTION_STATUSES, type ActionStatus, statusLabel } from "../../core/domain/status.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { type Html, html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import { PATHS } from "../paths.js";
import { slot } from "../slots.js";
import { statusBarsFigure } from "../status-charts.js";
import { escalationsTable, type PageResult } from "./parts.js";
import { reportSection } from "./report-section.js";

/** At most this many open escalations on the overview; each theme page shows all of its own. */
const ESCALATIONS_SHOWN = 15;

function sum(counts: ThemeStatusCounts[]): Partial<Record<ActionStatus, number>> {
  const total: Partial<Record<ActionStatus, number>> = {};
  for (const theme of counts) for (const status of ACTION_STATUSES) total[status] = (total[status] ?? 0) + (theme.counts[status] ?? 0);
  return total;
}

/** "x van de y trekkers heeft gereageerd (p%)", as `ronde` and the digest say it. */
export function roundLine(ctx: PageContext, round: RoundRecord): string {
  const r = ctx.core.rounds;
  const rate = r.responseRate(round.leads.answered, round.leads.total);
  const started = ctx.core.time.date(round.startedAt);
  return round.status === "open" ? r.statusTitle(started, rate) : r.closedTitle(started, rate);
}

export async function overviewPage(ctx: PageContext, deps: DashboardDeps): Promise<PageResult> {
  const t = ctx.t.overview;
  const { pillars, themes, overleggen } = ctx.structure;
  const [counts, escalations, rounds] = await Promise.all([
    deps.dashboard.themeStatusCounts(),
    deps.dashboard.escalations({ openOnly: true, limit: ESCALATIONS_SHOWN }),
    deps.dashboard.rounds(1),
  ]);
  const byTheme = new Map(counts.map((row) => [row.themeNumber, row]));
  const totals = sum(counts);
  const actionCount = counts.reduce((total, row) => total + row.total, 0);
  const openEscalations = counts.reduce((total, row) => total + row.openEscalations, 0);

  const kpis = html`<dl class="kpis">
    <div><dt>${ctx.t.charts.total}</dt><dd>${actionCount}</dd></div>
    ${ACTION_STATUSES.filter((status) => (totals[status] ?? 0) > 0).map(
      (status) => html`<div><dt>${statusLabel(status, ctx.locale)}</dt><dd>${totals[status] ?? 0}</dd></div>`,
    )}
    <div><dt>${t.openEscalations}</dt><dd>${openEscalations}</dd></div>
  </dl>`;

  const pillarRows = pillars.map((pillar) => {
    const inPillar = themes.filter((theme) => theme.pillarCode === pillar.code).flatMap((theme) => byTheme.get(theme.number) ?? []);
    return { label: pillar.name, counts: sum(inPillar), extra: inPillar.reduce((total, row) => total + row.openEscalations, 0) };
  });
  const themeRows = themes.map((theme) => ({
    label: `${theme.number} · ${theme.title}`,
    href: ctx.href(PATHS.theme(theme.number)),
    counts: byTheme.get(theme.number)?.counts ?? {},
    extra: byTheme.get(theme.number)?.openEscalations ?? 0,
  }));
  const [pillarFigure, themeFigure, funding, goals] = await Promise.all([
    statusBarsFigure(ctx, t.byPillar, t.pillar, pillarRows, t.escalationsColumn),
    statusBarsFigure(ctx, t.byTheme, t.theme, themeRows, t.escalationsColumn),
    slot(ctx, deps, "funding", { page: "overview" }),
    slot(ctx, deps, "goals", { page: "overview" }),
  ]);

  const latest = rounds[0];
  const escalationSection: Html = escalations.length
    ? html`${escalationsTable(ctx, t.openEscalations, escalations)}${
        openEscalations > escalations.length ? html`<p class="muted">${t.escalationsMore(openEscalations - escalations.length)}</p>` : ""
      }`
    : html`<p>${t.escalationsNone}</p>`;

  const body = html`
    <p class="lead">${t.intro(actionCount, themes.length)}</p>
    <section aria-labelledby="totalen"><h2 id="totalen">${t.totals}</h2>${kpis}</section>
    <section aria-labelledby="pijlers"><h2 id="pijlers">${t.byPillar}</h2>${pillarFigure}</section>
    <section aria-labelledby="themas"><h2 id="themas">${t.byTheme}</h2>${themeFigure}</section>
    ${funding}
    ${goals}
    <section aria-labelledby="escalaties"><h2 id="escalaties">${t.openEscalations} (${openEscalations})</h2>${escalationSection}</section>
    <section aria-labelledby="ronde"><h2 id="ronde">${t.latestRound}</h2>
      <p>${latest ? html`<a href="${ctx.href(PATHS.rounds)}">${roundLine(ctx, latest)}</a>` : t.noRound}</p>
    </section>
    ${reportSection(ctx, deps)}
    <section aria-labelledby="overleggen"><h2 id="overleggen">${t.overleggen}</h2>
      <p>${t.overlegIntro}</p>
      <ul class="cards">${overleggen.map(
        (overleg) =>
          html`<li><a href="${ctx.href(PATHS.overleg(overleg.code))}">${overleg.code}</a><br><span class="muted">${overleg.name}</span></li>`,
      )}</ul>
    </section>`;
  return { status: 200, body: page(ctx, { title: t.title, body }) };
}
