/**
 * The port of reminder rounds: what the core needs stored. Every method that changes a round also queues its
 * messages in the same transaction, so a round is never started, followed up or closed without its messages.
 */
import type { PersonInfo, Platform } from "../domain/agenda.js";
import type { FundingState } from "../domain/funding.js";
import type { Locale } from "../domain/locale.js";
import type { ActionStatus } from "../domain/status.js";
import type { Message } from "../messages/model.js";
import type { ActionQuery } from "../ports.js";

/** What a round asks about: the status of the actions, or their funding (`herinner financiering`). */
export type RoundKind = "status" | "funding";

/** How a lead answered for one action. */
export type RoundAnswer = "updated" | "unchanged" | "not-mine";

/** Which actions a round covers: a filter as typed (`herinner thema 4`), or the default selection. */
export interface RoundFilter {
  query: ActionQuery;
  /** The default selection: actions still to be worked out, and running ones without an update for this many weeks. */
  staleWeeks?: number;
  /** The filter in the leader's words, for the preview and `ronde`. */
  description?: string;
  /** What the round asks about; absent: the status. Stored with the round (its `kind`). */
  kind?: RoundKind;
}

/** A message to queue in the outbox, with the key that makes queueing it twice a no-op. */
export interface Delivery {
  dedupeKey: string;
  platform: Platform;
  target: string;
  message: Message;
  /** After this the message is not worth sending any more (see `OutboxItem.usefulUntil`); none: a week. */
  usefulUntil?: Date;
}

export interface RecipientPlan {
  personId: number;
  codes: string[];
  /** Where the message goes; null when the person cannot be reached in chat. */
  platform: Platform | null;
  target: string | null;
}

export interface NewRound {
  startedAt: Date;
  startedById: number | null;
  automatic: boolean;
  locale: Locale;
  filter: RoundFilter;
  codes: string[];
  recipients: RecipientPlan[];
  followUpAt: Date;
  closesAt: Date;
}

export interface RoundItemView {
  code: string;
  title: string;
  status: ActionStatus;
  funding: FundingState;
  themeNumber: number;
  answer: RoundAnswer | null;
  answeredBy: PersonInfo | null;
  answeredAt: Date | null;
}

export interface RoundRecipientView {
  person: PersonInfo;
  codes: string[];
  platform: Platform | null;
  target: string | null;
  nudgedAt: Date | null;
}

export interface RoundView {
  id: number;
  status: "open" | "closed";
  automatic: boolean;
  locale: Locale;
  filter: RoundFilter;
  startedBy: PersonInfo | null;
  createdAt: Date;
  followUpAt: Date | null;
  followedUpAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  items: RoundItemView[];
  recipients: RoundRecipientView[];
}

export interface RoundStore {
  /** The people linked as leads of these actions, per action code. */
  leadsOf(codes: string[]): Promise<Map<string, PersonInfo[]>>;
  /** Where each of these people can be written to directly (Slack user, Teams personal chat), in one look-up. */
  directTargets(personIds: number[]): Promise<Map<number, { platform: Platform; target: string }[]>>;
  /** Of the open round's leads with actions in these themes (and among `codes`, when given): how many answered all of those, of how many; null without an open round. */
  responseRate(themes: number[], codes?: string[]): Promise<{ answered: number; total: number } | null>;
  /**
   * Stores the round with its items and recipients and queues the messages `deliveries` builds for its id, in one
   * transaction. Returns null (and stores nothing) when a round is already open.
   */
  startRound(round: NewRound, deliveries: (roundId: number) => Delivery[]): Promise<number | null>;
  /** The open round, if any. */
  openRound(): Promise<RoundView | null>;
  /** The newest round, open or closed. */
  latestRound(): Promise<RoundView | null>;
  /**
   * Stores the answer on the open round's item for this action (only in a round of this `kind`, when given); returns
   * the round id, or null when none is open or the action is not in it.
   */
  recordAnswer(code: string, personId: number | null, answer: RoundAnswer, at: Date, kind?: RoundKind): Promise<number | null>;
  /** Marks the follow-up sent and queues the nudges, once: false when it was already done or the round closed. */
  markFollowedUp(roundId: number, at: Date, nudged: number[], deliveries: Delivery[]): Promise<boolean>;
  /** Closes the round and queues the summary, once: false when it was already closed. */
  closeRound(roundId: number, at: Date, deliveries: Delivery[]): Promise<boolean>;
  /**
   * A lead's message sent another way (by e-mail instead of a refused Teams look-up): queued, and their channel in the
   * round becomes its, so the follow-up goes the same way, in one transaction. False (nothing changed) when the
   * round is no longer open or the key was queued before.
   */
  deliverInstead(roundId: number, personId: number, delivery: Delivery): Promise<boolean>;
  /** Queues messages about a round (a "not my action" notice) in the outbox; a repeated key stores nothing. */
  enqueue(deliveries: Delivery[]): Promise<number>;
}
