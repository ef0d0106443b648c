/**
 * A chart of the core's message model (`Chart`) as an SVG, drawn with the dashboard's ECharts set-up
 * (`renderChart`, its text style and cache): stacked bars with their values, a donut with its labels, lines with
 * their end labels; a legend above, in the statuses' colours. Slack gets it as a PNG (chart-png).
 */
import type { EChartsCoreOption } from "echarts/core";
import type { Chart } from "../core/messages/model.js";
import { CHART_TEXT, plotArea, renderChart } from "./charts.js";

export const CHART_IMAGE_WIDTH = 640;

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

let extras: Promise<void> | null = null;

/** The donut and the title are not part of the dashboard's engine: added to the same engine once. */
function loadExtras(): Promise<void> {
  extras ??= (async () => {
    const [core, charts, components] = await Promise.all([import("echarts/core"), import("echarts/charts"), import("echarts/components")]);
    core.use([charts.PieChart, components.TitleComponent, components.LegendComponent]);
  })().catch((error: unknown) => {
    extras = null;
    throw error;
  });
  return extras;
}

const TITLE = { text: "", left: 8, top: 6, textStyle: { ...CHART_TEXT, fontSize: 15, fontWeight: "bold" as const } };
const LEGEND = { top: 32, left: 8, right: 8, itemGap: 14, textStyle: CHART_TEXT };
/** Room for the title and a legend line above the plot. */
const HEADER = 64;

function valueLabel(point: { value: number }): string {
  return point.value ? String(point.value) : "";
}

function barOption(chart: Chart): EChartsCoreOption {
  // A single bar named like the chart needs no axis label.
  const labelled = chart.categories.length > 1 || chart.categories[0] !== chart.title;
  return {
    color: chart.series.map((series) => series.colour),
    title: { ...TITLE, text: chart.title },
    legend: LEGEND,
    grid: plotArea({ left: 8, right: 16, top: HEADER + 8, bottom: 4 }),
    xAxis: { type: "value", minInterval: 1, axisLabel: CHART_TEXT },
    yAxis: {
      type: "category",
      inverse: true,
      data: chart.categories,
      axisLabel: { ...CHART_TEXT, show: labelled, width: 200, overflow: "truncate" },
    },
    series: chart.series.map((series) => ({
      type: "bar",
      name: series.label,
      stack: "total",
      barMaxWidth: 28,
      data: series.values,
      label: { show: true, color: "#ffffff", fontSize: 12, formatter: valueLabel },
    })),
  };
}

function donutOption(chart: Chart): EChartsCoreOption {
  return {
    color: chart.series.map((series) => series.colour),
    title: { ...TITLE, text: chart.title },
    legend: LEGEND,
    series: [
      {
        type: "pie",
        radius: ["38%", "62%"],
        center: ["50%", "60%"],
        data: chart.series.map((series) => ({ name: series.label, value: series.values[0] ?? 0 })),
        label: { ...CHART_TEXT, formatter: (point: { name: string; value: number }) => `${point.name}: ${point.value}` },
      },
    ],
  };
}

function lineOption(chart: Chart): EChartsCoreOption {
  return {
    color: chart.series.map((series) => series.colour),
    title: { ...TITLE, text: chart.title },
    legend: LEGEND,
    grid: plotArea({ left: 8, right: 24, top: HEADER + 8, bottom: 8 }),
    xAxis: { type: "category", boundaryGap: false, data: chart.categories, axisLabel: { ...CHART_TEXT, hideOverlap: true } },
    yAxis: { type: "value", minInterval: 1, axisLabel: CHART_TEXT },
    series: chart.series.map((series) => ({
      type: "line",
      name: series.label,
      showSymbol: chart.categories.length <= 12,
      symbolSize: 7,
      data: series.values,
      lineStyle: { width: series.status === "nader_uit_te_werken" ? 4 : 2 },
    })),
  };
}

/** The height that fits the chart: a bar per category, a fixed square-ish area for a donut or lines. */
export function chartHeight(chart: Chart): number {
  if (chart.kind === "stacked-bar") return HEADER + 40 + chart.categories.length * 36;
  return HEADER + 260;
}

/** The chart as an SVG document of `width` × its height. */
export async function chartSvg(chart: Chart, width = CHART_IMAGE_WIDTH): Promise<ChartSvg> {
  await loadExtras();
  const height = chartHeight(chart);
  const option = chart.kind === "stacked-bar" ? barOption(chart) : chart.kind === "donut" ? donutOption(chart) : lineOption(chart);
  const rendered = await renderChart({ key: `chat:${JSON.stringify(chart)}`, width, height, label: chart.title, option: () => option });
  return { svg: rendered.value, width, height };
}
