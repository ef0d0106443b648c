/**
 * The reads every chat message makes (who is asking, the action shown), run as prepared statements on the
 * database driver itself rather than through Prisma. Per call, Prisma's query handling and PostgreSQL's
 * planning of these statements cost several times the statements' own work; a prepared statement is planned
 * once per connection (PostgreSQL) or once per process (PGlite, one session) and Prisma is not involved.
 */
import type { PGlite } from "@electric-sql/pglite";
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

export const TIMESTAMP_OID = 1114;

/** Columns of type `timestamp` (without time zone) hold UTC, as Prisma writes and reads them. */
export function utcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

/**
 * PGlite has one session: each statement is prepared once (`PREPARE`) and run with `EXECUTE`. PGlite cannot
 * bind parameters to EXECUTE, so the values are written as SQL literals, escaped as node-postgres's
 * escapeLiteral does (node-postgres itself is loaded only for PostgreSQL, see postgres-reads.ts). `exec` waits
 * for any open transaction (Prisma's included), as every PGlite query does.
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
  return escapeLiteral(text);
}

/** node-postgres's escapeLiteral (lib/utils.js): quotes doubled; with a backslash, doubled too and an E'…' string. */
function escapeLiteral(text: string): string {
  let hasBackslash = false;
  let escaped = "'";
  for (const c of text) {
    if (c === "'") escaped += "''";
    else if (c === "\\") {
      escaped += "\\\\";
      hasBackslash = true;
    } else escaped += c;
  }
  escaped += "'";
  return hasBackslash ? ` E${escaped}` : escaped;
}
