/** Where the dashboard serves a quarter's report: `/dashboard/rapport/2026-K4.pdf` beside the dashboard's address. */
import type { Quarter } from "./quarter.js";

export const REPORT_FORMATS = ["pdf", "docx", "xlsx", "md"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report's file beside the dashboard's address: `rapport/2026-K4.pdf`. */
export function reportFile(quarter: Quarter, format: ReportFormat): string {
  return `rapport/${quarter.label}.${format}`;
}

/** The report's links in every format, from the dashboard's address (which keeps its `?lang=`). */
export function reportLinks(dashboardUrl: string, quarter: Quarter): Record<ReportFormat, string> {
  const links = {} as Record<ReportFormat, string>;
  for (const format of REPORT_FORMATS) {
    const url = new URL(dashboardUrl);
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/${reportFile(quarter, format)}`;
    links[format] = url.toString();
  }
  return links;
}
