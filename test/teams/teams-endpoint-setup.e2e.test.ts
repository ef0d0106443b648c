/**
 * The Teams endpoint as it is configured: with credentials it wants a Bot Framework token, restricted to one tenant it
 * serves no other, and it delivers what the outbox holds for a linked channel as a new post there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/service.js";
import type { FakeConnector, SentActivity } from "../support/fake-connector.js";
import { BOT, LEADER, message, READER } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";

const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? {});

describe("Teams with credentials", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;
  let service: Service;

  beforeAll(async () => {
    running = await startTeamsTestService([], {
      MicrosoftAppId: "00000000-1111-2222-3333-444444444444",
      MicrosoftAppPassword: "secret",
      MicrosoftAppType: "SingleTenant",
      MicrosoftAppTenantId: "11111111-2222-3333-4444-555555555555",
    });
    ({ service, connector } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("rejects a request without a Bot Framework token with 401 and runs nothing", async () => {
    expect(service.teams.mode).toBe("authenticated");
    const response = await running.post(message(READER, "help", { serviceUrl: connector.url }));
    expect(response.status).toBe(401);
    expect(connector.sent).toHaveLength(0);
    expect(await running.database.prisma.conversationRef.count()).toBe(0);
  });
});

describe("Teams restricted to one tenant", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;

  beforeAll(async () => {
    running = await startTeamsTestService([READER], { MicrosoftAppTenantId: "99999999-8888-7777-6666-555555555555" });
    ({ connector } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("answers a user of another tenant clearly and stores nothing about them", async () => {
    const response = await running.post(message(READER, "help", { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    const reply = await connector.waitFor(() => connector.sent.at(-1));
    expect(reply.activity.text).toBe(
      "Deze bot is niet beschikbaar voor jouw organisatie; er is niets opgeslagen. Neem contact op met de beheerder van de doe-agenda.",
    );
    expect(connector.memberLookups).toHaveLength(0);
    expect(await running.database.prisma.conversationRef.count()).toBe(0);
    expect(await running.database.prisma.person.count()).toBe(0);
  });
});

describe("Teams: proactive delivery from the outbox", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;
  let service: Service;

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER], { LEADER_EMAILS: "pl@haarlem.nl" });
    ({ service, connector } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("posts a digest queued for a linked Teams channel as a new post in that channel", async () => {
    const link = message(LEADER, `<at>${BOT.name}</at> koppel RWB`, { serviceUrl: connector.url, channel: true }, [BOT]);
    expect((await running.post(link)).status).toBe(200);
    const channelId = "19:channel-abc@thread.tacv2";
    const digest = await service.app.core.digestFor("RWB", new Date(Date.now() - 7 * 24 * 3600 * 1000), new Date(), "nl");
    expect(digest).not.toBeNull();
    await running.database.prisma.outboxMessage.create({
      data: { dedupeKey: "digest:test", platform: "teams", target: channelId, payload: JSON.parse(JSON.stringify(digest)) },
    });
    const posted = await connector.waitFor(
      () => connector.sent.find((sent) => sent.conversationId === channelId && sent.replyToId === undefined),
      15_000,
    );
    expect(cardText(posted)).toContain("Weekoverzicht RWB");
    const outboxRow = () => running.database.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "digest:test" } });
    await expect.poll(async () => (await outboxRow()).status, { timeout: 5000 }).toBe("sent");
    expect(connector.sent.filter((sent) => sent.conversationId === channelId && sent.replyToId === undefined)).toHaveLength(1);
  });
});
