import { TeamsAdapter } from "@microsoft/teams-ai";
import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notice } from "../../src/core/messages/model.js";
import { TeamsSender } from "../../src/teams/teams-sender.js";
import { openTestAgenda, type TestAgenda } from "../support/agenda-fixture.js";
import { FakeConnector } from "../support/fake-connector.js";

/** What the Teams sender tells the outbox worker: a 429 is a rate limit (not a failed try) with its Retry-After. */
describe("Teams sender: the delivery contract", () => {
  let agenda: TestAgenda;
  let connector: FakeConnector;
  let sender: TeamsSender;
  const chat = "a:personal-chat-anna";

  beforeAll(async () => {
    connector = new FakeConnector();
    await connector.start();
    agenda = await openTestAgenda("pglite");
    await agenda.store.rememberConversation({
      platform: "teams",
      tenantId: "tenant-1",
      conversationId: chat,
      kind: "personal",
      personId: null,
      reference: { channelId: "msteams", serviceUrl: connector.url, conversation: { id: chat, tenantId: "tenant-1" }, bot: { id: "28:bot" } },
    });
    // Local mode (no app id): the adapter talks to the connector without tokens, as with the Agents Playground.
    const auth = { MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" };
    sender = new TeamsSender(new TeamsAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth)), "", agenda.store);
  });
  afterAll(async () => {
    await agenda?.close();
    await connector?.stop();
  });

  it("reports a 429 as a rate limit with its Retry-After, which the worker then waits out without counting a failure", async () => {
    // The connector client itself tries four times (honouring Retry-After) before the sender sees the 429.
    connector.failNext(4, 429, 1);
    expect(await sender.send(chat, notice("info", "Herinnering"))).toEqual({
      ok: false,
      error: "HTTP 429",
      retryAfterMs: 1000,
      permanent: false,
      rateLimited: true,
    });
    expect(connector.sent.filter((sent) => sent.conversationId === chat)).toHaveLength(0);
    expect(await sender.send(chat, notice("info", "Herinnering"))).toEqual({ ok: true });
    expect(connector.sent.filter((sent) => sent.conversationId === chat)).toHaveLength(1);
  });
});
