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

/** The planner settings that make `count(*)` read the table itself, or only its primary key index. */
const SCAN_TABLE =
  "SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL enable_bitmapscan = off";
const SCAN_INDEX =
  "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on; SET LOCAL enable_indexonlyscan = on; SET LOCAL enable_bitmapscan = off";

/**
 * Reads every table of the current schema; throws DatabaseDamagedError naming the first damaged one.
 * `advice` says what to do (restore a backup), in the words of the database at hand.
 *
 * All tables are counted in one statement per way of reading (a CLI call opens the database each time, and a
 * round trip per table was most of its start-up); only when that fails are they read one by one, to name the table.
 */
export async function checkIntegrity(session: SqlSession, advice: string): Promise<void> {
  let counts: Map<string, number>;
  try {
    counts = await inOneSnapshot(session, advice, (tables) => countAllAtOnce(session, tables, advice));
  } catch (error) {
    if (error instanceof DatabaseDamagedError) throw error;
    counts = await inOneSnapshot(session, advice, (tables) => countOneByOne(session, tables, advice));
  }
  if (counts.get("agenda") === 0) {
    const orphaned = AGENDA_CHILDREN.find((table) => (counts.get(table) ?? 0) > 0);
    if (orphaned) {
      throw new DatabaseDamagedError("agenda", `the agenda is gone but table "${orphaned}" still holds ${counts.get(orphaned)} of its rows`, advice);
    }
  }
}

/** Runs `count` on the schema's tables in one read-only snapshot, after checking that no index file was cut short. */
async function inOneSnapshot(
  session: SqlSession,
  advice: string,
  count: (tables: string[]) => Promise<Map<string, number>>,
): Promise<Map<string, number>> {
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
    return await count(tables.map((table) => table.name));
  } finally {
    await session.exec("ROLLBACK").catch(() => undefined);
  }
}

/** Every table's rows, scanned and through its index, in two statements. Throws the database's error as it is. */
async function countAllAtOnce(session: SqlSession, tables: string[], advice: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (tables.length === 0) return counts;
  const statement = `SELECT ${tables.map((name, index) => `(SELECT count(*) FROM ${quote(name)}) AS c${index}`).join(", ")}`;
  await session.exec(SCAN_TABLE);
  const [scanned] = await session.query<Record<string, string | number>>(statement);
  await session.exec(SCAN_INDEX);
  const [indexed] = await session.query<Record<string, string | number>>(statement);
  tables.forEach((name, index) => {
    const rows = Number(scanned?.[`c${index}`] ?? 0);
    const listed = Number(indexed?.[`c${index}`] ?? 0);
    if (rows !== listed) throw new DatabaseDamagedError(name, `table "${name}" holds ${rows} rows but its index lists ${listed}`, advice);
    counts.set(name, rows);
  });
  return counts;
}

/** Each table read on its own, so that an error names the table it came from. */
async function countOneByOne(session: SqlSession, tables: string[], advice: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const name of tables) {
    let scanned: number;
    let indexed: number;
    try {
      await session.exec(SCAN_TABLE);
      scanned = Number((await session.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${quote(name)}`))[0]?.n ?? 0);
      await session.exec(SCAN_INDEX);
      indexed = Number((await session.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${quote(name)}`))[0]?.n ?? 0);
    } catch (error) {
      throw new DatabaseDamagedError(name, `table "${name}" cannot be read (${describe(error)})`, advice, { cause: error });
    }
    if (scanned !== indexed) {
      throw new DatabaseDamagedError(name, `table "${name}" holds ${scanned} rows but its index lists ${indexed}`, advice);
    }
    counts.set(name, scanned);
  }
  return counts;
}
