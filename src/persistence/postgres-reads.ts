/**
 * The prepared reads on PostgreSQL (see prepared-reads.ts), on node-postgres's pool. Its own file so that the
 * embedded database never loads node-postgres.
 */
import pg from "pg";
import { type PreparedReads, type PreparedStatement, type SqlValue, TIMESTAMP_OID, utcTimestamp } from "./prepared-reads.js";

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
