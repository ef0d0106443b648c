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
