/**
 * `/dashboard/rapport/2026-K4.pdf` (and .docx, .xlsx, .md): the quarterly report built when it is asked for, in the
 * page's language, behind the same session check as every dashboard page. A quarter that does not read, or has not
 * begun, is a page saying so.
 */
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { parseQuarter } from "../core/report/quarter.js";
import { buildQuarterReport } from "../core/report/quarter-report.js";
import type { ReportFormat } from "../core/report/report-links.js";
import type { ReportSource } from "../core/report/report-source.js";
import { renderReport } from "../report/render-report.js";

export const REPORT_PATH = /^\/dashboard\/rapport\/([^/]{1,32})\.(pdf|docx|xlsx|md)$/;

export type ReportAnswer = { ok: true; body: Buffer; headers: Record<string, string> } | { ok: false; problem: string };

export async function reportDownload(
  source: ReportSource,
  quarterText: string,
  format: ReportFormat,
  locale: Locale,
  now: Date,
): Promise<ReportAnswer> {
  const t = texts(locale).report;
  const parsed = parseQuarter(quarterText);
  if (!parsed.ok) return { ok: false, problem: `${t.badQuarter(quarterText)} ${t.badQuarterHint}`.replace(/`/g, "") };
  if (parsed.quarter.start > now) return { ok: false, problem: t.future(parsed.quarter.label) };
  const report = await buildQuarterReport(source, parsed.quarter, now);
  const rendered = await renderReport(report, format, locale);
  return {
    ok: true,
    body: rendered.body,
    headers: {
      "content-type": rendered.contentType,
      "content-disposition": `attachment; filename="${rendered.fileName}"`,
      "content-length": String(rendered.body.length),
    },
  };
}
