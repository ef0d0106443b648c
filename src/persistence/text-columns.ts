/** The text columns of the database, and matching a person's address or name in them as a whole word. */
import type { Prisma, PrismaClient } from "./generated/client.js";

type Tx = Prisma.TransactionClient;

/** A text column `persoon vergeet` rewrites and `persoon export` searches: plain text, a text array, or JSON (whose strings are matched as encoded). */
export interface TextColumn {
  table: string;
  column: string;
  kind: "text" | "array" | "json" | "jsonb";
}

/** PostgreSQL's regular expressions (ARE) escape the same characters as JavaScript's. */
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The term as a whole word (`\y`: a word boundary), case-insensitively matched by the caller. */
export function wordPattern(term: string): string {
  const start = /^\w/.test(term) ? "\\y" : "";
  const end = /\w$/.test(term) ? "\\y" : "";
  return `${start}${escapeRegex(term)}${end}`;
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every text column of every table of the schema, but the migrations' ledger and the person row (done apart). */
export async function textColumns(db: Tx | PrismaClient): Promise<TextColumn[]> {
  const rows = await db.$queryRaw<{ table: string; column: string; data_type: string; udt_name: string }[]>`
    SELECT c.table_name::text AS "table", c.column_name::text AS "column", c.data_type::text AS data_type, c.udt_name::text AS udt_name
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
      AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
    ORDER BY c.table_name, c.column_name`;
  return rows.map((row) => ({
    table: row.table,
    column: row.column,
    kind: row.data_type === "ARRAY" ? "array" : row.data_type === "json" || row.data_type === "jsonb" ? row.data_type : "text",
  }));
}

/** How many rows of each text column name one of `terms` (as a whole word, any case); only the columns that do. */
export async function countMentions(
  db: Tx | PrismaClient,
  columns: TextColumn[],
  terms: string[],
): Promise<{ table: string; column: string; rows: number }[]> {
  const found: { table: string; column: string; rows: number }[] = [];
  const patterns = terms.map(wordPattern);
  const encoded = terms.map((term) => wordPattern(JSON.stringify(term).slice(1, -1)));
  for (const { table, column, kind } of columns) {
    if (table === "person") continue;
    const c = quote(column);
    const value = kind === "array" ? `array_to_string(${c}, ' | ')` : kind === "text" ? c : `${c}::text`;
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${quote(table)} WHERE ${value} ~* ANY ($1::text[])`,
      kind === "json" || kind === "jsonb" ? encoded : patterns,
    );
    if (row && row.n > 0) found.push({ table, column, rows: row.n });
  }
  return found;
}
