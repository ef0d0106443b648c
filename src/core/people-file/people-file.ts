/**
 * The people file: who leads what, as Excel writes it. CSV with `;` or `,` between fields, UTF-8 with or
 * without a byte-order mark, Dutch or English headers: `email`, `naam`/`name`, `organisatie`/`organization`,
 * `taal`/`language`, `acties`/`actions` (codes separated by spaces or commas). Every row is checked before
 * anything is stored; a problem names the row and the column as the file has them.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { languageOfWord } from "../commands/vocabulary.js";
import { looksLikeActionCode, normaliseActionCode } from "../domain/action-code.js";
import { type Locale, toLocale } from "../domain/locale.js";

export type PeopleColumn = "email" | "name" | "organisation" | "language" | "actions";

/** The headers each column is known by (compared without case, spaces or hyphens); the first is written. */
export const PEOPLE_COLUMNS: Record<PeopleColumn, { nl: string; en: string; also: readonly string[] }> = {
  email: { nl: "email", en: "email", also: ["e-mail", "mail", "emailadres", "e-mailadres"] },
  name: { nl: "naam", en: "name", also: [] },
  organisation: { nl: "organisatie", en: "organization", also: ["organisation"] },
  language: { nl: "taal", en: "language", also: [] },
  actions: { nl: "acties", en: "actions", also: ["actie", "action", "codes"] },
};

export interface PeopleRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  email: string;
  name: string | null;
  organisation: string | null;
  locale: Locale | null;
  codes: string[];
}

export type PeopleFileProblem =
  | { kind: "empty" }
  | { kind: "missing-column"; column: PeopleColumn }
  | { kind: "unknown-column"; header: string }
  | { kind: "unreadable"; line: number; reason: string }
  | { kind: "field"; line: number; header: string; field: PeopleColumn; value: string; problem: FieldProblem }
  | { kind: "duplicate"; line: number; firstLine: number; email: string };

export type FieldProblem = "email" | "language" | "code-format" | "code-unknown" | "too-long";

export type PeopleFileResult = { ok: true; rows: PeopleRow[] } | { ok: false; problems: PeopleFileProblem[] };

const key = (header: string) => header.toLowerCase().replace(/[\s_-]/g, "");

function columnOf(header: string): PeopleColumn | undefined {
  const wanted = key(header);
  for (const [column, names] of Object.entries(PEOPLE_COLUMNS) as [PeopleColumn, (typeof PEOPLE_COLUMNS)[PeopleColumn]][]) {
    if ([names.nl, names.en, ...names.also].some((name) => key(name) === wanted)) return column;
  }
  return undefined;
}

/** `;` when the header line has more of them than commas (Dutch Excel), else `,`. */
function delimiterOf(text: string): ";" | "," {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

const emailSchema = z.email();
const MAX_FIELD = 200;

/** Reads and checks the whole file; `knownCodes` are the agenda's action codes. */
export function readPeopleFile(text: string, knownCodes: ReadonlySet<string>): PeopleFileResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [{ kind: "unreadable", line, reason: (error as Error).message }] };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, problems: [{ kind: "empty" }] };
  const problems: PeopleFileProblem[] = [];
  const columns = header.map((name) => ({ name, column: columnOf(name) }));
  for (const { name, column } of columns) if (!column && name !== "") problems.push({ kind: "unknown-column", header: name });
  if (!columns.some((c) => c.column === "email")) problems.push({ kind: "missing-column", column: "email" });
  if (problems.length) return { ok: false, problems };

  const rows: PeopleRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((record, index) => {
    const line = index + 2;
    const field = (column: PeopleColumn) => {
      const at = columns.findIndex((c) => c.column === column);
      return { header: columns[at]?.name ?? PEOPLE_COLUMNS[column].nl, value: at >= 0 ? (record[at] ?? "").trim() : "" };
    };
    const wrong = (column: PeopleColumn, problem: FieldProblem, value?: string) => {
      const { header: name, value: given } = field(column);
      problems.push({ kind: "field", line, header: name, field: column, value: value ?? given, problem });
    };
    const email = field("email").value.toLowerCase();
    if (!emailSchema.safeParse(email).success) wrong("email", "email");
    for (const column of ["name", "organisation"] as const) if (field(column).value.length > MAX_FIELD) wrong(column, "too-long");
    const language = field("language").value;
    const locale = language ? (languageOfWord(language) ?? (/^[a-z]{2}[-_]/i.test(language) ? toLocale(language) : undefined) ?? null) : null;
    if (language && !locale) wrong("language", "language");
    const codes: string[] = [];
    for (const given of field("actions")
      .value.split(/[\s,;]+/)
      .filter(Boolean)) {
      const code = normaliseActionCode(given);
      if (!looksLikeActionCode(code)) wrong("actions", "code-format", given);
      else if (!knownCodes.has(code)) wrong("actions", "code-unknown", given);
      else if (!codes.includes(code)) codes.push(code);
    }
    const firstLine = seen.get(email);
    if (email && firstLine !== undefined) problems.push({ kind: "duplicate", line, firstLine, email });
    else if (email) seen.set(email, line);
    rows.push({
      line,
      email,
      name: field("name").value || null,
      organisation: field("organisation").value || null,
      locale,
      codes,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

export interface PeopleFileEntry {
  email: string;
  name: string | null;
  organisation: string | null;
  locale: Locale | null;
  codes: string[];
}

/** Writes the same format: `;`-separated with a byte-order mark (opens as columns in Dutch Excel), headers in `locale`. */
export function writePeopleFile(entries: readonly PeopleFileEntry[], locale: Locale): string {
  const order: PeopleColumn[] = ["email", "name", "organisation", "language", "actions"];
  const header = order.map((column) => PEOPLE_COLUMNS[column][locale]);
  const rows = entries.map((entry) => [entry.email, entry.name ?? "", entry.organisation ?? "", entry.locale ?? "", entry.codes.join(" ")]);
  return stringify([header, ...rows], { delimiter: ";", bom: true, record_delimiter: "windows" });
}
