/**
 * The Teams sender of the outbox as the service builds it: proactive messages through the adapter, and with
 * Graph set up (TEAMS_GRAPH_INSTALL=on, authenticated mode) leads who never opened the bot reached by e-mail, in the
 * Graph tenant only when it is the region's own.
 */
import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { ChannelDirectory, PeopleDirectory } from "../core/ports.js";
import { graphTeamsReach } from "./graph/graph-teams-reach.js";
import { OwnTenantReach } from "./graph/own-tenant-reach.js";
import type { TeamsConfig } from "./teams-config.js";
import { TeamsEmailTargets } from "./teams-email-targets.js";
import { TeamsSender } from "./teams-sender.js";

export function teamsOutboxSender(
  adapter: TeamsAdapter,
  config: Pick<TeamsConfig, "appId" | "graph">,
  mode: "local" | "authenticated",
  stores: {
    people: Pick<PeopleDirectory, "findByEmail" | "linkIdentity">;
    channels: Pick<ChannelDirectory, "conversationReference" | "rememberConversation" | "ownsTenant">;
  },
): TeamsSender {
  const graph = config.graph && config.appId && mode === "authenticated" ? graphTeamsReach(config.graph, config.appId) : undefined;
  const reach =
    graph && config.graph ? new OwnTenantReach(graph, config.graph.tenantId, (tenantId) => stores.channels.ownsTenant("teams", tenantId)) : undefined;
  const emailTargets = reach ? new TeamsEmailTargets({ reach, people: stores.people, channels: stores.channels }) : undefined;
  return new TeamsSender(adapter, config.appId ?? "", stores.channels, emailTargets);
}
