/**
 * Opens the database: embedded PGlite in a data folder when no DATABASE_URL is set, PostgreSQL when it is.
 * Applies migrations before returning, and turns a locked or damaged data folder into a message a person can act on.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { inspect } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { texts } from "../core/i18n/index.js";
import type { DatabaseOpenReason } from "../core/i18n/startup-nl.js";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.js";
import { PrismaClient } from "./generated/client.js";
import { checkIntegrity, DatabaseDamagedError, isDamageError } from "./integrity-check.js";
import { maskSecretsIn, maskUrl } from "./mask-url.js";
import { applyMigrations, type Migration, readMigrations, type SqlSession } from "./migrate.js";
import { type PreparedReads, pgliteReads } from "./prepared-reads.js";
import { preloadQueryCompiler } from "./prisma-preload.js";
import { yieldingAdapter } from "./yielding-adapter.js";

/** The embedded database lives in DATA_DIR/pglite; the lock file sits beside it. */
export const PGLITE_SUBDIR = "pglite";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** The hot reads, on the driver without Prisma (same database and pool). */
  reads: PreparedReads;
  /**
   * What an acknowledgement waits for (the command journal's insert): on PostgreSQL on two connections of its own,
   * so it never queues behind other requests' work for a pooled connection; on PGlite its one session.
   */
  acknowledgementReads: PreparedReads;
  /** Where the data lives, for log lines (no password or other secret, see mask-url.ts). */
  location: string;
  /** Migrations applied while opening. */
  migrated: string[];
  /** A cheap `SELECT 1`; rejects when the database does not answer within `timeoutMs` (health checks). */
  ping(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** How long PostgreSQL may take to accept a connection and to answer a query before we give up. */
export interface DatabaseTimeouts {
  connectMs: number;
  queryMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 10_000, queryMs: 30_000 };

/** Migrations may legitimately take longer than one query: they get this many times the query timeout. */
const MIGRATION_TIMEOUT_FACTOR = 10;

export type DatabaseTarget = { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string; timeouts?: Partial<DatabaseTimeouts> };

export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenReason,
    options?: ErrorOptions,
  ) {
    super(texts("en").startup.databaseOpen(reason), options);
    this.name = "DatabaseOpenError";
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url, { ...DEFAULT_DATABASE_TIMEOUTS, ...target.timeouts });
}

/** `dataDir: null` keeps everything in memory (tests). */
async function openPglite(dataDir: string | null): Promise<Database> {
  const location = dataDir ? resolve(dataDir, PGLITE_SUBDIR) : "memory://";
  // Read the migration files while PGlite starts: once it has started, the first file read waits some 200 ms
  // behind its own start-up work, which is most of a short CLI call's database time.
  const migrations = readMigrations();
  migrations.catch(() => undefined);
  // Likewise Prisma's query compiler, which its client would load only on the first query (prisma-preload.ts).
  void preloadQueryCompiler();
  let lock: DataDirLock | undefined;
  let client: PGlite | undefined;
  try {
    if (dataDir) lock = lockDataDir(dataDir);
    const existed = dataDir ? existsSync(resolve(location, "PG_VERSION")) : false;
    try {
      client = dataDir ? new PGlite(location) : new PGlite();
      await client.waitReady;
    } catch (error) {
      throw new DatabaseOpenError({ kind: "pglite", location, damaged: existed, detail: describe(error) }, { cause: error });
    }
    const pgliteClient = client;
    const session: SqlSession = {
      exec: async (sql) => {
        await pgliteClient.exec(sql);
      },
      query: async <Row>(sql: string, params?: unknown[]) => (await pgliteClient.query<Row>(sql, params)).rows,
    };
    const advice =
      `Stop every process using ${dataDir ?? "it"}, then restore the folder ${location} from a backup. ` +
      "Without a backup: move the folder aside and start again to create a fresh database with the agenda loaded (its history is then lost)";
    const migrated = await migrateAndCheck(session, advice, await migrations);
    const prisma = new PrismaClient({ adapter: yieldingAdapter(new PrismaPGlite(pgliteClient)) });
    return {
      kind: "pglite",
      prisma,
      reads: pgliteReads(pgliteClient),
      // The same session; an acknowledgement does not first let other requests' work in.
      acknowledgementReads: pgliteReads(pgliteClient, { yieldFirst: false }),
      location,
      migrated,
      ping: (timeoutMs) => withTimeout(pgliteClient.query("SELECT 1"), timeoutMs),
      close: once(async () => {
        await prisma.$disconnect();
        await pgliteClient.close();
        lock?.release();
      }),
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

async function openPostgres(url: string, timeouts: DatabaseTimeouts): Promise<Database> {
  // node-postgres and Prisma's adapter for it (some 10 MB) are loaded only for PostgreSQL, not with PGlite.
  const [{ default: pg }, { PrismaPg }, { postgresReads }, { endablePool }] = await Promise.all([
    import("pg"),
    import("@prisma/adapter-pg"),
    import("./postgres-reads.js"),
    import("./pool-ending.js"),
  ]);
  const safeLocation = maskUrl(url);
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  const migrationClient = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs * MIGRATION_TIMEOUT_FACTOR,
  });
  // An idle client whose connection breaks must not crash the process; the next query reports it.
  migrationClient.on("error", () => undefined);
  try {
    await migrationClient.connect();
    await withTimeout(migrationClient.query("SELECT 1"), timeouts.queryMs);
  } catch (error) {
    await closeClient(migrationClient);
    const timedOut = /timeout|timed out/i.test(describe(error));
    throw new DatabaseOpenError(
      timedOut
        ? { kind: "postgres-timeout", location: safeLocation, seconds: seconds(timeouts.connectMs) }
        : { kind: "postgres-refused", location: safeLocation, detail: maskSecretsIn(describe(error), url) },
      { cause: error },
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
    migrated = await migrateAndCheck(
      session,
      `Restore the database at ${safeLocation} from a backup (for example with pg_restore), or point DATABASE_URL to a healthy copy`,
    );
  } catch (error) {
    if (/Query read timeout/i.test(describe(error))) {
      throw new DatabaseOpenError(
        { kind: "postgres-stalled", location: safeLocation, seconds: seconds(timeouts.queryMs * MIGRATION_TIMEOUT_FACTOR) },
        { cause: error },
      );
    }
    throw error;
  } finally {
    await closeClient(migrationClient);
  }
  // One pool for Prisma and the prepared reads. A server that stops answering fails queries after the query
  // timeout (client side, also when the network hangs) instead of holding requests for ever.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
    statement_timeout: timeouts.queryMs,
  });
  // An idle connection that breaks leaves the pool; the next query reports any lasting problem.
  pool.on("error", () => undefined);
  const acknowledgements = new pg.Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
    statement_timeout: timeouts.queryMs,
  });
  acknowledgements.on("error", () => undefined);
  const pools = [endablePool(pool), endablePool(acknowledgements)];
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    reads: postgresReads(pool),
    acknowledgementReads: postgresReads(acknowledgements),
    location: safeLocation,
    migrated,
    // The pool's query timeout ends a hung probe's connection; health checks do not wait that long.
    ping: (timeoutMs) => withTimeout(pool.query("SELECT 1"), timeoutMs),
    close: once(async () => {
      await prisma.$disconnect();
      for (const ending of pools) await ending.end();
    }),
  };
}

/** Applies the migrations, then reads every table: a damaged database is refused before anything is served. */
async function migrateAndCheck(session: SqlSession, advice: string, migrations?: Migration[]): Promise<string[]> {
  let migrated: string[];
  try {
    migrated = await applyMigrations(session, migrations);
  } catch (error) {
    if (isDamageError(error)) {
      throw new DatabaseDamagedError("_prisma_migrations", `the migrations could not be read or applied (${describe(error)})`, `${advice}.`, {
        cause: error,
      });
    }
    throw error;
  }
  await checkIntegrity(session, `${advice}.`);
  return migrated;
}

/** Ends a client; one whose server stopped answering is cut off rather than waited for. */
async function closeClient(client: pg.Client): Promise<void> {
  try {
    await withTimeout(client.end(), 1000);
  } catch {
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}

/** `close` may be called again (a test that closed the database, then the service stopping): it closes once. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= close();
    return closing;
  };
}

/** Resolves when `work` does, rejects when it fails or takes longer than `ms`. */
async function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work,
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "object" ? inspect(error, { depth: 2, breakLength: Number.POSITIVE_INFINITY }) : String(error);
}
