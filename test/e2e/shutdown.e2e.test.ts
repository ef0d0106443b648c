/**
 * The service stops on SIGTERM whatever happened to its stdout: here the reader of its stdout pipe goes away
 * (as with `npm start | tee log` and Ctrl-C, or a log shipper restarting) and the process must still exit and
 * free its port and data folder.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/persistence/data-dir-lock.js";
import { startServiceProcess } from "../support/service-process.js";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
}

describe("stopping the service", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-shutdown-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("exits on SIGTERM after the reader of its stdout went away, freeing the port and the data folder", async () => {
    const dataDir = join(dir, "data");
    const service = startServiceProcess({ PORT: "0", PLAYGROUND: "off", DATA_DIR: dataDir, LOG_LEVEL: "info" });
    try {
      const port = Number((await service.waitFor(/"port":(\d+)/))[1]);
      await service.waitFor(/doe-agenda bot ready/);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
      // The log reader goes away: every later write to stdout fails with EPIPE.
      service.child.stdout?.destroy();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exited = new Promise<number | null>((resolve) => service.child.once("exit", (code) => resolve(code)));
      service.child.kill("SIGTERM");
      const code = await Promise.race([exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 20_000))]);
      expect(code).toBe(0);
      expect(await portIsFree(port)).toBe(true);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    } finally {
      if (service.child.exitCode === null) service.child.kill("SIGKILL");
    }
  });
});
