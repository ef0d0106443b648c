/**
 * `npm run bench:charts`: the time to draw one Slack chart image — the ECharts SVG rasterised to PNG by resvg —
 * for a status bar, a donut and a 12-week trend; the first one (engines and fonts loading) apart from the rest.
 * Each run draws new numbers, so no cache helps. Prints p50/p99 (and the SVG's share) and the PNG sizes. Asserts
 * nothing.
 */
import { statusChart, statusTrendChart } from "../src/core/messages/charts.js";
import type { Chart } from "../src/core/messages/model.js";
import { statusCounts } from "../src/core/status-counts.js";
import { chartFonts, chartPng } from "../src/web/chart-png.js";
import { chartSvg } from "../src/web/chart-svg.js";
import { percentile } from "./launch.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);

function charts(run: number): Record<string, Chart> {
  const counts = statusCounts({ loopt: 40 + run, nader_uit_te_werken: 25, afgerond: 9, gepauzeerd: 2, vervallen: 1 }, "nl");
  const weeks = Array.from({ length: 12 }, (_, week) => ({
    label: `${week + 1} nov`,
    counts: { loopt: 20 + week + run, nader_uit_te_werken: 40 - week, afgerond: week },
  }));
  return {
    bar: statusChart(counts, 77 + run, "nl"),
    donut: statusChart(counts, 77 + run, "nl", { kind: "donut" }),
    trend: statusTrendChart(weeks, "nl"),
  };
}

const started = performance.now();
await chartPng(charts(-1).bar as Chart);
console.log(`first chart (engines and fonts loading): ${Math.round(performance.now() - started)} ms; fonts: ${JSON.stringify(chartFonts())}`);
for (const kind of ["bar", "donut", "trend"]) {
  const times: number[] = [];
  const svgTimes: number[] = [];
  let bytes = 0;
  let size = "";
  for (let run = 0; run < RUNS; run++) {
    const chart = charts(run)[kind] as Chart;
    const svgAt = performance.now();
    await chartSvg({ ...chart, title: `${chart.title} ` });
    svgTimes.push(performance.now() - svgAt);
    const at = performance.now();
    const image = await chartPng(chart);
    times.push(performance.now() - at);
    bytes = image.png.length;
    size = `${image.width}×${image.height}`;
  }
  times.sort((a, b) => a - b);
  svgTimes.sort((a, b) => a - b);
  console.log(
    `${kind}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms over ${RUNS} runs (the SVG alone: p50 ${percentile(svgTimes, 50).toFixed(1)} ms); PNG ${size}, ${Math.round(bytes / 1024)} KB`,
  );
}
