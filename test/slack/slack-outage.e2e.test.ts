import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "en-US" };

describe("Slack users.info outage: the stored identity link keeps the leader a leader", () => {
  let running: TestService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  let sequence = 0;

  async function reply(userId: string, text: string): Promise<{ text?: string }> {
    const id = `o${++sequence}`;
    const response = await requests.slashCommand({ text, userId, responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined), 15_000);
    return (first?.payload ?? {}) as { text?: string };
  }

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    slack.addUser(LEADER);
    await slack.start();
    running = await startTestService(
      { LEADER_EMAILS: LEADER.email, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${slack.url}/api/` },
      {
        slack: {
          responseRetry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 1500 },
          webApiRetry: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 100 },
        },
      },
    );
    requests = new SlackRequests(running.baseUrl, SECRET);
    // The leader used the bot before (another process, another day): their Slack account is linked to them.
    const { people } = running.service.app;
    const leader = await people.ensurePerson(LEADER.email, LEADER.realName);
    await people.linkIdentity(leader.id, { platform: "slack", tenantId: LEADER.teamId, externalId: LEADER.id });
  });
  afterAll(async () => {
    await running?.stop();
    await slack?.stop();
  });

  it("serves the leader as leader while users.info answers 500, asks Slack again each time, and uses fresh data after recovery", async () => {
    slack.failNext("users.info", 1000, 500);
    const during = await reply(LEADER.id, "trekker 2.5 anna@haarlem.nl");
    // Slack could not say the user's language: the default (Dutch); the stored link says who it is.
    expect(during.text).toBe("anna@haarlem.nl is nu trekker van 2.5.");
    const refused = slack.failed.filter((method) => method === "users.info").length;
    expect(refused).toBeGreaterThan(0);
    const again = await reply(LEADER.id, "trekker 2.6 anna@haarlem.nl");
    expect(again.text).toBe("anna@haarlem.nl is nu trekker van 2.6.");
    // The failure was not cached: the second command asked Slack again.
    expect(slack.failed.filter((method) => method === "users.info").length).toBeGreaterThan(refused);
    const asked = slack.callsOf("users.info").length;

    slack.failNext("users.info", 0);
    const after = await reply(LEADER.id, "trekker 2.7 anna@haarlem.nl");
    // Slack answers again: its data (the user's English locale) is used at once, not a cached failure.
    expect(after.text).toBe("anna@haarlem.nl is now a lead of 2.7.");
    expect(slack.callsOf("users.info").length).toBe(asked + 1);
  });
});
