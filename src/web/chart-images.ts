/**
 * Chart images for chats that show pictures, not chart elements (Slack): `PUBLIC_URL/charts/<data>.<signature>.png`.
 * The address carries the chart itself (deflated JSON, base64url) and an HMAC-SHA256 over it, so any instance
 * can draw it again without storing anything, and nobody can ask for a chart the service did not send: a changed
 * or made-up address is answered 404. The key is derived from the dashboard's (DASHBOARD_SECRET or the stored one).
 * What the address holds is what the image shows; an image is the same forever, so it may be cached for a year.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ServerResponse } from "node:http";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { z } from "zod";
import { ACTION_STATUSES } from "../core/domain/status.js";
import type { Chart } from "../core/messages/model.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { type ChartPng, chartPng } from "./chart-png.js";

export const CHARTS_PATH = "/charts";
/** Slack takes image addresses up to 3,000 characters; longer charts go as their text bar. */
export const IMAGE_URL_LIMIT = 3000;
const MAX_JSON = 16_384;

const label = z.string().max(300);
const chartSchema = z.object({
  kind: z.enum(["stacked-bar", "donut", "line"]),
  title: label,
  categories: z.array(label).min(1).max(60),
  series: z
    .array(
      z.object({
        label,
        status: z.enum(ACTION_STATUSES).optional(),
        colour: z.string().regex(/^#[0-9a-f]{6}$/i),
        values: z.array(z.number().int().min(0).max(10_000_000)).max(60),
      }),
    )
    .min(1)
    .max(12),
  text: z.array(z.string().max(500)).max(100),
});

/** The parsed chart without the optional fields it left out. */
function toChart(parsed: z.infer<typeof chartSchema>): Chart {
  return { ...parsed, series: parsed.series.map(({ status, ...series }) => (status ? { ...series, status } : series)) };
}

const PATH_SHAPE = new RegExp(`^${CHARTS_PATH}/([A-Za-z0-9_-]{2,${IMAGE_URL_LIMIT}})\\.([A-Za-z0-9_-]{43})\\.png$`);

export class ChartImageUrls {
  private readonly cache = new Map<string, ChartPng>();

  constructor(
    /** PUBLIC_URL. */
    private readonly baseUrl: string,
    private readonly key: string,
  ) {}

  private sign(data: string): Buffer {
    return createHmac("sha256", this.key).update(`doe-agenda-chart:${data}`).digest();
  }

  /** The image address of a chart; undefined when it would be too long for Slack. */
  url(chart: Chart): string | undefined {
    const data = deflateRawSync(Buffer.from(JSON.stringify(chart), "utf8")).toString("base64url");
    const url = `${this.baseUrl}${CHARTS_PATH}/${data}.${this.sign(data).toString("base64url")}.png`;
    return url.length <= IMAGE_URL_LIMIT ? url : undefined;
  }

  /** The chart an address names, if this service signed it; null for any other path. */
  chartOf(path: string): Chart | null {
    const match = PATH_SHAPE.exec(path);
    if (!match?.[1] || !match[2]) return null;
    const [, data, given] = match as unknown as [string, string, string];
    const givenBytes = Buffer.from(given, "base64url");
    const expected = this.sign(data);
    if (givenBytes.length !== expected.length || !timingSafeEqual(givenBytes, expected)) return null;
    try {
      const json = inflateRawSync(Buffer.from(data, "base64url"), { maxOutputLength: MAX_JSON }).toString("utf8");
      const parsed = chartSchema.safeParse(JSON.parse(json));
      return parsed.success ? toChart(parsed.data) : null;
    } catch {
      return null;
    }
  }

  /** The PNG of a signed address (the last few kept), or null. */
  async png(path: string): Promise<ChartPng | null> {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const chart = this.chartOf(path);
    if (!chart) return null;
    const image = await chartPng(chart);
    this.cache.set(path, image);
    if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value ?? path);
    return image;
  }
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
}

/** Serves `/charts/…png` on the service's HTTP server. */
export function mountChartImages(http: Pick<HttpServer, "routePrefix">, images: ChartImageUrls, logger: Logger): void {
  http.routePrefix("GET", CHARTS_PATH, async (request, response) => {
    const path = (request.url ?? "").split("?")[0] ?? "";
    const image = await images.png(path);
    if (!image) {
      logger.debug({ path: path.slice(0, 80) }, "chart image: unknown or unsigned address");
      return notFound(response);
    }
    response
      .writeHead(200, { "content-type": "image/png", "content-length": image.png.length, "cache-control": "public, max-age=31536000, immutable" })
      .end(image.png);
  });
}
