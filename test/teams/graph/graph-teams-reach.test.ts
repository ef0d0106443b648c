import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readGraphConfig } from "../../../src/teams/graph/graph-config.js";
import { graphTeamsReach } from "../../../src/teams/graph/graph-teams-reach.js";
import { FakeGraph } from "../../support/fake-graph.js";

const TENANT = "11111111-2222-3333-4444-555555555555";
const APP = { id: "00000000-1111-2222-3333-444444444444", secret: "bot-secret" };
const CATALOG_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/** Why a lead cannot be reached through Teams, as Graph says it; and a lead who already has the app. */
describe("reaching a lead through Microsoft Graph", () => {
  let graph: FakeGraph;
  const reach = (env: Record<string, string> = {}, secret = APP.secret) => {
    const { config } = readGraphConfig(
      {
        TEAMS_GRAPH_INSTALL: "on",
        GRAPH_API_URL: graph.url,
        GRAPH_LOGIN_URL: graph.url,
        TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/",
        ...env,
      },
      { appId: APP.id, appPassword: secret, tenantId: TENANT },
    );
    if (!config) throw new Error("no Graph config");
    return graphTeamsReach(config, APP.id);
  };

  beforeEach(async () => {
    graph = new FakeGraph(TENANT, APP);
    await graph.start();
    graph.addUser({ id: "aad-eva", mail: "eva@velsen.nl", userPrincipalName: "e.smit@velsen.onmicrosoft.com", displayName: "Eva Smit" });
  });
  afterEach(() => graph.stop());

  it("finds a lead by sign-in name too, and does not install the app again for someone who has it", async () => {
    graph.addCatalogApp(CATALOG_ID, APP.id);
    expect(await reach().reach("eva@velsen.nl")).toMatchObject({ reachable: true, userId: "aad-eva" });
    const posts = () => graph.calls.filter((call) => call.method === "POST").length;
    expect(posts()).toBe(1);
    const again = await reach({ TEAMS_CATALOG_APP_ID: CATALOG_ID }).reach("e.smit@velsen.onmicrosoft.com");
    expect(again).toEqual({
      reachable: true,
      tenantId: TENANT,
      userId: "aad-eva",
      conversationId: graph.chatIdOf("aad-eva"),
      reference: {
        channelId: "msteams",
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        bot: { id: `28:${APP.id}` },
        user: { id: "aad-eva", aadObjectId: "aad-eva" },
        conversation: { id: graph.chatIdOf("aad-eva"), conversationType: "personal", tenantId: TENANT, isGroup: false },
      },
    });
    expect(posts()).toBe(1);
    // With TEAMS_CATALOG_APP_ID the catalog is not searched.
    expect(graph.calls.filter((call) => call.path === "/v1.0/appCatalogs/teamsApps")).toHaveLength(1);
  });

  it("names the reason: nobody with the address, the app not in the catalog, a wrong catalog id, a refused token", async () => {
    expect(await reach().reach("niemand@velsen.nl")).toEqual({
      reachable: false,
      reason: "not-found",
      detail: "nobody in the tenant has the address niemand@velsen.nl",
    });
    expect(await reach().reach("eva@velsen.nl")).toMatchObject({ reachable: false, reason: "app-not-in-catalog" });
    expect(await reach({ TEAMS_CATALOG_APP_ID: CATALOG_ID }).reach("eva@velsen.nl")).toMatchObject({
      reachable: false,
      reason: "app-not-in-catalog",
      detail: expect.stringContaining("Graph answered 404 NotFound while installing the app for the user"),
    });
    expect(await reach({}, "wrong").reach("eva@velsen.nl")).toMatchObject({
      reachable: false,
      reason: "refused",
      detail: expect.stringContaining("invalid_client"),
    });
    graph.outage("token", 1);
    expect(await reach().reach("eva@velsen.nl")).toMatchObject({ reachable: false, reason: "unavailable" });
    // Throttled: "not now", with Graph's Retry-After, which the outbox waits out.
    graph.throttled = 1;
    expect(await reach().reach("eva@velsen.nl")).toMatchObject({ reachable: false, reason: "unavailable", rateLimited: { retryAfterMs: 7000 } });
  });
});
