import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ConfigError, loadConfig } from "../../../src/config/env.js";
import { GraphDirectory } from "../../../src/teams/graph/graph-directory.js";
import { ClientCredentialsToken, TokenError } from "../../../src/teams/graph/graph-token.js";
import { FakeGraph } from "../../support/fake-graph.js";

const TENANT = "11111111-2222-3333-4444-555555555555";
const APP = { id: "00000000-1111-2222-3333-444444444444", secret: "bot-secret" };

describe("the Graph token (client credentials)", () => {
  let graph: FakeGraph;
  let now: number;
  const token = (secret = APP.secret) =>
    new ClientCredentialsToken({ loginUrl: graph.url, tenantId: TENANT, clientId: APP.id, clientSecret: secret }, () => now);

  beforeAll(async () => {
    graph = new FakeGraph(TENANT, APP);
    await graph.start();
  });
  afterAll(() => graph.stop());
  beforeEach(() => {
    now = Date.now();
    graph.tokenRequests.length = 0;
    graph.requests.length = 0;
  });

  it("is asked once with the app's credentials and Graph's scope, and shared by every call until it nearly expires", async () => {
    const provider = token();
    const first = await Promise.all([provider.get(), provider.get(), provider.get()]);
    expect(new Set(first).size).toBe(1);
    expect(await provider.get()).toBe(first[0]);
    expect(graph.tokenRequests).toEqual([
      { grant_type: "client_credentials", client_id: APP.id, client_secret: APP.secret, scope: "https://graph.microsoft.com/.default" },
    ]);
    // 54 minutes later it is still used; within five minutes of its hour a new one is asked.
    now += 54 * 60_000;
    expect(await provider.get()).toBe(first[0]);
    now += 2 * 60_000;
    const renewed = await provider.get();
    expect(renewed).not.toBe(first[0]);
    expect(graph.tokenRequests).toHaveLength(2);
  });

  it("does not keep a failure: after an outage of the token endpoint the next call gets a token", async () => {
    const provider = token();
    graph.outage("token", 1);
    await expect(provider.get()).rejects.toThrow(/503 temporarily_unavailable/);
    expect(typeof (await provider.get())).toBe("string");
    expect(graph.tokenRequests).toHaveLength(2);
  });

  it("says what the identity platform refused (a wrong secret), and asks again next time", async () => {
    const provider = token("wrong");
    const refused = await provider.get().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TokenError);
    expect((refused as TokenError).status).toBe(401);
    expect((refused as TokenError).message).toContain("invalid_client: AADSTS7000215");
    await expect(provider.get()).rejects.toThrow(TokenError);
    expect(graph.tokenRequests).toHaveLength(2);
  });

  it("sends Graph the token as a bearer, and a Graph outage is not kept: the next look-up asks Graph again", async () => {
    graph.addUser({ id: "aad-carla", mail: "carla@uwv.nl", displayName: "Carla Jansen" });
    const directory = new GraphDirectory(graph.url, token());
    graph.outage("graph", 1);
    await expect(directory.findUser("carla@uwv.nl")).rejects.toMatchObject({ statusCode: 503 });
    expect(await directory.findUser("Carla@UWV.nl")).toMatchObject({ id: "aad-carla" });
    expect(await directory.findUser("nobody@uwv.nl")).toBeNull();
    const bearers = graph.calls.map((call) => call.authorization);
    expect(bearers).toHaveLength(3);
    expect(new Set(bearers).size).toBe(1);
    expect(bearers[0]).toMatch(/^Bearer graph-token-\d+$/);
    expect(graph.calls[1]?.query).toContain("$filter=mail eq 'carla@uwv.nl' or userPrincipalName eq 'carla@uwv.nl'");
    expect(graph.tokenRequests).toHaveLength(1);
  });
});

describe("a token Graph no longer accepts", () => {
  it("is forgotten on Graph's 401, so the next call asks a new one", async () => {
    const graph = new FakeGraph(TENANT, APP);
    await graph.start();
    try {
      graph.addUser({ id: "aad-dirk", mail: "dirk@ijmondwerkt.nl", displayName: "Dirk de Boer" });
      const directory = new GraphDirectory(
        graph.url,
        new ClientCredentialsToken({ loginUrl: graph.url, tenantId: TENANT, clientId: APP.id, clientSecret: APP.secret }),
      );
      expect(await directory.findUser("dirk@ijmondwerkt.nl")).toMatchObject({ id: "aad-dirk" });
      graph.revokeTokens();
      await expect(directory.findUser("dirk@ijmondwerkt.nl")).rejects.toMatchObject({ statusCode: 401, code: "InvalidAuthenticationToken" });
      expect(await directory.findUser("dirk@ijmondwerkt.nl")).toMatchObject({ id: "aad-dirk" });
      expect(graph.tokenRequests).toHaveLength(2);
    } finally {
      await graph.stop();
    }
  });
});

describe("TEAMS_GRAPH_INSTALL", () => {
  const base = { MicrosoftAppId: APP.id, MicrosoftAppPassword: APP.secret };

  it("is off by default, and on it takes the bot's app registration, the tenant and the addresses to use", () => {
    expect(loadConfig(base).teams.graph).toBeNull();
    const graph = loadConfig({ ...base, MicrosoftAppTenantId: TENANT, TEAMS_GRAPH_INSTALL: "on" }).teams.graph;
    expect(graph).toEqual({
      tenantId: TENANT,
      clientId: APP.id,
      clientSecret: APP.secret,
      apiUrl: "https://graph.microsoft.com",
      loginUrl: "https://login.microsoftonline.com",
      catalogAppId: undefined,
      externalId: APP.id,
      serviceUrl: "https://smba.trafficmanager.net/teams/",
    });
  });

  it("names what is missing or wrong", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ ...base, TEAMS_GRAPH_INSTALL: "on" })).toEqual([
      "MicrosoftAppTenantId: is required with TEAMS_GRAPH_INSTALL=on (the tenant whose users the bot looks up)",
    ]);
    expect(problems({ ...base, MicrosoftAppTenantId: TENANT, TEAMS_GRAPH_INSTALL: "on", GRAPH_API_URL: "http://graph.example.com" })).toEqual([
      "GRAPH_API_URL: must be an https:// address (http:// only to 127.0.0.1 or localhost)",
    ]);
    expect(problems({ ...base, MicrosoftAppTenantId: TENANT, TEAMS_GRAPH_INSTALL: "on", TEAMS_CATALOG_APP_ID: "app-1" })).toEqual([
      "TEAMS_CATALOG_APP_ID: must be the app's id in the Teams app catalog, a GUID",
    ]);
    expect(problems({ ...base, TEAMS_GRAPH_INSTALL: "yes" })).toEqual(["TEAMS_GRAPH_INSTALL: must be on or off"]);
    // Off, the Graph settings are not read.
    expect(problems({ ...base, TEAMS_CATALOG_APP_ID: "app-1" })).toEqual([]);
  });
});
