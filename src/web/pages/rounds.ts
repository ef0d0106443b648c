/** The reminder rounds, newest first, with their response rates: a chart of the last rounds and a table of all. */
import type { DashboardDeps } from "../dashboard-deps.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import { responseChart } from "../status-charts.js";
import { dateOnly, type PageResult, personName } from "./parts.js";

/** The chart shows the last rounds (oldest left); the table has them all. */
const CHARTED = 12;

export async function roundsPage(ctx: PageContext, deps: DashboardDeps): Promise<PageResult> {
  const r = ctx.t.rounds;
  const rounds = await deps.dashboard.rounds();
  if (rounds.length === 0) return { status: 200, body: page(ctx, { title: r.title, body: html`<p>${r.none}</p>` }) };
  const charted = rounds.slice(0, CHARTED).reverse();
  const chart = await responseChart(
    ctx,
    r.chart,
    charted.map((round) => ({ label: ctx.core.time.date(round.startedAt), ...round.leads })),
  );
  const rows = rounds.map((round) => {
    const started = round.startedBy ? personName(ctx, round.startedBy) : round.automatic ? r.automatic : "";
    const { updated, unchanged, none } = round.answers;
    return html`<tr>
      <th scope="row">${dateOnly(ctx, round.startedAt)}</th>
      <td>${started}</td>
      <td>${round.filterDescription ?? r.defaultFilter}</td>
      <td>${round.status === "open" ? html`<strong>${r.open}</strong>` : r.closed(round.closedAt ? ctx.core.time.date(round.closedAt) : "")}</td>
      <td class="number">${round.actions}</td>
      <td class="number">${updated} / ${unchanged} / ${round.answers["not-mine"]} / ${none}</td>
      <td>${ctx.core.rounds.responseRate(round.leads.answered, round.leads.total)}</td>
    </tr>`;
  });
  const body = html`<p class="lead">${r.intro}</p>
    <section aria-labelledby="respons"><h2 id="respons">${r.chart}</h2>
      <figure class="chart"><figcaption>${r.chart}</figcaption>${chart}
      <table><caption>${r.title}</caption>
        <thead><tr><th scope="col">${r.started}</th><th scope="col">${r.by}</th><th scope="col">${r.filter}</th><th scope="col">${r.state}</th>
          <th scope="col" class="number">${r.actions}</th><th scope="col" class="number">${r.answers}</th><th scope="col">${r.response}</th></tr></thead>
        <tbody>${rows}</tbody>
      </table></figure>
    </section>`;
  return { status: 200, body: page(ctx, { title: r.title, body }) };
}
