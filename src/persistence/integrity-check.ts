/**
 * A damaged database is refused on start instead of being served as an empty agenda. A table whose file was
 * truncated or lost reads as empty in a sequential scan, so each table is counted twice in one snapshot: once
 * scanning the table and once through its primary key index. A difference, or an error reading either, means the
 * table is damaged; so do an empty index file and an agenda that is gone while its actions, themes or pillars remain.
 */
import type { SqlSession } from "./migrate.js";

export class DatabaseDamagedError extends Error {
  constructor(
    readonly table: string,
    readonly problem: string,
    readonly advice: string,
    options?: ErrorOptions,
  ) {
    super(`The database looks damaged: ${problem}. ${advice}`, options);
    this.name = "DatabaseDamagedError";
  }
}

/** Tables that belong to one agenda: when they hold rows, the agenda must be there too. */
const AGENDA_CHILDREN = ["action", "theme", "pillar", "overleg"];

/** PostgreSQL reports damaged files with SQLSTATE class XX (data_corrupted, index_corrupted) or as I/O errors (58). */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (code.startsWith("XX") || code.startsWith("58"))) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /could not read block|could not open file|invalid page in block|read only \d+ of \d+ bytes/i.test(message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Reads every table of the current schema; throws DatabaseDamagedError naming the first damaged one.
 * `advice` says what to do (restore a backup), in the words of the database at hand.
 */
export async function checkIntegrity(session: SqlSession, advice: string): Promise<void> {
  const counts = new Map<string, number>();
  await session.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await session.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
    );
    // A B-tree index always has its metapage: an empty index file was cut short (queries using it would fail later).
    const emptyIndexes = await session.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND pg_relation_size(i.indexrelid) = 0 ORDER BY c.relname`,
    );
    const emptyIndex = emptyIndexes[0]?.name;
    if (emptyIndex) throw new DatabaseDamagedError(emptyIndex, `index "${emptyIndex}" is empty (its file was cut short)`, advice);
    for (const { name } of tables) {
      let scanned: number;
      let indexed: number;
      try {
        await session.exec(
          "SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL enable_bitmapscan = off",
        );
        scanned = Number((await session.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${quote(name)}`))[0]?.n ?? 0);
        await session.exec(
          "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on; SET LOCAL enable_indexonlyscan = on; SET LOCAL enable_bitmapscan = off",
        );
        indexed = Number((await session.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${quote(name)}`))[0]?.n ?? 0);
      } catch (error) {
        throw new DatabaseDamagedError(name, `table "${name}" cannot be read (${describe(error)})`, advice, { cause: error });
      }
      if (scanned !== indexed) {
        throw new DatabaseDamagedError(name, `table "${name}" holds ${scanned} rows but its index lists ${indexed}`, advice);
      }
      counts.set(name, scanned);
    }
  } finally {
    await session.exec("ROLLBACK").catch(() => undefined);
  }
  if (counts.get("agenda") === 0) {
    const orphaned = AGENDA_CHILDREN.find((table) => (counts.get(table) ?? 0) > 0);
    if (orphaned) {
      throw new DatabaseDamagedError("agenda", `the agenda is gone but table "${orphaned}" still holds ${counts.get(orphaned)} of its rows`, advice);
    }
  }
}
