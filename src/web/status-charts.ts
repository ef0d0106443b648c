/**
 * The dashboard's figures: statuses per pillar or theme as stacked bars, statuses per week as lines, response
 * per round as bars. Each figure is the chart and, as its text alternative, a table of the same numbers.
 */
import type { WeekCounts } from "../core/dashboard/weekly-counts.js";
import { ACTION_STATUSES, type ActionStatus, statusLabel } from "../core/domain/status.js";
import { CHART_TEXT, plotArea, renderChart } from "./charts.js";
import { type Html, html } from "./html.js";
import type { PageContext } from "./page-context.js";
import { STATUS_COLOURS } from "./styles.js";

export interface StatusRow {
  label: string;
  href?: string;
  counts: Partial<Record<ActionStatus, number>>;
  /** A figure beside the counts in the table (open escalations), under `extraHeading`. */
  extra?: number;
}

const WIDTH = 760;
/** Line styles and end labels tell the lines apart without colour. */
const LINE_TYPES: Record<ActionStatus, "solid" | "dashed" | "dotted"> = {
  loopt: "solid",
  nader_uit_te_werken: "solid",
  afgerond: "dashed",
  gepauzeerd: "dotted",
  vervallen: "dashed",
};

/** The statuses anyone has, in life-cycle order (all of them when nobody has any). */
function usedStatuses(counts: Partial<Record<ActionStatus, number>>[]): ActionStatus[] {
  const used = ACTION_STATUSES.filter((status) => counts.some((row) => (row[status] ?? 0) > 0));
  return used.length ? used : [...ACTION_STATUSES];
}

/** The key of a status chart, in HTML (crisp, wraps, and read out with the figure). */
function legend(ctx: PageContext, statuses: ActionStatus[]): Html {
  return html`<ul class="legend">${statuses.map(
    (status) => html`<li><span class="swatch status-${status}" aria-hidden="true"></span>${statusLabel(status, ctx.locale)}</li>`,
  )}</ul>`;
}

const total = (counts: Partial<Record<ActionStatus, number>>) => ACTION_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);

function statusHeader(ctx: PageContext, first: string, statuses: ActionStatus[], extra?: string): Html {
  return html`<thead><tr><th scope="col">${first}</th>${statuses.map(
    (status) => html`<th scope="col" class="number">${statusLabel(status, ctx.locale)}</th>`,
  )}<th scope="col" class="number">${ctx.t.charts.total}</th>${extra ? html`<th scope="col" class="number">${extra}</th>` : ""}</tr></thead>`;
}

/** Stacked horizontal bars, one per row, and the table of the same counts. */
export async function statusBarsFigure(ctx: PageContext, title: string, rowHeading: string, rows: StatusRow[], extraHeading?: string): Promise<Html> {
  const statuses = usedStatuses(rows.map((row) => row.counts));
  const labels = statuses.map((status) => statusLabel(status, ctx.locale));
  const chart = await renderChart({
    key: `bars:${ctx.locale}:${JSON.stringify(rows.map((row) => [row.label, row.counts]))}`,
    width: WIDTH,
    height: 32 + rows.length * 34,
    label: title,
    option: () => ({
      color: statuses.map((status) => STATUS_COLOURS[status]),
      grid: plotArea({ left: 8, right: 16, top: 8, bottom: 4 }),
      xAxis: { type: "value", minInterval: 1, axisLabel: CHART_TEXT },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((row) => row.label),
        axisLabel: { ...CHART_TEXT, width: 260, overflow: "truncate" },
      },
      series: statuses.map((status, index) => ({
        type: "bar",
        name: labels[index],
        stack: "total",
        barMaxWidth: 26,
        data: rows.map((row) => row.counts[status] ?? 0),
        label: { show: true, color: "#ffffff", fontSize: 12, formatter: (point: { value: number }) => (point.value ? String(point.value) : "") },
      })),
    }),
  });
  const body = rows.map(
    (row) =>
      html`<tr><th scope="row">${row.href ? html`<a href="${row.href}">${row.label}</a>` : row.label}</th>${statuses.map(
        (status) => html`<td class="number">${row.counts[status] ?? 0}</td>`,
      )}<td class="number">${total(row.counts)}</td>${extraHeading ? html`<td class="number">${row.extra ?? 0}</td>` : ""}</tr>`,
  );
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    ${legend(ctx, statuses)}
    ${chart}
    <table><caption>${ctx.t.charts.tableCaption(title)}</caption>${statusHeader(ctx, rowHeading, statuses, extraHeading)}<tbody>${body}</tbody></table>
  </figure>`;
}

/** A week's Monday as people read it ("30 nov 2026"). */
function weekLabel(ctx: PageContext, week: string): string {
  return ctx.core.time.date(new Date(`${week}T12:00:00Z`));
}

/** One line per status over the weeks (*nader uit te werken* drawn thickest), and the table in a disclosure. */
export async function statusTrendFigure(ctx: PageContext, title: string, weeks: WeekCounts[]): Promise<Html> {
  const statuses = usedStatuses(weeks.map((week) => week.counts));
  const days = weeks.map((week) => weekLabel(ctx, week.week));
  const chart = await renderChart({
    key: `trend:${ctx.locale}:${JSON.stringify(weeks.map((week) => [week.week, statuses.map((status) => week.counts[status])]))}`,
    width: WIDTH,
    height: 340,
    label: title,
    option: () => ({
      color: statuses.map((status) => STATUS_COLOURS[status]),
      grid: plotArea({ left: 8, right: 150, top: 16, bottom: 8 }),
      xAxis: { type: "category", boundaryGap: false, data: days, axisLabel: { ...CHART_TEXT, hideOverlap: true } },
      yAxis: { type: "value", minInterval: 1, axisLabel: CHART_TEXT },
      series: statuses.map((status) => ({
        type: "line",
        name: statusLabel(status, ctx.locale),
        // With few weeks the points are the chart; with many, the lines are.
        showSymbol: weeks.length <= 12,
        symbolSize: 7,
        data: weeks.map((week) => week.counts[status]),
        lineStyle: { width: status === "nader_uit_te_werken" ? 4 : 2, type: LINE_TYPES[status] },
        endLabel: { show: true, ...CHART_TEXT, formatter: (point: { seriesName: string; value: number }) => `${point.seriesName}: ${point.value}` },
      })),
    }),
  });
  const rows = weeks.map(
    (week) =>
      html`<tr><th scope="row">${weekLabel(ctx, week.week)}</th>${statuses.map(
        (status) => html`<td class="number">${week.counts[status]}</td>`,
      )}<td class="number">${week.total}</td></tr>`,
  );
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    ${legend(ctx, statuses)}
    ${chart}
    <details><summary>${ctx.t.charts.showTable}</summary>
      <table><caption>${ctx.t.charts.tableCaption(title)}</caption>${statusHeader(ctx, ctx.t.charts.week, statuses)}<tbody>${rows}</tbody></table>
    </details>
  </figure>`;
}

export interface RateBar {
  label: string;
  answered: number;
  total: number;
}

/** The response of each round as a percentage bar (the table is the rounds page's own). */
export async function responseChart(ctx: PageContext, title: string, bars: RateBar[]): Promise<Html> {
  const percent = (bar: RateBar) => (bar.total ? Math.round((bar.answered / bar.total) * 100) : 0);
  return renderChart({
    key: `rates:${ctx.locale}:${JSON.stringify(bars)}`,
    width: WIDTH,
    height: 300,
    label: title,
    option: () => ({
      color: ["#0b3d6e"],
      grid: plotArea({ left: 8, right: 16, top: 40, bottom: 8 }),
      xAxis: { type: "category", data: bars.map((bar) => bar.label), axisLabel: { ...CHART_TEXT, hideOverlap: true } },
      yAxis: { type: "value", min: 0, max: 100, name: ctx.t.rounds.rate, nameTextStyle: CHART_TEXT, axisLabel: CHART_TEXT },
      series: [
        {
          type: "bar",
          barMaxWidth: 48,
          data: bars.map(percent),
          label: {
            show: true,
            position: "top",
            ...CHART_TEXT,
            formatter: (point: { dataIndex: number }) => {
              const bar = bars[point.dataIndex];
              return bar ? `${bar.answered}/${bar.total} (${percent(bar)}%)` : "";
            },
          },
        },
      ],
    }),
  });
}
