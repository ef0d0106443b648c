/**
 * Backup and restore of the embedded database (`npm run cli -- backup|restore <file>`): a backup is PGlite's own
 * dump of its data folder (a gzipped tar, `dumpDataDir`), a restore loads one into a fresh folder (`loadDataDir`).
 *
 * Both take the data folder's lock (data-dir-lock.ts), so neither runs beside the bot or another CLI call on the
 * same folder: a copy of a database that is being written is not a backup, and a restore must never replace the
 * folder under a running service. A restore is built beside the current folder and checked (every table read, as
 * on start) before it takes the folder's place; the folder it replaces is kept beside it, renamed, until removed by
 * hand. PostgreSQL is backed up with its own tools (pg_dump, see the README).
 */
import { existsSync } from "node:fs";
import { open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock.js";
import { PGLITE_SUBDIR } from "./database.js";
import { checkIntegrity } from "./integrity-check.js";
import type { SqlSession } from "./migrate.js";

/** What a backup holds, said to the person who made or restored it. */
export interface BackupSummary {
  file: string;
  bytes: number;
  actions: number;
  statusChanges: number;
}

export interface RestoreSummary extends BackupSummary {
  /** Where the folder that was replaced now is; null when there was none. */
  previous: string | null;
}

/** The backup cannot be made or restored for a reason the person can fix; the message says which. */
export class BackupError extends Error {
  constructor(
    readonly reason: "no-database" | "not-a-backup" | "unreadable-backup" | "target-exists",
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(`${reason}: ${path}`, options);
    this.name = "BackupError";
  }
}

async function counts(client: PGlite): Promise<{ actions: number; statusChanges: number }> {
  const rows = await client.query<{ actions: number; status_changes: number }>(
    `SELECT (SELECT count(*)::int FROM "action") AS actions, (SELECT count(*)::int FROM "status_change") AS status_changes`,
  );
  return { actions: rows.rows[0]?.actions ?? 0, statusChanges: rows.rows[0]?.status_changes ?? 0 };
}

/** Writes a backup of the embedded database in `dataDir` to `file` (replaced whole, never half-written). */
export async function backupPglite(dataDir: string, file: string): Promise<BackupSummary> {
  const location = resolve(dataDir, PGLITE_SUBDIR);
  const lock = lockDataDir(dataDir);
  try {
    if (!existsSync(join(location, "PG_VERSION"))) throw new BackupError("no-database", location);
    const client = new PGlite(location);
    try {
      await client.waitReady;
      const found = await counts(client);
      const dump = await client.dumpDataDir("gzip");
      const target = resolve(file);
      const partial = join(dirname(target), `.${Date.now()}-${process.pid}.backup-partial`);
      try {
        await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
        await rename(partial, target);
      } finally {
        await rm(partial, { force: true });
      }
      return { file: target, bytes: (await stat(target)).size, ...found };
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

/** A gzip stream (what `backup` writes) or a plain tar (PGlite's uncompressed dump). */
async function looksLikeDump(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const gzip = bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    const tar = bytesRead >= 262 && head.subarray(257, 262).toString("latin1") === "ustar";
    return gzip || tar;
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the embedded database in `dataDir` with the backup in `file`. Refused while anything holds the data
 * folder (the running bot); nothing changes unless the backup loads and reads whole.
 */
export async function restorePglite(dataDir: string, file: string): Promise<RestoreSummary> {
  const source = resolve(file);
  if (!existsSync(source)) throw new BackupError("unreadable-backup", source);
  if (!(await looksLikeDump(source))) throw new BackupError("not-a-backup", source);
  const location = resolve(dataDir, PGLITE_SUBDIR);
  const lock = lockDataDir(dataDir);
  const stamp = new Date()
    .toISOString()
    .replaceAll(":", "-")
    .replace(/\.\d+Z$/, "Z");
  const staging = `${location}.restoring-${stamp}`;
  try {
    if (existsSync(staging)) throw new BackupError("target-exists", staging);
    const client = new PGlite(staging, { loadDataDir: new Blob([await readFile(source)]) });
    let found: { actions: number; statusChanges: number };
    try {
      try {
        await client.waitReady;
      } catch (error) {
        throw new BackupError("unreadable-backup", source, { cause: error });
      }
      const session: SqlSession = {
        exec: async (sql) => {
          await client.exec(sql);
        },
        query: async <Row>(sql: string, params?: unknown[]) => (await client.query<Row>(sql, params)).rows,
      };
      await checkIntegrity(session, `The backup ${source} is damaged; restore an older one.`);
      // A tar of something else loads as an empty new database: no agenda tables, so not a backup of the bot.
      found = await counts(client).catch((error: unknown) => {
        throw new BackupError("not-a-backup", source, { cause: error });
      });
    } finally {
      await client.close().catch(() => undefined);
    }
    let previous: string | null = null;
    if (existsSync(location)) {
      previous = `${location}.before-restore-${stamp}`;
      await rename(location, previous);
    }
    try {
      await rename(staging, location);
    } catch (error) {
      if (previous) await rename(previous, location);
      throw error;
    }
    return { file: source, bytes: (await stat(source)).size, previous, ...found };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    lock.release();
  }
}
