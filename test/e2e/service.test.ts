import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { HttpServer } from "../../src/server/http-server.js";
import { startService } from "../../src/service.js";
import { createPostgresDatabase } from "../support/databases.js";

const logger = createLogger("silent");

describe("the service", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-service-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("answers /healthz 503 while starting and 200 when ready", async () => {
    const http = new HttpServer(logger);
    const port = await http.listen(0, "127.0.0.1");
    try {
      const starting = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(starting.status).toBe(503);
      expect(await starting.json()).toEqual({ status: "starting" });
      http.setHealth({ ready: true, details: { database: "pglite" } });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404);
    } finally {
      await http.close();
    }
  });

  it("starts on the embedded database with the agenda loaded, and releases the folder when stopped", async () => {
    const config = loadConfig({ PORT: "0", DATA_DIR: join(dir, "data") });
    const service = await startService(config, logger);
    try {
      const response = await fetch(`http://127.0.0.1:${service.port}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: "ok",
        database: "pglite",
        slack: "off",
        teams: "local",
        parts: { database: "up", slack: "not configured", teams: "up", mail: "not configured" },
      });
      expect(service.app.seeded?.created).toBe(64);
      expect(await service.app.ports.reader.findAction("4.1")).not.toBeNull();
    } finally {
      await service.stop();
    }
    const again = await startService(config, logger);
    expect(again.app.seeded).toBeNull();
    await again.stop();
  });

  it("starts on PostgreSQL from DATABASE_URL; two instances migrate and seed once", async () => {
    const database = await createPostgresDatabase();
    try {
      const config = loadConfig({ PORT: "0", DATABASE_URL: database.url });
      const [first, second] = await Promise.all([startService(config, logger), startService(config, logger)]);
      try {
        expect((await fetch(`http://127.0.0.1:${first.port}/healthz`)).status).toBe(200);
        const agendas = await first.app.importer.agendaSlugs();
        expect(agendas).toEqual(["zuid-kennemerland-ijmond"]);
        expect((await first.app.ports.reader.listActions({})).length).toBe(64);
      } finally {
        await first.stop();
        await second.stop();
      }
    } finally {
      await database.drop();
    }
  });
});
