import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeConnector } from "../support/fake-connector.js";
import { FakeSlack } from "../support/fake-slack.js";
import { ANNA, LEADER, message, postActivity, TENANT } from "../support/teams-activities.js";
import { startTeamsTestService, startTestService, type TeamsTestService } from "../support/test-service.js";

/** Not in the roster, but claims Anna's Azure AD object id. */
const STRANGER = { id: "29:stranger", name: "Anna de Vries", aadObjectId: "aad-anna" };

/** An IPv4 address of this machine that is not loopback, if it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === "IPv4" && !address.internal)?.address;

describe("Teams local mode (no platform configured): the Playground on this machine only", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;
  let endpoint: string;

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER, ANNA], { LEADER_EMAILS: "pl@haarlem.nl" });
    ({ connector, endpoint } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("accepts the Playground's tenant and refuses any other, or a request a proxy forwarded, with 401", async () => {
    expect(running.service.teams.mode).toBe("local");
    expect((await postActivity(endpoint, message(LEADER, "help", { serviceUrl: connector.url }))).status).toBe(200);
    const before = connector.sent.length;
    const otherTenant = message(LEADER, "help", { serviceUrl: connector.url, tenantId: "11111111-2222-3333-4444-555555555555" });
    const refused = await postActivity(endpoint, otherTenant);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe("");
    const forwarded = await postActivity(endpoint, message(LEADER, "help", { serviceUrl: connector.url }), { "x-forwarded-for": "203.0.113.9" });
    expect(forwarded.status).toBe(401);
    expect(connector.sent.length).toBe(before);
  });

  it("never takes a person from an object id the roster did not confirm", async () => {
    // Anna leads 2.5 and has used the bot since, so her Teams account is linked to her.
    expect((await postActivity(endpoint, message(LEADER, "trekker 2.5 anna@haarlem.nl", { serviceUrl: connector.url }))).status).toBe(200);
    expect((await postActivity(endpoint, message(ANNA, "mijn", { serviceUrl: connector.url }))).status).toBe(200);
    const { database } = running;
    const { reader } = running.service.app.ports;
    expect(await database.prisma.platformIdentity.count({ where: { platform: "teams", externalId: ANNA.aadObjectId } })).toBe(1);
    const history = await database.prisma.statusChange.count();

    const before = connector.sent.length;
    expect((await postActivity(endpoint, message(STRANGER, "status 2.5 afgerond", { serviceUrl: connector.url }))).status).toBe(200);
    const reply = await connector.waitFor(() => connector.sent[before]);
    expect(JSON.stringify(reply.activity)).toContain("Je bent (nog) niet bekend in de doe-agenda");
    expect(await database.prisma.statusChange.count()).toBe(history);
    expect((await reader.findAction("2.5"))?.status).toBe("nader_uit_te_werken");
  });

  it.skipIf(!outsideAddress)("listens on loopback only: the machine's other address does not answer", async () => {
    const port = new URL(running.baseUrl).port;
    await expect(fetch(`http://${outsideAddress}:${port}/healthz`)).rejects.toThrow();
  });
});

describe("Teams beside Slack", () => {
  const TOKEN = "xoxb-test-token";
  const SECRET = "signing-secret-for-tests";
  let slack: FakeSlack;
  let connector: FakeConnector;

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    await slack.start();
    connector = new FakeConnector();
    connector.addMember({ ...LEADER, tenantId: TENANT });
    await connector.start();
  });
  afterAll(async () => {
    await slack?.stop();
    await connector?.stop();
  });
  const slackEnv = () => ({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${slack.url}/api/` });

  it("is off on a Slack-only server: no Teams endpoint at all", async () => {
    const running = await startTestService({ ...slackEnv(), LEADER_EMAILS: "pl@haarlem.nl" });
    try {
      expect(running.service.teams.mode).toBe("off");
      const health = (await (await fetch(`${running.baseUrl}/healthz`)).json()) as { teams: string; slack: string };
      expect(health).toMatchObject({ teams: "off", slack: "http" });
      const response = await postActivity(`${running.baseUrl}/api/messages`, message(LEADER, "help", { serviceUrl: connector.url }));
      expect(response.status).toBe(404);
      expect(connector.memberLookups).toHaveLength(0);
    } finally {
      await running.stop();
    }
  });

  it.skipIf(!outsideAddress)(
    "with PLAYGROUND=on listens on all interfaces for Slack, and refuses local-mode Teams from a non-loopback address",
    async () => {
      const running = await startTestService({ ...slackEnv(), PLAYGROUND: "on", LEADER_EMAILS: "pl@haarlem.nl" });
      try {
        expect(running.service.teams.mode).toBe("local");
        const port = new URL(running.baseUrl).port;
        const activity = () => message(LEADER, "help", { serviceUrl: connector.url });
        // The same request, once from this machine's other address (the socket's remote address is not loopback) …
        const before = connector.sent.length;
        const outside = await postActivity(`http://${outsideAddress}:${port}/api/messages`, activity());
        expect(outside.status).toBe(401);
        expect(connector.sent.length).toBe(before);
        // … and once from loopback, where it is the Playground's.
        expect((await postActivity(`http://127.0.0.1:${port}/api/messages`, activity())).status).toBe(200);
        await connector.waitFor(() => connector.sent[before]);
      } finally {
        await running.stop();
      }
    },
  );
});
