/**
 * The ports of the core: what it needs from persistence. Adapters (Prisma on PGlite or PostgreSQL,
 * or anything else) implement these; the core never imports them.
 */
import type { AgendaDefinition } from "./agenda-file/schema.js";
import type { ChannelSettings } from "./channel-settings.js";
import type { WeeklyStatusDelta } from "./dashboard/dashboard-reader.js";
import type {
  ActionActivity,
  ActionDetail,
  ActionSummary,
  AgendaInfo,
  ChangeChannel,
  OverlegInfo,
  PersonInfo,
  PillarInfo,
  Platform,
  SearchHit,
  ThemeInfo,
} from "./domain/agenda.js";
import type { FundingStatus } from "./domain/funding.js";
import type { Locale } from "./domain/locale.js";
import type { ActionStatus } from "./domain/status.js";
import type { Message } from "./messages/model.js";

export type { FundingChangeInput, FundingChangeResult, FundingHistoryEntry, FundingLedger } from "./funding-ports.js";
export {
  type CommandJournal,
  INBOUND_EVENT_RETENTION_MS,
  type InboundEventLog,
  type JournalEntry,
  type JournalRecord,
  type UnfinishedFree,
} from "./journal/journal-ports.js";

export interface ActionQuery {
  themes?: number[];
  pillarCodes?: string[];
  statuses?: ActionStatus[];
  /** Case-insensitive part of the scope, e.g. `ijmond`. */
  scope?: string;
  /** Case-insensitive part of a trekker organisation, e.g. `uwv`. */
  trekker?: string;
  /** Only actions within one of these areas of the region (an action the agenda gives no area counts everywhere). */
  areas?: string[];
  fundingStatuses?: FundingStatus[];
}

export interface AgendaReader {
  agenda(): Promise<AgendaInfo>;
  pillars(): Promise<PillarInfo[]>;
  themes(): Promise<ThemeInfo[]>;
  overleggen(): Promise<OverlegInfo[]>;
  /** One action with its leads, recent history, notes and escalations; null when unknown or retired. */
  findAction(code: string): Promise<ActionDetail | null>;
  /** True when an active action has this code (cheaper than findAction). */
  hasAction(code: string): Promise<boolean>;
  /** Actions in agenda order; at most `limit` when given. */
  listActions(query: ActionQuery, limit?: number): Promise<ActionSummary[]>;
  /** How many actions match, per status. */
  countByStatus(query: ActionQuery): Promise<Partial<Record<ActionStatus, number>>>;
  search(text: string, limit: number): Promise<SearchHit[]>;
  actionsLedBy(personId: number): Promise<ActionSummary[]>;
  /** All action codes, for "did you mean" suggestions. */
  actionCodes(): Promise<string[]>;
  /** Status changes (not the import) and notes since `since` on actions of these themes, oldest first. */
  activitySince(themes: number[], since: Date): Promise<ActionActivity[]>;
  /**
   * How the statuses moved per week on actions of these themes, only those within `areas` (or without areas) when
   * given: an overleg's reach. Summed with `weeklyCounts`, the digest's trend.
   */
  weeklyStatusDeltas(themes: number[], areas?: string[]): Promise<WeeklyStatusDelta[]>;
}

export interface StatusChangeInput {
  code: string;
  to: ActionStatus;
  note?: string;
  personId: number | null;
  channel: ChangeChannel;
}

export interface StatusChangeResult {
  from: ActionStatus;
  to: ActionStatus;
  at: Date;
}

export interface NoteInput {
  code: string;
  text: string;
  personId: number | null;
  channel: ChangeChannel;
}

/** Every method is one atomic unit: it is stored whole or not at all. */
export interface AgendaWriter {
  changeStatus(input: StatusChangeInput): Promise<StatusChangeResult>;
  addNote(input: NoteInput): Promise<{ at: Date }>;
  /** Returns false when the person already was a lead. */
  addLead(code: string, personId: number, assignedById: number | null): Promise<boolean>;
  /** Returns false when the person was not a lead. */
  removeLead(code: string, personId: number): Promise<boolean>;
}

export interface PlatformIdentityRef {
  platform: Platform;
  tenantId: string;
  externalId: string;
}

export interface PeopleDirectory {
  findByEmail(email: string): Promise<PersonInfo | null>;
  /** Finds or creates the person with this e-mail; updates the display name when one is given. */
  ensurePerson(email: string, displayName?: string): Promise<PersonInfo>;
  /** Both look-ups in one: the person linked to the chat account, else the one with this e-mail. */
  findByIdentityOrEmail(identity: PlatformIdentityRef, email: string | null): Promise<{ person: PersonInfo; linked: boolean } | null>;
  linkIdentity(personId: number, identity: PlatformIdentityRef): Promise<void>;
  /** The language the bot writes to this person in. `onlyWhenUnknown`: keeps one already stored (a platform's locale never overrides a choice). */
  setLocale(personId: number, locale: Locale, options?: { onlyWhenUnknown?: boolean }): Promise<void>;
  isLeadOf(personId: number, code: string): Promise<boolean>;
  /** Where this person can be written to directly: their Slack user (DM) and their Teams personal chat. */
  directTargets(personId: number): Promise<{ platform: Platform; target: string }[]>;
}

export interface ChannelLinkInput {
  overlegCode: string;
  platform: Platform;
  tenantId: string;
  channelId: string;
  linkedById: number | null;
  /** The language of a newly linked channel (a re-linked one keeps its own). */
  locale?: Locale;
}

/** Where the bot can later write without being spoken to (reminders, digests). */
export interface ConversationInput {
  platform: Platform;
  tenantId: string;
  conversationId: string;
  kind: "personal" | "channel" | "group";
  personId: number | null;
  /** The platform's own reference (Teams ConversationReference), stored as is. */
  reference: Record<string, unknown>;
}

/** A channel linked to an overleg, with its digest schedule. */
export interface LinkedChannel {
  platform: Platform;
  tenantId: string;
  channelId: string;
  overlegCode: string;
  /** Cron expression in Europe/Amsterdam, e.g. `0 9 * * 1` (Monday 09:00). */
  schedule: string;
  /** A digest falling on a Dutch public holiday comes at the same time on the next working day. */
  skipHolidays: boolean;
  locale: string;
  /** Since when the current schedule applies (linked, or the schedule changed): earlier occurrences are not caught up. */
  linkedAt: Date;
}

export interface ChannelDirectory {
  /** Every linked channel, for the digest scheduler. */
  linkedChannels(): Promise<LinkedChannel[]>;
  /** Stores or refreshes a conversation reference. */
  rememberConversation(input: ConversationInput): Promise<void>;
  /** Whether this region writes to this Slack workspace or Teams tenant (linked to it, or to none when that makes it its own). */
  ownsTenant(platform: "slack" | "teams", tenantId: string): Promise<boolean>;
  /** The stored reference of a conversation (a Teams channel matches the references of its threads). */
  conversationReference(platform: Platform, conversationId: string): Promise<Record<string, unknown> | null>;
  /** Links (or re-links) a channel to an overleg; returns the overleg it was linked to before, if any. */
  linkChannel(input: ChannelLinkInput): Promise<{ previous: string | null }>;
  linkedOverleg(platform: Platform, tenantId: string, channelId: string): Promise<string | null>;
  /** The link of this channel, with its schedule; null when it is not linked. */
  linkedChannel(platform: Platform, tenantId: string, channelId: string): Promise<LinkedChannel | null>;
  /** Sets a linked channel's digest schedule (cron, Europe/Amsterdam) from `at` on; false when it is not linked. */
  setDigestSchedule(platform: Platform, tenantId: string, channelId: string, schedule: string, at: Date): Promise<boolean>;
  /** Changes what is given of a linked channel's settings in one update; false when it is not linked. */
  configureChannel(platform: Platform, tenantId: string, channelId: string, settings: ChannelSettings): Promise<boolean>;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
  /** Actions whose status in the file differs from the living status (which is kept). */
  statusKept: string[];
  /** Actions whose funding in the file differs from the living decision (which is kept). */
  fundingKept: string[];
}

export interface AgendaImporter {
  /** Creates or updates the agenda from a validated definition in one transaction. */
  importAgenda(definition: AgendaDefinition): Promise<ImportSummary>;
  /** Slugs of the agendas in the store. */
  agendaSlugs(): Promise<string[]>;
}

/**
 * Exactly-once scheduled work: a run is claimed per (job, period, target) in the database before anything is
 * sent, so several instances and any number of restarts run it once.
 */
export interface JobClaims {
  /** True for the one caller that claims this run; false for everyone after. */
  claim(job: string, period: string, target: string, owner: string): Promise<boolean>;
  /** Marks a claimed run finished. */
  complete(job: string, period: string, target: string): Promise<void>;
  /** The latest period of this job and target before `period` (ISO timestamps sort as text), or null. */
  previousPeriod(job: string, target: string, period: string): Promise<string | null>;
  /** Claimed runs that never finished (the process died): to resume on start. */
  unfinished(job: string): Promise<{ period: string; target: string; owner: string; claimedAt: Date }[]>;
}

/** A message waiting in the outbox. */
export interface OutboxItem {
  id: bigint;
  dedupeKey: string;
  platform: Platform;
  /** Channel or user on the platform (Slack channel/user id; Teams conversation id). */
  target: string;
  message: Message;
  /** Failed tries so far (a rate limit is not a failure). */
  failures: number;
  /** After this the message is no longer worth sending: a rate limit is waited out until then, not longer. */
  usefulUntil?: Date;
}

/** Every outgoing message is stored here before it is sent; a worker sends and retries. */
export interface Outbox {
  /** Stores a message; a second call with the same key stores nothing (returns false). */
  enqueue(item: { dedupeKey: string; platform: Platform; target: string; message: Message; usefulUntil?: Date }): Promise<boolean>;
  /** Whether a message with this key is stored (waiting, sent or given up). */
  isStored(dedupeKey: string): Promise<boolean>;
  /** Leases due messages (of one platform, when given) to this worker until `leaseUntil`; a crashed worker's lease runs out and others resume. */
  claimDue(now: Date, leaseUntil: Date, limit: number, platform?: Platform): Promise<OutboxItem[]>;
  markSent(id: bigint, at: Date): Promise<void>;
  /** Back to waiting until `at`; `failed` counts the try as a failure; `error` is kept as the last error either way. */
  reschedule(id: bigint, at: Date, failed: boolean, error?: string): Promise<void>;
  markFailed(id: bigint, error: string): Promise<void>;
}

export type AgendaStore = AgendaReader & AgendaWriter & PeopleDirectory & ChannelDirectory;

/**
 * Whether the bot can post in a conversation (`koppel` checks it before linking a channel). Each adapter
 * provides it: Slack asks conversations.info; Teams can always post where it is installed.
 */
export type PostAccess =
  | { canPost: true }
  /** `not-member`: the bot is not in the channel (and may not post in it unasked); `missing-scope`: the app lacks `scope` to check. */
  | { canPost: false; reason: "not-member" }
  | { canPost: false; reason: "missing-scope"; scope: string };

export interface ChannelAccess {
  canPost(conversation: { tenantId: string; channelId: string }): Promise<PostAccess>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
