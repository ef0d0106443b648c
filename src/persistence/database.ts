/**
 * Opens the database: embedded PGlite in a data folder when no DATABASE_URL is set, PostgreSQL when it is.
 * Applies migrations before returning, and turns a locked or damaged data folder into a message a person can act on.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { inspect } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.js";
import { PrismaClient } from "./generated/client.js";
import { maskSecretsIn, maskUrl } from "./mask-url.js";
import { applyMigrations, type SqlSession } from "./migrate.js";
import { type PreparedReads, pgliteReads, postgresReads } from "./prepared-reads.js";
import { yieldingAdapter } from "./yielding-adapter.js";

/** The embedded database lives in DATA_DIR/pglite; the lock file sits beside it. */
export const PGLITE_SUBDIR = "pglite";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** The hot reads, on the driver without Prisma (same database and pool). */
  reads: PreparedReads;
  /** Where the data lives, for log lines (no password or other secret, see mask-url.ts). */
  location: string;
  /** Migrations applied while opening. */
  migrated: string[];
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string };

export class DatabaseOpenError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "DatabaseOpenError";
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}

/** `dataDir: null` keeps everything in memory (tests). */
async function openPglite(dataDir: string | null): Promise<Database> {
  const location = dataDir ? resolve(dataDir, PGLITE_SUBDIR) : "memory://";
  let lock: DataDirLock | undefined;
  let client: PGlite | undefined;
  try {
    if (dataDir) lock = lockDataDir(dataDir);
    const existed = dataDir ? existsSync(resolve(location, "PG_VERSION")) : false;
    try {
      client = dataDir ? new PGlite(location) : new PGlite();
      await client.waitReady;
    } catch (error) {
      throw new DatabaseOpenError(
        `The data folder ${location} could not be opened as a database${existed ? " (it looks damaged)" : ""}: ${describe(error)}. ` +
          "Restore it from a backup, or move the folder aside and start again to create a fresh database with the agenda loaded.",
        { cause: error },
      );
    }
    const pgliteClient = client;
    const migrated = await applyMigrations({
      exec: async (sql) => {
        await pgliteClient.exec(sql);
      },
      query: async <Row>(sql: string, params?: unknown[]) => (await pgliteClient.query<Row>(sql, params)).rows,
    });
    const prisma = new PrismaClient({ adapter: yieldingAdapter(new PrismaPGlite(pgliteClient)) });
    return {
      kind: "pglite",
      prisma,
      reads: pgliteReads(pgliteClient),
      location,
      migrated,
      async close() {
        await prisma.$disconnect();
        await pgliteClient.close();
        lock?.release();
      },
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const safeLocation = maskUrl(url);
  const migrationClient = new pg.Client({ connectionString: url });
  try {
    await migrationClient.connect();
  } catch (error) {
    throw new DatabaseOpenError(
      `Cannot connect to PostgreSQL at ${safeLocation}: ${maskSecretsIn(describe(error), url)}. Check DATABASE_URL and that the server is running.`,
      {
        cause: error,
      },
    );
  }
  let migrated: string[];
  try {
    const session: SqlSession = {
      exec: async (sql) => {
        await migrationClient.query(sql);
      },
      query: async <Row>(sql: string, params?: unknown[]) => (await migrationClient.query(sql, params)).rows as Row[],
    };
    migrated = await applyMigrations(session);
  } finally {
    await migrationClient.end();
  }
  // One pool for Prisma and the prepared reads.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that breaks leaves the pool; the next query reports any lasting problem.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    reads: postgresReads(pool),
    location: safeLocation,
    migrated,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "object" ? inspect(error, { depth: 2, breakLength: Number.POSITIVE_INFINITY }) : String(error);
}
