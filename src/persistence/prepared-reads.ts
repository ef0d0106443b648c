/**
 * The reads every chat message makes (who is asking, the action shown), run as prepared statements on the
 * database driver itself rather than through Prisma. Per call, Prisma's query handling and PostgreSQL's
 * planning of these statements cost several times the statements' own work; a prepared statement is planned
 * once per connection (PostgreSQL) or once per process (PGlite, one session) and Prisma is not involved.
 */
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { yieldToEventLoop } from "./yielding-adapter.js";

/**
 * A statement with `$1`, `$2`… parameters; `name` is unique per statement and a plain SQL identifier. Reads, and
 * the command journal's single-row writes (the acknowledgement of a command waits for one).
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

export type SqlValue = string | number | null;

export interface PreparedReads {
  rows<Row>(statement: PreparedStatement, values: readonly SqlValue[]): Promise<Row[]>;
}

const TIMESTAMP_OID = 1114;

/** Columns of type `timestamp` (without time zone) hold UTC, as Prisma writes and reads them. */
function utcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

const utcTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID && format !== "binary"
      ? utcTimestamp
      : pg.types.getTypeParser(oid, format ?? "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/** node-postgres prepares a named statement on each pooled connection the first time that connection runs it. */
export function postgresReads(pool: pg.Pool): PreparedReads {
  return {
    async rows<Row>(statement: PreparedStatement, values: readonly SqlValue[]): Promise<Row[]> {
      const result = await pool.query({ name: statement.name, text: statement.text, values: [...values], types: utcTypes });
      return result.rows as Row[];
    },
  };
}

/**
 * PGlite has one session: each statement is prepared once (`PREPARE`) and run with `EXECUTE`. PGlite cannot
 * bind parameters to EXECUTE, so the values are written as SQL literals, escaped by node-postgres's
 * escapeLiteral. `exec` waits for any open transaction (Prisma's included), as every PGlite query does.
 */
/** The statements prepared in each PGlite session, shared by every reader of that session (a name is prepared once). */
const preparedIn = new WeakMap<PGlite, Map<string, Promise<unknown>>>();

export function pgliteReads(db: PGlite, options: { yieldFirst: boolean } = { yieldFirst: true }): PreparedReads {
  const prepared = preparedIn.get(db) ?? new Map<string, Promise<unknown>>();
  preparedIn.set(db, prepared);
  const prepare = (statement: PreparedStatement) => {
    let done = prepared.get(statement.name);
    if (!done) {
      done = db.exec(`PREPARE ${statement.name} AS ${statement.text}`);
      done.catch(() => prepared.delete(statement.name));
      prepared.set(statement.name, done);
    }
    return done;
  };
  return {
    async rows<Row>(statement: PreparedStatement, values: readonly SqlValue[]): Promise<Row[]> {
      // PGlite runs queries synchronously on this thread: let waiting requests in first (see yielding-adapter),
      // unless this is what such a request waits for (its acknowledgement).
      if (options.yieldFirst) await yieldToEventLoop();
      await prepare(statement);
      const args = values.length ? `(${values.map(literal).join(", ")})` : "";
      const [result] = await db.exec(`EXECUTE ${statement.name}${args}`, { parsers: { [TIMESTAMP_OID]: utcTimestamp } });
      return (result?.rows ?? []) as Row[];
    },
  };
}

function literal(value: SqlValue): string {
  if (value === null) return "NULL";
  const text = String(value);
  // PostgreSQL text cannot hold NUL (a bound parameter fails the same way).
  if (text.includes("\0")) throw new Error("a text value with a NUL character cannot be sent to the database");
  return pg.escapeLiteral(text);
}
