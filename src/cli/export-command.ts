/** `npm run cli -- export --format json|csv|csv-nl|md [--excel] [--history --from … --to …] [--out <file>]`. */
import { writeFile } from "node:fs/promises";
import type { App } from "../app.js";
import type { Locale } from "../core/domain/locale.js";
import { exportToCsv } from "../core/export-csv.js";
import { buildExport, exportToJson, exportToMarkdown } from "../core/exports.js";
import { exportHistory } from "../core/history-export.js";
import { texts } from "../core/i18n/index.js";
import type { CliRequest } from "./args.js";
import type { CliOutcome } from "./people.js";

export async function runExport(
  app: Pick<App, "ports" | "dashboard">,
  request: Extract<CliRequest, { kind: "export" }>,
  locale: Locale,
): Promise<CliOutcome> {
  const t = texts(locale);
  const dialect = request.format === "csv-nl" ? "nl" : "rfc";
  let text: string;
  let wrote: (file: string) => string;
  if (request.history) {
    const history = await exportHistory(app.dashboard.report, request.history, dialect);
    text = history.csv;
    wrote = (file) => t.report.wroteHistory(history.rows, file);
  } else {
    const data = await buildExport(app.ports.reader, { escalations: app.ports.escalations, goals: app.ports.goals });
    text = request.format === "json" ? exportToJson(data) : request.format === "md" ? exportToMarkdown(data) : exportToCsv(data, dialect);
    wrote = (file) => t.cli.wrote(data.actions.length, file);
  }
  if (!request.out) return { code: 0, out: text };
  try {
    await writeFile(request.out, text, "utf8");
  } catch (error) {
    return { code: 1, err: `${t.startup.fileUnwritable(request.out, (error as Error).message)}\n` };
  }
  return { code: 0, err: `${wrote(request.out)}\n` };
}
