/** What a chat adapter (Slack, Teams) gets from the composition root: the core, and the few ports it needs itself. */
import type { LeaderPolicy } from "./actor.js";
import type { AgendaCore } from "./agenda-core.js";
import type { Locale } from "./domain/locale.js";
import type { AcknowledgedCommands } from "./journal/acknowledged-commands.js";
import type { ChannelDirectory, InboundEventLog, PeopleDirectory } from "./ports.js";

export interface ChatAdapterDeps {
  core: AgendaCore;
  /** Who is asking (identify), and linking a chat account to a person. */
  people: PeopleDirectory;
  /** Conversation references for proactive messages. */
  channels: ChannelDirectory;
  /** Inbound events seen before (a platform's retries). */
  events: InboundEventLog;
  /** Commands stored before they are acknowledged, so a crash loses none. */
  journal: AcknowledgedCommands;
  leaders: LeaderPolicy;
  defaultLocale: Locale;
}

/**
 * The regions a chat adapter serves: each request goes to the region of its Slack workspace or Teams tenant, and
 * only there. A workspace or tenant of no region served here gets no region at all (its user is told so).
 */
export interface ChatRegions {
  /** The region of this workspace (Slack team id) or tenant; null when it belongs to none served here. */
  forTenant(platform: "slack" | "teams", tenantId: string): Promise<ChatAdapterDeps | null>;
  /** Every region served, for work that is not a request (resuming acknowledged commands). */
  all(): readonly ChatAdapterDeps[];
  /** Inbound events seen before: one table for all regions (a platform's retry is the same event). */
  events: InboundEventLog;
  defaultLocale: Locale;
}
