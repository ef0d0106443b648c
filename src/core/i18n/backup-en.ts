/** English lines of `npm run cli -- backup|restore <file>`. */
import type { BackupTexts } from "./texts.js";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const held = (actions: number, changes: number) => `${actions} ${actions === 1 ? "action" : "actions"}, ${changes} status changes`;

export const backupEn = {
  usage: `  npm run cli -- backup <file>                               back up the embedded database (DATA_DIR)
  npm run cli -- restore <file>                              restore the embedded database from a backup (bot stopped)`,
  needsFile: (what) => `${what} needs exactly one file: npm run cli -- ${what} doe-agenda-backup.tar.gz`,
  wrote: (file, bytes, actions, changes) => `Backup written to ${file} (${mb(bytes)}): ${held(actions, changes)}.`,
  restored: (file, actions, changes) => `Restored from ${file}: ${held(actions, changes)}. Start the bot to carry on with it.`,
  previousKept: (folder) => `The database it replaced is kept in ${folder}; remove that folder when you no longer need it.`,
  postgres:
    "DATABASE_URL is set: back up PostgreSQL with pg_dump and restore it with pg_restore (see the README). backup and restore are for the embedded database.",
  noDatabase: (folder) => `There is no database in ${folder}: check DATA_DIR.`,
  notABackup: (file) => `${file} is not a backup of the bot (make one with npm run cli -- backup <file>). Nothing was changed.`,
  unreadable: (file) => `${file} cannot be read as a backup. Nothing was changed.`,
  lockedBackup: (folder, pid) =>
    `The data folder ${folder} is in use (pid ${pid}): stop the bot first, as a copy of a database that is being written is not a backup.`,
  lockedRestore: (folder, pid) => `The data folder ${folder} is in use (pid ${pid}): stop the bot first. Nothing was restored.`,
} satisfies BackupTexts;
