/**
 * A Teams tenant where the bot reaches leads through Microsoft Graph (TEAMS_GRAPH_INSTALL=on): Graph, its token
 * endpoint and the Bot Connector as local fakes, Carla in the tenant, the bot in its catalog, and the project leader
 * in a personal chat with the bot. For the tests of a round's message reaching a lead who never opened the bot.
 */
import type { App } from "../../src/app.js";
import type { Config } from "../../src/config/env.js";
import type { AgendaStore } from "../../src/core/ports.js";
import { teamsOutboxSender } from "../../src/teams/teams-outbox-sender.js";
import type { TeamsSender } from "../../src/teams/teams-sender.js";
import { LEADER } from "./agenda-fixture.js";
import { authenticatedTeamsAdapter } from "./bot-token.js";
import { FakeConnector } from "./fake-connector.js";
import { FakeGraph } from "./fake-graph.js";

export const TENANT = "11111111-2222-3333-4444-555555555555";
export const APP = { id: "00000000-1111-2222-3333-444444444444", secret: "bot-secret" };
export const CATALOG_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
export const BOT_TOKEN = "bot-framework-token";
/** The project leader's personal chat with the bot. */
export const LEADER_CHAT = "a:leader-personal-chat";
/** In the tenant: Graph installs the bot for her. */
export const CARLA = { id: "aad-carla", mail: "carla@uwv.nl", displayName: "Carla Jansen" };

export interface GraphTenant {
  graph: FakeGraph;
  /** Wants BOT_TOKEN on every activity. */
  connector: FakeConnector;
}

/** Graph (Carla in the tenant, the bot in the catalog) and the Bot Connector, both started. */
export async function startGraphTenant(): Promise<GraphTenant> {
  const graph = new FakeGraph(TENANT, APP);
  const connector = new FakeConnector();
  await Promise.all([graph.start(), connector.start()]);
  connector.requireBearer = BOT_TOKEN;
  graph.addUser(CARLA);
  graph.addCatalogApp(CATALOG_ID, APP.id);
  return { graph, connector };
}

/** The project leader has written to the bot in Teams: what cannot be delivered is told in LEADER_CHAT. */
export async function rememberLeaderChat(store: AgendaStore, connector: FakeConnector): Promise<void> {
  const leader = await store.ensurePerson(LEADER, "Pim Projectleider");
  await store.rememberConversation({
    platform: "teams",
    tenantId: TENANT,
    conversationId: LEADER_CHAT,
    kind: "personal",
    personId: leader.id,
    reference: {
      channelId: "msteams",
      serviceUrl: connector.url,
      conversation: { id: LEADER_CHAT, tenantId: TENANT },
      bot: { id: `28:${APP.id}` },
    },
  });
}

/** The service's environment for the bot of APP in TENANT, installing itself through the fake Graph. */
export function graphTeamsEnv({ graph, connector }: GraphTenant): Record<string, string> {
  return {
    MicrosoftAppId: APP.id,
    MicrosoftAppPassword: APP.secret,
    MicrosoftAppType: "SingleTenant",
    MicrosoftAppTenantId: TENANT,
    TEAMS_GRAPH_INSTALL: "on",
    GRAPH_API_URL: graph.url,
    GRAPH_LOGIN_URL: graph.url,
    TEAMS_SERVICE_URL: connector.url,
  };
}

/** The app's Teams outbox sender, whose Bot Connector requests carry BOT_TOKEN. */
export function graphTeamsSender(config: Config, app: App): TeamsSender {
  return teamsOutboxSender(authenticatedTeamsAdapter(APP.id, TENANT, BOT_TOKEN), config.teams, "authenticated", app);
}
