/**
 * The charts in chat, built once: a status distribution as a stacked bar (the digest, `lijst`, each pillar of the
 * home) or a donut, and the weekly trend as lines. Each carries its text alternative: the monospace bar of block
 * characters the CLI prints and clients without charts show.
 */
import type { Locale } from "../domain/locale.js";
import { ACTION_STATUSES, type ActionStatus, statusLabel } from "../domain/status.js";
import { texts } from "../i18n/index.js";
import type { Block, Chart, ChartSeries, StatusCount } from "./model.js";

/** The colour of each status on every surface (the dashboard's too): each at least 4.5:1 against white. */
export const STATUS_CHART_COLOURS: Record<ActionStatus, string> = {
  loopt: "#2e7d32",
  nader_uit_te_werken: "#b45309",
  afgerond: "#1d4ed8",
  gepauzeerd: "#5f6670",
  vervallen: "#b91c1c",
};

/** A status distribution drawn with block characters, one line per status: `loopt  ████░░░░  3`. */
export function textBar(counts: readonly StatusCount[], total: number, width = 20): string[] {
  const labelWidth = Math.max(...counts.map((count) => count.label.length));
  return counts.map((count) => {
    const length = total === 0 ? 0 : Math.max(count.count > 0 ? 1 : 0, Math.round((count.count / total) * width));
    return `${count.label.padEnd(labelWidth)}  ${"█".repeat(length)}${"░".repeat(width - length)}  ${count.count}`;
  });
}

function statusSeries(counts: readonly StatusCount[]): ChartSeries[] {
  return counts.map((count) => ({ label: count.label, status: count.status, colour: STATUS_CHART_COLOURS[count.status], values: [count.count] }));
}

export interface StatusChartOptions {
  /** The bar's row label (e.g. the pillar); the chart's title by default. */
  category?: string;
  title?: string;
  kind?: "stacked-bar" | "donut";
}

/** The counts of one set of actions (statuses nobody has left out) as one stacked bar, or a donut. */
export function statusChart(counts: readonly StatusCount[], total: number, locale: Locale, options: StatusChartOptions = {}): Chart {
  const title = options.title ?? texts(locale).charts.status;
  const kind = options.kind ?? "stacked-bar";
  const text = textBar(counts, total);
  if (kind === "donut") text.push(texts(locale).charts.total(total));
  return { kind, title, categories: [options.category ?? title], series: statusSeries(counts), text };
}

/** The status chart as a message block. */
export function statusChartBlock(counts: readonly StatusCount[], total: number, locale: Locale, options: StatusChartOptions = {}): Block {
  return { type: "chart", chart: statusChart(counts, total, locale, options) };
}

export interface TrendWeek {
  /** The week as people read it ("30 nov 2026"). */
  label: string;
  counts: Partial<Record<ActionStatus, number>>;
}

/** Status counts per week as one line per status (statuses nobody had in any week left out). */
export function statusTrendChart(weeks: readonly TrendWeek[], locale: Locale, title = texts(locale).charts.trend): Chart {
  const t = texts(locale).charts;
  const used = ACTION_STATUSES.filter((status) => weeks.some((week) => (week.counts[status] ?? 0) > 0));
  const series = used.map((status) => ({
    label: statusLabel(status, locale),
    status,
    colour: STATUS_CHART_COLOURS[status],
    values: weeks.map((week) => week.counts[status] ?? 0),
  }));
  const text = weeks.map((week) =>
    t.week(week.label, used.map((status) => `${statusLabel(status, locale)} ${week.counts[status] ?? 0}`).join(" · ")),
  );
  return { kind: "line", title, categories: weeks.map((week) => week.label), series, text };
}
