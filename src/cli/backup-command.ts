/** `npm run cli -- backup <file>` and `restore <file>`: the embedded database to a file and back (pglite-backup.ts). */
import type { Config } from "../config/env.js";
import type { Texts } from "../core/i18n/index.js";
import { DataDirLockedError } from "../persistence/data-dir-lock.js";
import { BackupError, backupPglite, restorePglite } from "../persistence/pglite-backup.js";

export async function runBackupCommand(
  request: { kind: "backup" | "restore"; file: string },
  config: Pick<Config, "databaseUrl" | "dataDir">,
  t: Texts,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const b = t.backup;
  if (config.databaseUrl) {
    err(`${b.postgres}\n`);
    return 1;
  }
  try {
    if (request.kind === "backup") {
      const made = await backupPglite(config.dataDir, request.file);
      out(`${b.wrote(made.file, made.bytes, made.actions, made.statusChanges)}\n`);
      return 0;
    }
    const restored = await restorePglite(config.dataDir, request.file);
    out(`${b.restored(restored.file, restored.actions, restored.statusChanges)}\n`);
    if (restored.previous) out(`${b.previousKept(restored.previous)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      err(`${request.kind === "backup" ? b.lockedBackup(error.dataDir, error.pid) : b.lockedRestore(error.dataDir, error.pid)}\n`);
      return 1;
    }
    if (error instanceof BackupError) {
      const say = { "no-database": b.noDatabase, "not-a-backup": b.notABackup, "unreadable-backup": b.unreadable, "target-exists": b.unreadable };
      err(`${say[error.reason](error.path)}\n`);
      return 1;
    }
    throw error;
  }
}
