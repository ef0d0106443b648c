/** A migration file edited after the database applied it: start-up refuses with a clear message in the reader's language. */
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations, MigrationChangedError, readMigrations, type SqlSession } from "../../src/persistence/migrate.js";
import { explainStartupError } from "../../src/startup-errors.js";

let db: PGlite;
let session: SqlSession;
beforeAll(async () => {
  db = new PGlite();
  session = { exec: async (sql) => void (await db.exec(sql)), query: async (sql, params) => (await db.query(sql, params)).rows as never };
});
afterAll(async () => db?.close());

it("refuses to start on a migration changed after it was applied, saying which and what to do, in Dutch and English", async () => {
  const migrations = await readMigrations();
  await applyMigrations(session, migrations);
  const last = migrations.at(-1);
  if (!last) throw new Error("no migrations");
  const edited = [...migrations.slice(0, -1), { ...last, sql: `${last.sql}\n-- edited`, checksum: "another" }];
  const error = await applyMigrations(session, edited).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(MigrationChangedError);
  expect(explainStartupError(error, "nl")).toBe(
    `De migratie ${last.name} is gewijzigd nadat de database haar heeft uitgevoerd. Zet het oorspronkelijke bestand terug en voeg een nieuwe migratie toe.`,
  );
  expect(explainStartupError(error)).toBe(
    `Migration ${last.name} was changed after it was applied; restore the original file and add a new migration instead.`,
  );
  // Nothing was half-applied: the unchanged migrations are still recorded once each.
  const rows = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
  expect(rows[0]?.n).toBe(migrations.length);
});
