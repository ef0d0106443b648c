/**
 * A chart as a PNG: its SVG (chart-svg) rasterised by resvg off the event loop, at twice its size for sharp
 * screens. resvg draws text only with fonts it has: the charts ask for Arial's metrics, so Liberation Sans
 * (Debian's `fonts-liberation`, which chromium pulls in and the image installs) is loaded, its regular and bold
 * faces only, with DejaVu Sans as a fallback; without either, every system font is scanned (slower, and the labels
 * may not fit where they were laid out).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import type { Chart } from "../core/messages/model.js";
import { CHART_IMAGE_WIDTH, chartSvg } from "./chart-svg.js";

/** Where Debian and most distributions keep the fonts the charts use, best first. */
export const FONT_DIRS = [
  "/usr/share/fonts/truetype/liberation",
  "/usr/share/fonts/truetype/liberation2",
  "/usr/share/fonts/liberation",
  "/usr/share/fonts/truetype/dejavu",
  "/usr/share/fonts/dejavu",
];
/** The faces the charts use (regular and bold), by family; only these are loaded: every render reads them again. */
const FACES: Record<string, string[]> = {
  "Liberation Sans": ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"],
  "DejaVu Sans": ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"],
};

export interface ChartPng {
  png: Buffer;
  width: number;
  height: number;
}

let fontOptions: ResvgRenderOptions["font"] | undefined;

/** The font set-up, found once: the first family whose faces exist, else every system font. */
export function chartFonts(): NonNullable<ResvgRenderOptions["font"]> {
  if (!fontOptions) {
    fontOptions = { loadSystemFonts: true };
    for (const [family, faces] of Object.entries(FACES)) {
      const files = FONT_DIRS.flatMap((dir) => faces.map((face) => join(dir, face))).filter((file) => existsSync(file));
      if (files.length) {
        fontOptions = { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family, sansSerifFamily: family };
        break;
      }
    }
  }
  return fontOptions;
}

/** Pixels per SVG unit in the PNG. */
export const PNG_SCALE = 2;

export async function chartPng(chart: Chart, width = CHART_IMAGE_WIDTH): Promise<ChartPng> {
  const { svg } = await chartSvg(chart, width);
  const { renderAsync } = await import("@resvg/resvg-js");
  const image = await renderAsync(svg, { font: chartFonts(), fitTo: { mode: "zoom", value: PNG_SCALE }, background: "#ffffff", logLevel: "off" });
  return { png: image.asPng(), width: image.width, height: image.height };
}
