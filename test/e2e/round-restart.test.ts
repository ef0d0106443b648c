/**
 * A reminder round survives the process being killed mid-round: after a restart every lead has exactly one
 * message. The service runs as `npm start` does, in a child process killed with SIGKILL while Slack is taking a
 * message; the fake Slack enforces a workspace rate limit (a 429 is retried, so it does not change the count).
 */
import { afterAll, describe, expect, it } from "vitest";
import { openApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import type { Actor } from "../../src/core/actor.js";
import { FakeSlack } from "../support/fake-slack.js";
import { killHard, type RunningService, serviceStorage, startServiceProcess } from "../support/service-process.js";

const TOKEN = "xoxb-restart";
const LEADER = "pl@haarlem.nl";
const LEADS = Array.from({ length: 30 }, (_, i) => `U${String(i).padStart(2, "0")}`);

describe.each(["postgres", "pglite"] as const)("a reminder round killed mid-way on %s", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("completes after a restart with each lead messaged exactly once", async () => {
    const storage = await serviceStorage(kind, "doe-agenda-restart-", cleanups);
    const slack = new FakeSlack(TOKEN);
    slack.workspacePerSecond = 10;
    await slack.start();
    cleanups.push(() => slack.stop());
    const env = {
      PORT: "0",
      PLAYGROUND: "off",
      ...storage,
      LEADER_EMAILS: LEADER,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: "restart-secret",
      SLACK_API_URL: `${slack.url}/api/`,
      SLACK_MESSAGES_PER_SECOND: "10",
      DELIVERY_LEASE_SECONDS: "5",
    };

    // The leads (known in Slack) and the round, prepared on the same database before the service starts.
    const app = await openApp(loadConfig(env));
    try {
      const codes = (await app.ports.reader.listActions({ statuses: ["loopt"] })).map((action) => action.code);
      for (const [index, user] of LEADS.entries()) {
        const person = await app.people.ensurePerson(`lead${index}@regio.nl`, `Trekker ${index}`);
        await app.people.linkIdentity(person.id, { platform: "slack", tenantId: "T1", externalId: user });
        await app.ports.writer.addLead(codes[index] ?? "", person.id, null);
      }
      const leader = await app.people.ensurePerson(LEADER, "Petra Leider");
      const actor: Actor = { person: leader, email: LEADER, isLeader: true, channel: "slack" };
      const started = await app.core.run("herinner start status loopt", actor);
      expect(started.message.summary).toBe("De ronde is gestart: 30 trekkers krijgen een bericht over 35 acties.");
    } finally {
      await app.close();
    }

    const dmsTo = (user: string) => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === user).length;
    const delivered = () => LEADS.filter((user) => dmsTo(user) > 0).length;

    let service: RunningService = startServiceProcess(env);
    await service.waitFor(/doe-agenda bot ready/);
    await slack.waitFor(() => delivered() >= 8, 30_000);
    // Slack is slow to take the next message; the process is killed while it waits.
    slack.hold();
    await slack.waitFor(() => slack.held > 0, 10_000);
    await killHard(service);
    slack.release();
    const beforeRestart = delivered();
    expect(beforeRestart).toBeGreaterThanOrEqual(8);
    expect(beforeRestart).toBeLessThan(LEADS.length);

    service = startServiceProcess(env);
    cleanups.push(() => service.stop());
    await service.waitFor(/doe-agenda bot ready/);
    await slack.waitFor(() => delivered() === LEADS.length, 60_000);
    // Time for any duplicate to show up: more than a lease and a few send slots.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    expect(LEADS.map(dmsTo)).toEqual(LEADS.map(() => 1));
    await service.stop();
  }, 120_000);
});
