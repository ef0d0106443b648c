/**
 * `npm run cli -- backup <file>` and `restore <file>` on the embedded database: a round trip brings the data back
 * and the service starts on it; neither runs beside the bot on the same data folder; a file that is not a backup
 * changes nothing. (PGlite only: PostgreSQL is backed up with pg_dump, which the CLI points to.)
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { identify } from "../../src/core/identify.js";
import { createLogger } from "../../src/logging.js";
import { restorePglite } from "../../src/persistence/pglite-backup.js";
import { startService } from "../../src/service.js";
import { runCli } from "../support/cli.js";

const LEADER = "pl@haarlem.nl";

describe("backup and restore of the embedded database", () => {
  let dir: string;
  let backup: string;
  const dataDir = () => join(dir, "data");
  const env = () => ({ DATA_DIR: dataDir(), LEADER_EMAILS: LEADER });
  const statusOf = async (folder: string, code: string) => {
    const app = await openApp(loadConfig({ DATA_DIR: folder, LEADER_EMAILS: LEADER }));
    try {
      return (await app.ports.reader.findAction(code))?.status;
    } finally {
      await app.close();
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-backup-"));
    backup = join(dir, "doe-agenda.tar.gz");
    const changed = await runCli(["status", "1.3", "afgerond", "pilot", "klaar", "--as", LEADER], env());
    expect(changed.stderr).toBe("");
    expect(changed.stdout).toContain("afgerond");
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("writes a backup with the CLI and says what it holds", async () => {
    const result = await runCli(["backup", backup], env());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Back-up geschreven naar .*doe-agenda\.tar\.gz \(\d+,\d MB\): 64 acties, 65 statuswijzigingen\.\n$/);
    expect(existsSync(backup)).toBe(true);
    // Only the backup: no partial file left beside it.
    expect((await readdir(dir)).sort()).toEqual(["data", "doe-agenda.tar.gz"]);
  });

  it("refuses backup and restore while the bot runs on the data folder, and changes nothing", async () => {
    const service = await startService(loadConfig({ ...env(), PORT: "0", PLAYGROUND: "off" }), createLogger("silent"));
    try {
      const [restore, again] = await Promise.all([runCli(["restore", backup], env()), runCli(["backup", join(dir, "second.tar.gz")], env())]);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain(`is in gebruik (pid ${process.pid}): stop de bot eerst. Er is niets teruggezet.`);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("stop de bot eerst, want een kopie van een database waarin geschreven wordt, is geen back-up");
      expect(existsSync(join(dir, "second.tar.gz"))).toBe(false);
      expect((await service.app.ports.reader.findAction("1.3"))?.status).toBe("afgerond");
      // Changed after the backup: the restore below takes this back.
      const leader = await identify(service.app.people, service.app.leaders, { email: LEADER, channel: "cli" });
      expect((await service.app.core.run("status 1.3 gepauzeerd", leader)).changed).toBe(true);
    } finally {
      await service.stop();
    }
  });

  it("restores with the CLI: the data as it was at the backup, the replaced folder kept beside it", async () => {
    expect(await statusOf(dataDir(), "1.3")).toBe("gepauzeerd");
    const result = await runCli(["restore", backup, "--lang", "en"], env());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Restored from .*doe-agenda\.tar\.gz: 64 actions, 65 status changes\. Start the bot to carry on with it\.\n/);
    const kept = (await readdir(dataDir())).filter((name) => name.startsWith("pglite.before-restore-"));
    expect(kept).toHaveLength(1);
    expect(result.stdout).toContain(`The database it replaced is kept in ${join(dataDir(), kept[0] ?? "")}`);
    expect(await statusOf(dataDir(), "1.3")).toBe("afgerond");
  });

  it("restores onto a new machine's empty folder, and the service starts on it without importing again", async () => {
    const fresh = join(dir, "new-machine");
    const restored = await restorePglite(fresh, backup);
    expect(restored).toMatchObject({ actions: 64, statusChanges: 65, previous: null });
    const service = await startService(loadConfig({ DATA_DIR: fresh, PORT: "0", PLAYGROUND: "off" }), createLogger("silent"));
    try {
      expect(service.app.seeded).toBeNull();
      expect((await fetch(`http://127.0.0.1:${service.port}/healthz`)).status).toBe(200);
      const reader = await identify(service.app.people, service.app.leaders, { email: null, channel: "cli" });
      const shown = await service.app.core.run("toon 1.3", reader);
      expect(JSON.stringify(shown.message)).toContain("pilot klaar");
    } finally {
      await service.stop();
    }
  });

  it("refuses a file that is not a backup, and a backup on PostgreSQL, changing nothing", async () => {
    const notBackup = join(dir, "agenda.yaml");
    await writeFile(notBackup, "naam: geen back-up\n");
    const [refused, postgres] = await Promise.all([
      runCli(["restore", notBackup], env()),
      runCli(["backup", join(dir, "pg.tar.gz")], { ...env(), DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" }),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${notBackup} is geen back-up van de bot (maak er een met npm run cli -- backup <bestand>). Er is niets veranderd.\n`,
    );
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toContain("DATABASE_URL is gezet: maak een back-up van PostgreSQL met pg_dump");
    expect(existsSync(join(dir, "pg.tar.gz"))).toBe(false);
    expect(await statusOf(dataDir(), "1.3")).toBe("afgerond");
  });
});
