/**
 * The agenda as CSV, in two dialects: RFC 4180 (`,`, decimal point; `--format csv`), and Dutch Excel
 * (`--format csv-nl` or `--excel`: `;`, a UTF-8 byte order mark so Excel reads the accents, decimal comma).
 */
import type { AgendaExport, ExportedGoal } from "./exports.js";

export type CsvDialect = "rfc" | "nl";

const CSV_COLUMNS = [
  "code",
  "thema",
  "pijler",
  "scope",
  "titel",
  "status",
  "trekkers",
  "financiering",
  "financiering_status",
  "financiering_bron",
  "financiering_bedrag",
  "financiering_toelichting",
  "laatste_update",
  "deadline",
  "doelen",
] as const;

export const CSV_SEPARATOR: Record<CsvDialect, string> = { rfc: ",", nl: ";" };
const BOM = "\uFEFF";

const NEEDS_QUOTES: Record<CsvDialect, RegExp> = { rfc: /[",\r\n;]/, nl: /[";\r\n]/ };

/** One cell; text a spreadsheet would run as a formula is prefixed with a quote. */
export function csvCell(value: string | number | null, dialect: CsvDialect = "rfc"): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return NEEDS_QUOTES[dialect].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An amount in euro as the dialect writes it: `1250.00` or `1250,00` (no thousands separator in either). */
export function csvAmount(euro: number | null, dialect: CsvDialect): string | null {
  if (euro === null) return null;
  const fixed = euro.toFixed(2);
  return dialect === "nl" ? fixed.replace(".", ",") : fixed;
}

/** Rows to a document: header line, CRLF line ends, and the BOM for Dutch Excel. */
export function csvDocument(header: readonly string[], rows: readonly (string | number | null)[][], dialect: CsvDialect): string {
  const separator = CSV_SEPARATOR[dialect];
  const lines = [header.join(separator), ...rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(separator))];
  return `${dialect === "nl" ? BOM : ""}${lines.join("\r\n")}\r\n`;
}

/** A CSV cell of goals: `1 zzp'ers gesproken: 40 / 200 zzp'ers (per 2026-12-31); 2 …`. */
function goalsCell(goals: ExportedGoal[]): string {
  return goals
    .map(
      (g) =>
        `${g.nummer} ${g.omschrijving}: ${g.waarde ?? 0} / ${g.streefwaarde}${g.eenheid ? ` ${g.eenheid}` : ""}${g.per ? ` (per ${g.per})` : ""}`,
    )
    .join("; ");
}

export function exportToCsv(data: AgendaExport, dialect: CsvDialect = "rfc"): string {
  const rows = data.actions.map((a) => [
    a.code,
    a.thema,
    a.pijler,
    a.scope,
    a.titel,
    a.status,
    a.trekkers.join("; "),
    a.financiering,
    a.financieringStatus,
    a.financieringBron,
    csvAmount(a.financieringBedrag, dialect),
    a.financieringToelichting,
    a.laatsteUpdate,
    a.deadline ?? "",
    goalsCell(a.doelen),
  ]);
  return csvDocument(CSV_COLUMNS, rows, dialect);
}
