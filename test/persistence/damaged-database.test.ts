/**
 * A damaged PGlite data folder is refused on start, with what to do, instead of serving an empty agenda or
 * ending in a stack trace: the file of the `action` or the `agenda` table is truncated, as a full disk or a bad
 * copy leaves it.
 */
import { cp, mkdtemp, rm, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeApp, databaseTarget } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { openDatabase, PGLITE_SUBDIR } from "../../src/persistence/database.js";
import { DatabaseDamagedError } from "../../src/persistence/integrity-check.js";
import { startService } from "../../src/service.js";
import { explainStartupError } from "../../src/startup-errors.js";
import { runCli } from "../support/cli.js";
import { startServiceProcess } from "../support/service-process.js";

const STACK_LINE = /\n\s+at /;

describe("a damaged data folder", () => {
  let dir: string;
  let healthy: string;
  const files = new Map<string, string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-damaged-"));
    healthy = join(dir, "healthy");
    const config = loadConfig({ DATA_DIR: healthy });
    const database = await openDatabase(databaseTarget(config));
    const app = await composeApp(database, config);
    try {
      for (const table of ["action", "agenda", "action_status_idx"]) {
        const [row] = await database.prisma.$queryRawUnsafe<{ path: string }[]>(`SELECT pg_relation_filepath('${table}') AS path`);
        files.set(table, row?.path ?? "");
      }
    } finally {
      await app.close();
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  /** A copy of the healthy folder with `table`'s file cut to nothing. */
  async function damaged(table: string): Promise<string> {
    const copy = join(dir, `${table}-${Math.random().toString(36).slice(2)}`);
    await cp(healthy, copy, { recursive: true });
    await truncate(join(copy, PGLITE_SUBDIR, files.get(table) ?? "missing"), 0);
    return copy;
  }

  it("serves the healthy copy (the check does not refuse a good database)", async () => {
    const result = await runCli(["toon", "1.3"], { DATA_DIR: healthy });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it.each(["action", "agenda", "action_status_idx"])(
    "the CLI refuses a truncated file of %s, naming it, with what to do and no stack trace",
    async (table) => {
      const result = await runCli(["toon", "1.3"], { DATA_DIR: await damaged(table) });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("The database looks damaged:");
      expect(result.stderr).toContain(`"${table}"`);
      expect(result.stderr).toContain("restore the folder");
      expect(result.stderr).toContain("from a backup");
      expect(result.stderr).not.toMatch(STACK_LINE);
    },
  );

  it("the service does not start on a truncated action table, saying why, without a stack trace", async () => {
    const service = startServiceProcess({ PORT: "0", PLAYGROUND: "off", DATA_DIR: await damaged("action") });
    try {
      const code = await new Promise<number | null>((resolve) => {
        if (service.child.exitCode !== null) resolve(service.child.exitCode);
        service.child.once("exit", (exitCode) => resolve(exitCode));
      });
      expect(code).toBe(1);
      expect(service.output()).toContain('The database looks damaged: table \\"action\\" cannot be read');
      expect(service.output()).not.toContain("doe-agenda bot ready");
      expect(service.output()).not.toMatch(STACK_LINE);
    } finally {
      await service.stop();
    }
  });

  it("the service does not start on a truncated agenda table (nor import the agenda again)", async () => {
    const error = await startService(loadConfig({ PORT: "0", DATA_DIR: await damaged("agenda") }), createLogger("silent")).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect(explainStartupError(error)).toMatch(/^The database looks damaged: .*agenda.*restore the folder .* from a backup/);
  });
});
