/**
 * The core's charts as the Adaptive Card chart elements Teams draws (`Chart.HorizontalBar.Stacked`, `Chart.Donut`,
 * `Chart.Line`, schema 1.5), each with the monospace text bar as its `fallback` for clients without charts.
 * Teams names its chart colours: each status gets the named colour nearest the one it has elsewhere.
 */

import type { ActionStatus } from "../core/domain/status.js";
import type { Chart, ChartSeries } from "../core/messages/model.js";
import type { CardElement } from "./adaptive-card.js";

/** Teams' chart colours (`good`, `warning`, … and the categorical set) by status. */
export const TEAMS_STATUS_COLOURS: Record<ActionStatus, string> = {
  loopt: "good",
  nader_uit_te_werken: "warning",
  afgerond: "categoricalBlue",
  gepauzeerd: "neutral",
  vervallen: "attention",
};

/** For series that count no status, in turn. */
const CATEGORICAL = ["categoricalBlue", "categoricalPurple", "categoricalTeal", "categoricalMarigold", "categoricalRed", "categoricalLime"];

function colour(series: ChartSeries, index: number): string {
  return series.status ? TEAMS_STATUS_COLOURS[series.status] : (CATEGORICAL[index % CATEGORICAL.length] ?? "neutral");
}

/** The text alternative as the card showed it before charts: monospace lines that do not wrap. */
export function textBarContainer(lines: readonly string[], escapeText: (text: string) => string): CardElement {
  return {
    type: "Container",
    items: lines.map((line) => ({ type: "TextBlock", text: escapeText(line), fontType: "Monospace", spacing: "None", wrap: false })),
  };
}

/** The chart element with its fallback; just the fallback when there is nothing to draw. */
export function chartElement(chart: Chart, fallback: CardElement): CardElement {
  if (chart.series.length === 0 || chart.categories.length === 0) return fallback;
  switch (chart.kind) {
    case "stacked-bar":
      return {
        type: "Chart.HorizontalBar.Stacked",
        title: chart.title,
        data: chart.categories.map((category, row) => ({
          title: category,
          data: chart.series.map((series, index) => ({ legend: series.label, value: series.values[row] ?? 0, color: colour(series, index) })),
        })),
        fallback,
      };
    case "donut":
      return {
        type: "Chart.Donut",
        title: chart.title,
        data: chart.series.map((series, index) => ({ legend: series.label, value: series.values[0] ?? 0, color: colour(series, index) })),
        fallback,
      };
    case "line":
      return {
        type: "Chart.Line",
        title: chart.title,
        data: chart.series.map((series, index) => ({
          legend: series.label,
          color: colour(series, index),
          values: chart.categories.map((x, point) => ({ x, y: series.values[point] ?? 0 })),
        })),
        fallback,
      };
  }
}
