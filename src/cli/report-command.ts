/** `npm run cli -- rapport 2026-K4 --format pdf|docx|xlsx|md --out <file> --as <leader>`: the quarterly report as a file. */
import { writeFile } from "node:fs/promises";
import type { App } from "../app.js";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { identify } from "../core/identify.js";
import { currentQuarter, parseQuarter } from "../core/report/quarter.js";
import { buildQuarterReport } from "../core/report/quarter-report.js";
import { renderReport } from "../report/render-report.js";
import type { CliRequest } from "./args.js";
import type { CliOutcome } from "./people.js";

export async function runReport(
  app: Pick<App, "people" | "leaders" | "clock" | "dashboard">,
  request: Extract<CliRequest, { kind: "report" }>,
  locale: Locale,
): Promise<CliOutcome> {
  const t = texts(locale).report;
  const actor = await identify(app.people, app.leaders, { email: request.as ?? null, channel: "cli", locale });
  if (!actor.isLeader) return { code: 1, err: `${t.leaderOnly}\n` };
  const now = app.clock.now();
  let quarter = currentQuarter(now);
  if (request.quarter !== undefined) {
    const parsed = parseQuarter(request.quarter);
    if (!parsed.ok) return { code: 2, err: `${t.badQuarter(request.quarter)} ${t.badQuarterHint}\n` };
    quarter = parsed.quarter;
  }
  if (quarter.start > now) return { code: 1, err: `${t.future(quarter.label)}\n` };
  const report = await buildQuarterReport(app.dashboard.report, quarter, now);
  const rendered = await renderReport(report, request.format, locale);
  if (!request.out) return { code: 0, out: rendered.body.toString("utf8") };
  const written = await writeFile(request.out, rendered.body).catch((error: Error) => error);
  if (written instanceof Error) return { code: 1, err: `${texts(locale).startup.fileUnwritable(request.out, written.message)}\n` };
  return { code: 0, err: `${t.wrote(quarter.label, request.out)}\n` };
}
