/** The real service (startService) on a temporary data folder (or the test's open database), for end-to-end tests; `stop` cleans up. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseTarget } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import { type AdapterOverrides, type Service, startService } from "../../src/service.js";

export interface TestService {
  service: Service;
  /** The service's database, for what a test checks behind the bot's back. */
  database: Database;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startTestService(env: Record<string, string>, overrides: AdapterOverrides = {}): Promise<TestService> {
  const dir = await mkdtemp(join(tmpdir(), "doe-agenda-e2e-"));
  try {
    const config = loadConfig({ PORT: "0", DATA_DIR: join(dir, "data"), ...env });
    const database = overrides.database ?? (await openDatabase(databaseTarget(config)));
    const service = await startService(config, createLogger("silent"), { ...overrides, database }).catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
    return {
      service,
      database,
      baseUrl: `http://127.0.0.1:${service.port}`,
      async stop() {
        await service.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
