/** Dutch lines of `npm run cli -- backup|restore <bestand>`; their shape is the type of every locale's (`BackupTexts`). */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
const held = (actions: number, changes: number) => `${actions} ${actions === 1 ? "actie" : "acties"}, ${changes} statuswijzigingen`;

export const backupNl = {
  usage: `  npm run cli -- backup <bestand>                               een back-up van de ingebouwde database (DATA_DIR) maken
  npm run cli -- restore <bestand>                              de ingebouwde database terugzetten uit een back-up (bot gestopt)`,
  needsFile: (what: "backup" | "restore") => `${what} heeft precies één bestand nodig: npm run cli -- ${what} doe-agenda-backup.tar.gz`,
  wrote: (file: string, bytes: number, actions: number, changes: number) =>
    `Back-up geschreven naar ${file} (${mb(bytes)}): ${held(actions, changes)}.`,
  restored: (file: string, actions: number, changes: number) =>
    `Teruggezet uit ${file}: ${held(actions, changes)}. Start de bot om ermee verder te werken.`,
  previousKept: (folder: string) => `De vervangen database staat nog in ${folder}; verwijder die map als je haar niet meer nodig hebt.`,
  postgres:
    "DATABASE_URL is gezet: maak een back-up van PostgreSQL met pg_dump en zet die terug met pg_restore (zie de README). backup en restore gelden voor de ingebouwde database.",
  noDatabase: (folder: string) => `Er is geen database in ${folder}: controleer DATA_DIR.`,
  notABackup: (file: string) => `${file} is geen back-up van de bot (maak er een met npm run cli -- backup <bestand>). Er is niets veranderd.`,
  unreadable: (file: string) => `${file} kan niet worden gelezen als back-up. Er is niets veranderd.`,
  lockedBackup: (folder: string, pid: number) =>
    `De datamap ${folder} is in gebruik (pid ${pid}): stop de bot eerst, want een kopie van een database waarin geschreven wordt, is geen back-up.`,
  lockedRestore: (folder: string, pid: number) => `De datamap ${folder} is in gebruik (pid ${pid}): stop de bot eerst. Er is niets teruggezet.`,
};
