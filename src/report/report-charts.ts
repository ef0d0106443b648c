/**
 * The report's charts, drawn like the dashboard's (ECharts' server-side SVG, the same colours and fonts): the
 * statuses per pillar at the end of the quarter as stacked bars, and the statuses per week of the quarter as
 * lines. As SVG for the PDF, as PNG (rendered with resvg) for Word.
 */

import type { Locale } from "../core/domain/locale.js";
import { ACTION_STATUSES, type ActionStatus, statusLabel } from "../core/domain/status.js";
import type { ReportTexts } from "../core/i18n/texts.js";
import { formatDate } from "../core/i18n/time.js";
import type { QuarterReport } from "../core/report/quarter-report.js";
import { CHART_TEXT, plotArea, renderChart } from "../web/charts.js";
import { STATUS_COLOURS } from "../web/styles.js";

export interface ReportChart {
  title: string;
  svg: string;
  width: number;
  height: number;
}

const WIDTH = 760;

function used(rows: Partial<Record<ActionStatus, number>>[]): ActionStatus[] {
  const statuses = ACTION_STATUSES.filter((status) => rows.some((row) => (row[status] ?? 0) > 0));
  return statuses.length ? statuses : [...ACTION_STATUSES];
}

/** Without the `role`/`aria-label` the web adds: a plain SVG document. */
const plain = (svg: string) => svg.replace(/^<svg role="img" aria-label="[^"]*" focusable="false" /, "<svg ");

export async function reportCharts(report: QuarterReport, locale: Locale, t: ReportTexts): Promise<ReportChart[]> {
  const pillars = report.pillars.filter((pillar) => pillar.end.total > 0);
  const barStatuses = used(pillars.map((pillar) => pillar.end));
  const barHeight = 60 + pillars.length * 34;
  const bars = await renderChart({
    key: `report-bars:${locale}:${JSON.stringify(pillars.map((p) => [p.name, p.end]))}`,
    width: WIDTH,
    height: barHeight,
    label: t.chartStatusEnd,
    option: () => ({
      color: barStatuses.map((status) => STATUS_COLOURS[status]),
      legend: { bottom: 0, textStyle: CHART_TEXT },
      grid: plotArea({ left: 8, right: 16, top: 8, bottom: 32 }),
      xAxis: { type: "value", minInterval: 1, axisLabel: CHART_TEXT },
      yAxis: { type: "category", inverse: true, data: pillars.map((p) => p.name), axisLabel: { ...CHART_TEXT, width: 220, overflow: "truncate" } },
      series: barStatuses.map((status) => ({
        type: "bar",
        name: statusLabel(status, locale),
        stack: "total",
        barMaxWidth: 26,
        data: pillars.map((p) => p.end[status]),
        label: { show: true, color: "#ffffff", fontSize: 12, formatter: (point: { value: number }) => (point.value ? String(point.value) : "") },
      })),
    }),
  });
  const charts: ReportChart[] = [{ title: t.chartStatusEnd, svg: plain(bars.value), width: WIDTH, height: barHeight }];
  if (report.weeks.length > 1) {
    const trendStatuses = used(report.weeks.map((week) => week.counts));
    const days = report.weeks.map((week) => formatDate(new Date(`${week.week}T12:00:00Z`), locale));
    const trend = await renderChart({
      key: `report-trend:${locale}:${JSON.stringify(report.weeks.map((w) => [w.week, w.counts]))}`,
      width: WIDTH,
      height: 320,
      label: t.chartTrend,
      option: () => ({
        color: trendStatuses.map((status) => STATUS_COLOURS[status]),
        grid: plotArea({ left: 8, right: 150, top: 16, bottom: 8 }),
        xAxis: { type: "category", boundaryGap: false, data: days, axisLabel: { ...CHART_TEXT, hideOverlap: true } },
        yAxis: { type: "value", minInterval: 1, axisLabel: CHART_TEXT },
        series: trendStatuses.map((status) => ({
          type: "line",
          name: statusLabel(status, locale),
          showSymbol: report.weeks.length <= 14,
          data: report.weeks.map((week) => week.counts[status]),
          lineStyle: { width: status === "nader_uit_te_werken" ? 4 : 2 },
          endLabel: { show: true, ...CHART_TEXT, formatter: (p: { seriesName: string; value: number }) => `${p.seriesName}: ${p.value}` },
        })),
      }),
    });
    charts.push({ title: t.chartTrend, svg: plain(trend.value), width: WIDTH, height: 320 });
  }
  return charts;
}

/** A chart as PNG (twice its size, for print), for formats that take no SVG. */
export async function chartPng(chart: ReportChart): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "width", value: chart.width * 2 },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  });
  return resvg.render().asPng();
}
