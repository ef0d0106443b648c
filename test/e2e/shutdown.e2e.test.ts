/**
 * The service stops on SIGTERM whatever happened to its stdout: here the reader of its stdout pipe goes away
 * (as with `npm start | tee log` and Ctrl-C, or a log shipper restarting) and the process must still exit and
 * free its port and data folder.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/persistence/data-dir-lock.js";
import { startServiceProcess } from "../support/service-process.js";

async function exitCode(child: ChildProcess, ms: number): Promise<number | null | "still running"> {
  if (child.exitCode !== null) return child.exitCode;
  return Promise.race([
    new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code))),
    new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), ms)),
  ]);
}

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

  it("exits on SIGTERM while the reader of its stdout has stalled, after answering all along", async () => {
    const dataDir = join(dir, "stalled");
    const service = startServiceProcess({ PORT: "0", PLAYGROUND: "off", DATA_DIR: dataDir, LOG_LEVEL: "debug" });
    try {
      const port = Number((await service.waitFor(/"port":(\d+)/))[1]);
      await service.waitFor(/doe-agenda bot ready/);
      // The reader stops reading: the pipe fills with the debug line of every request.
      service.child.stdout?.pause();
      const statuses: number[] = [];
      for (let batch = 0; batch < 100; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 30 }, () =>
            fetch(`http://127.0.0.1:${port}/healthz?${"x".repeat(500)}`, { signal: AbortSignal.timeout(10_000) }).then(
              (response) => response.status,
              () => 0,
            ),
          ),
        );
        statuses.push(...answers);
      }
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      service.child.kill("SIGTERM");
      expect(await exitCode(service.child, 20_000)).toBe(0);
      expect(await portIsFree(port)).toBe(true);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    } finally {
      if (service.child.exitCode === null) service.child.kill("SIGKILL");
    }
  });

  it("exits non-zero at the SHUTDOWN_TIMEOUT_SECONDS deadline, still freeing the data folder", async () => {
    const dataDir = join(dir, "deadline");
    const service = startServiceProcess({ PORT: "0", PLAYGROUND: "off", DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_SECONDS: "0.001" });
    try {
      const port = Number((await service.waitFor(/"port":(\d+)/))[1]);
      await service.waitFor(/doe-agenda bot ready/);
      service.child.kill("SIGTERM");
      expect(await exitCode(service.child, 20_000)).toBe(1);
      expect(service.output()).toContain("Stopping took longer than 0.001 s (SHUTDOWN_TIMEOUT_SECONDS); exiting anyway.");
      expect(await portIsFree(port)).toBe(true);
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    } finally {
      if (service.child.exitCode === null) service.child.kill("SIGKILL");
    }
  });
});
