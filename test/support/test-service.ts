/** The real service (startService) on a temporary data folder, for end-to-end tests; `stop` cleans up. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { type AdapterOverrides, type Service, startService } from "../../src/service.js";

export interface TestService {
  service: Service;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startTestService(env: Record<string, string>, overrides: AdapterOverrides = {}): Promise<TestService> {
  const dir = await mkdtemp(join(tmpdir(), "doe-agenda-e2e-"));
  try {
    const service = await startService(loadConfig({ PORT: "0", DATA_DIR: join(dir, "data"), ...env }), createLogger("silent"), overrides);
    return {
      service,
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
