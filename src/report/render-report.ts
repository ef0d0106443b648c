/** One quarter's report in the format asked for: its bytes, media type and file name. */
import type { Locale } from "../core/domain/locale.js";
import type { QuarterReport } from "../core/report/quarter-report.js";
import type { ReportFormat } from "../core/report/report-links.js";
import { reportCharts } from "./report-charts.js";
import { buildReportDocument } from "./report-document.js";

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown; charset=utf-8",
};

export async function renderReport(report: QuarterReport, format: ReportFormat, locale: Locale): Promise<RenderedReport> {
  const doc = buildReportDocument(report, locale);
  let body: Buffer;
  if (format === "md") {
    body = Buffer.from((await import("./render-markdown.js")).renderMarkdown(doc), "utf8");
  } else if (format === "xlsx") {
    body = await (await import("./render-xlsx.js")).renderXlsx(doc);
  } else {
    const charts = await reportCharts(report, locale, doc.t);
    body =
      format === "pdf"
        ? await (await import("./render-pdf.js")).renderPdf(doc, charts)
        : await (await import("./render-docx.js")).renderDocx(doc, charts);
  }
  const slug = report.agenda.slug.replace(/[^a-z0-9-]+/gi, "-");
  return { body, contentType: CONTENT_TYPES[format], fileName: `${doc.t.fileName}-${slug}-${report.quarter.label}.${format}` };
}
