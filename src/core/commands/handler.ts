/**
 * What one command is: who may run it, whether it names an action that must exist, and what it does.
 * Each command has one handler file under `handlers/`; the registry holds them all, keyed by command name.
 */
import type { Actor } from "../actor.js";
import type { DashboardLinks } from "../dashboard/dashboard-links.js";
import type { Platform } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import type { EscalationStore } from "../escalations/escalation-store.js";
import type { GoalStore } from "../goals/goal-store.js";
import type { Texts } from "../i18n/index.js";
import type { PeopleRegister } from "../people-file/people-register.js";
import type { Requirement } from "../permissions.js";
import type {
  AgendaReader,
  AgendaWriter,
  ChannelAccess,
  ChannelDirectory,
  Clock,
  FundingLedger,
  Outbox,
  PeopleDirectory,
  PlatformIdentityRef,
} from "../ports.js";
import type { PersonPrivacy } from "../privacy/person-privacy.js";
import type { RegionLeaderPolicy } from "../regions/region-leader-policy.js";
import type { Reply } from "../reply.js";
import type { ReminderRounds } from "../rounds/reminder-rounds.js";
import type { Command, CommandName } from "./types.js";
import type { WordReader } from "./word-reader.js";

/** Looks up a platform mention (`<@U123>`) to an e-mail address; provided by the platform adapter. */
export type MentionResolver = (id: string) => Promise<{ email: string; displayName?: string; identity?: PlatformIdentityRef } | null>;

/** What the handlers work with: the ports of the core. */
export interface CommandDeps {
  reader: AgendaReader;
  writer: AgendaWriter;
  people: PeopleDirectory;
  channels: ChannelDirectory;
  /** Funding decisions (`financiering`). */
  funding: FundingLedger;
  clock: Clock;
  defaultLocale: Locale;
  /** Where posts to channels go (`digest nu`); without it the core only answers the asking user. */
  outbox?: Outbox;
  /** People as data (`trekkers`, `taal`); without it those commands say they are not available. */
  register?: Pick<PeopleRegister, "leadsOverview">;
  /** Reminder rounds (`herinner`, `ronde`, answers); without them those commands say they are not available. */
  rounds?: ReminderRounds;
  escalations: EscalationStore;
  /** Goals, measurements and deadlines (`doel`, `meting`, `lijst verlopen`, `toon`). */
  goals: GoalStore;
  /** Sign-in links to the web dashboard (`dashboard`); without it the command says it is not available. */
  dashboard?: DashboardLinks;
  /** `persoon export` and `persoon vergeet`; without it those commands say they are not available. */
  privacy?: PersonPrivacy;
  /** The region's leaders (`leider`); without them that command says it is not available. */
  leaders?: RegionLeaderPolicy;
  /** Platforms that find a person by e-mail address when sending: answers also reach people who never used the bot. */
  reachableByEmail?: Platform[];
}

export interface CommandContext {
  actor: Actor;
  locale: Locale;
  t: Texts;
  deps: CommandDeps;
  resolveMention?: MentionResolver;
  /** Whether the bot can post in the asking conversation; without it, it can. */
  channelAccess?: ChannelAccess;
  /** The commands this actor may use, in help order. */
  commandsForActor(): CommandName[];
}

export type CommandOf<N extends Command["name"]> = Extract<Command, { name: N }>;

export interface CommandHandler<N extends Command["name"]> {
  /** Who may run it (and whom `help` shows it to). */
  requirement: Requirement;
  /** When the arguments raise it: `digest` is for everyone, `digest nu` is the leader's. */
  requirementFor?(command: CommandOf<N>): Requirement;
  /**
   * `checked`: the action the command names (its `code`) must exist, checked before the requirement;
   * omitted: the command names no action, or answers an unknown one itself.
   */
  action?: "checked";
  run(command: CommandOf<N>, context: CommandContext): Promise<Reply>;
}

/** A command with its own word: it also reads its arguments (the grammar has read the word). */
export interface WordHandler<N extends CommandName> extends CommandHandler<N> {
  /** The rest of the line as a command; `fail` (word-reader.ts) with a ParseError when it does not read. */
  parse(words: WordReader): Command;
}

/**
 * One handler per command; the compiler demands an entry for every name. A command word has a parser; the
 * variants it parses into (`status-form`, `digest-schedule`) are run by their own handlers.
 */
export type CommandHandlers = { [N in CommandName]: WordHandler<N> } & {
  [N in Exclude<Command["name"], CommandName>]: CommandHandler<N>;
};

/** The requirement of a command as given, resolving argument-dependent ones. */
export function requirementOf<N extends Command["name"]>(handler: CommandHandler<N>, command: CommandOf<N>): Requirement {
  return handler.requirementFor?.(command) ?? handler.requirement;
}
