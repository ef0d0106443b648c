/**
 * Charts rendered on the server as SVG with ECharts' server-side rendering, so pages need no JavaScript. The
 * engine is loaded on the first chart (the service starts without it), and a rendered chart is kept by its data
 * (`key`): the same counts are not drawn twice. Each SVG is an image with a text label; the pages put the figures
 * beside it as a table.
 */
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml, type Html, trusted } from "./html.js";

export interface ChartSpec {
  /** Identifies the chart's data and language: equal keys draw the same SVG. */
  key: string;
  width: number;
  height: number;
  /** What the chart shows, in words (the SVG's accessible name). */
  label: string;
  option: () => EChartsCoreOption;
}

/**
 * The colours and fonts of every chart: dark text on white. Without a canvas, ECharts measures text with Arial's
 * widths, so the charts ask for Arial or a font of the same metrics (labels then fit where they were laid out).
 */
export const CHART_TEXT = { color: "#1b1b1b", fontSize: 13, fontFamily: "Arial, 'Liberation Sans', Helvetica, sans-serif" };

/** The plot area, shrunk until the axis labels fit inside the chart with this margin. */
export function plotArea(margin: { left: number; right: number; top: number; bottom: number }) {
  return { ...margin, outerBoundsMode: "auto", outerBounds: margin, outerBoundsContain: "axisLabel" };
}

type Engine = typeof import("echarts/core");

let engine: Promise<Engine> | null = null;

function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import("echarts/core"),
      import("echarts/charts"),
      import("echarts/components"),
      import("echarts/renderers"),
    ]);
    core.use([charts.BarChart, charts.LineChart, components.GridComponent, components.LegendComponent, renderers.SVGRenderer]);
    return core;
  })().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

const CACHE_SIZE = 256;
const cache = new Map<string, string>();

function remember(key: string, svg: string): void {
  cache.set(key, svg);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? key);
}

/** The chart as an SVG image (`role="img"` with its label). */
export async function renderChart(spec: ChartSpec): Promise<Html> {
  const key = `${spec.width}x${spec.height}:${spec.label}:${spec.key}`;
  let svg = cache.get(key);
  if (svg === undefined) {
    const echarts = await loadEngine();
    const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: spec.width, height: spec.height });
    try {
      chart.setOption({ animation: false, textStyle: CHART_TEXT, ...spec.option() });
      svg = chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
    remember(key, svg);
  } else {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(key);
    cache.set(key, svg);
  }
  return trusted(svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(spec.label)}" focusable="false" `));
}
