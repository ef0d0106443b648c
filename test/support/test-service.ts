/**
 * The real service (startService) on a temporary data folder (or the test's open database), for end-to-end tests; `stop`
 * cleans up. For Teams, with a local Bot Connector that knows the given people, and Teams' requests to its endpoint.
 */

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { databaseTarget } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import { type AdapterOverrides, type Service, startService } from "../../src/service.js";
import { FakeConnector, type SentActivity } from "./fake-connector.js";
import { cardAction, message, postActivity, type RosterPerson, TENANT, type TeamsUser, type Where } from "./teams-activities.js";

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

export interface TeamsTestService extends TestService {
  /** The Bot Connector at every activity's serviceUrl; `stop` stops it too. */
  connector: FakeConnector;
  /** http://127.0.0.1:<port>/api/messages */
  endpoint: string;
  /** POSTs an activity to the endpoint. */
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
  /** `user` writes `text` in their chat with the bot (or where `where` says); answered 200, the bot's replies once the first is in. */
  say(user: TeamsUser, text: string, where?: Partial<Where>): Promise<SentActivity[]>;
  /** `user` presses a card's Action.Execute `verb` with `data`; answered 200, the invoke's response. */
  press<T>(user: TeamsUser, verb: string, data: Record<string, unknown>): Promise<T>;
}

/** The service (Teams local mode unless `env` gives credentials) beside a started FakeConnector whose roster (tenant TENANT) holds `roster`. */
export async function startTeamsTestService(roster: RosterPerson[], env: Record<string, string>): Promise<TeamsTestService> {
  const connector = new FakeConnector();
  for (const person of roster) connector.addMember({ ...person, tenantId: TENANT });
  await connector.start();
  const running = await startTestService(env).catch(async (error: unknown) => {
    await connector.stop();
    throw error;
  });
  const endpoint = `${running.baseUrl}/api/messages`;
  const post = (activity: unknown, headers: Record<string, string> = {}) => postActivity(endpoint, activity, headers);
  return {
    ...running,
    connector,
    endpoint,
    post,
    async say(user, text, where = {}) {
      const before = connector.sent.length;
      const activity = message(user, text, { serviceUrl: connector.url, ...where });
      expect((await post(activity)).status).toBe(200);
      // The reply may come after the 200 (the command runs once it is stored): wait for it.
      await connector.replyTo(activity.id, 15_000);
      return connector.sent.slice(before);
    },
    async press<T>(user: TeamsUser, verb: string, data: Record<string, unknown>) {
      const response = await post(cardAction(user, verb, data, { serviceUrl: connector.url }));
      expect(response.status).toBe(200);
      return (await response.json()) as T;
    },
    async stop() {
      await running.stop();
      await connector.stop();
    },
  };
}
