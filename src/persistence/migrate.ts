/**
 * Applies the SQL migrations in prisma/migrations on start, in order, each in its own transaction.
 * Records them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so both tools agree.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { texts } from "../core/i18n/index.js";
import { projectRoot } from "../project-root.js";

/** A migration file differs from the one the database applied: the code and the database disagree on the schema. */
export class MigrationChangedError extends Error {
  constructor(readonly migration: string) {
    super(texts("en").startup.migrationChanged(migration));
    this.name = "MigrationChangedError";
  }
}

export const MIGRATIONS_DIR = join(projectRoot(), "prisma", "migrations");

/** The few raw SQL operations migrations need, implemented for PGlite and for node-postgres. */
export interface SqlSession {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Arbitrary constant for pg_advisory_xact_lock, so concurrent instances migrate one after another. */
const MIGRATION_LOCK_KEY = 72_616_011;

export async function applyMigrations(session: SqlSession, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  const applied: string[] = [];
  await session.exec("BEGIN");
  try {
    await session.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await session.exec(CREATE_TABLE);
    const done = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const doneByName = new Map(done.map((row) => [row.migration_name, row.checksum]));
    for (const migration of all) {
      const checksum = doneByName.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationChangedError(migration.name);
        }
        continue;
      }
      await session.exec(migration.sql);
      await session.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      applied.push(migration.name);
    }
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw error;
  }
  return applied;
}
