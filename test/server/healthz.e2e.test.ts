/**
 * `/healthz` of the real service: which parts are up (database, Slack, Teams, mail), and 503 once the database no
 * longer answers (here: closed behind the service's back), as a load balancer or container runtime reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-health-token";
const SECRET = "health-signing-secret";

interface HealthBody {
  status: string;
  parts?: Record<string, string>;
}

async function health(baseUrl: string): Promise<{ status: number; body: HealthBody }> {
  const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as HealthBody };
}

describe.each(["pglite", "postgres"] as const)("/healthz on %s", (kind) => {
  let slack: FakeSlack;
  const cleanups: (() => Promise<void>)[] = [];
  let databaseUrl = "";

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    await slack.start();
    cleanups.push(() => slack.stop());
    if (kind === "postgres") {
      const database = await createPostgresDatabase();
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const slackEnv = (token = TOKEN) => ({
    DATABASE_URL: databaseUrl,
    PLAYGROUND: "off",
    SLACK_BOT_TOKEN: token,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
  });

  it("says which parts are up, then 503 with the database down once it is closed", async () => {
    const running: TestService = await startTestService(slackEnv());
    try {
      const up = await health(running.baseUrl);
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({
        status: "ok",
        parts: { database: "up", slack: "up", teams: "not configured", mail: "not configured" },
      });

      await running.database.close();
      // A probe's answer is reused for a second: the next ones see the closed database.
      const deadline = Date.now() + 10_000;
      let down = await health(running.baseUrl);
      while (down.status !== 503 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        down = await health(running.baseUrl);
      }
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: "database unreachable", parts: { database: "down", slack: "up", mail: "not configured" } });
    } finally {
      await running.stop();
    }
  });

  it("reports Slack as down when its token is refused, and keeps serving (200) without it", async () => {
    const running = await startTestService(slackEnv("xoxb-wrong-token"));
    try {
      const answer = await health(running.baseUrl);
      expect(answer.status).toBe(200);
      expect(answer.body.parts).toEqual({ database: "up", slack: "down", teams: "not configured", mail: "not configured" });
    } finally {
      await running.stop();
    }
  });
});
