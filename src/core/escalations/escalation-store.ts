/**
 * The port of escalations: what the core needs stored. Raising and resolving one also queue its messages (the
 * post in the overleg's channels, the answer to the asker and the leads) in the same transaction.
 */
import type { ChangeChannel, Platform } from "../domain/agenda.js";
import type { Escalation, EscalationOutcome } from "../domain/escalation.js";
import type { Delivery } from "../rounds/round-store.js";

export interface NewEscalation {
  code: string;
  /** The overleg it is put to; none: the overleggen of the action's theme. */
  overlegCode?: string;
  question: string;
  personId: number | null;
  channel: ChangeChannel;
  at: Date;
}

export interface EscalationResolution {
  number: number;
  outcome: EscalationOutcome;
  /** The answer, or the reason for closing it. */
  text: string;
  personId: number | null;
  channel: ChangeChannel;
  at: Date;
}

/** Whose escalations: those put to this overleg, and those put to nobody in particular on actions of its themes. */
export interface OverlegScope {
  overlegCode: string;
  themes: number[];
}

/** A channel whose digest shows escalations. */
export interface DigestChannel {
  platform: Platform;
  tenantId: string;
  channelId: string;
}

export interface EscalationStore {
  /**
   * Stores the escalation with the next number of the agenda and queues the messages `deliveries` builds for it,
   * in one transaction. Throws UnknownActionError for an action that does not exist (or no longer).
   */
  raise(input: NewEscalation, deliveries: (raised: Escalation) => Delivery[]): Promise<Escalation>;
  /** The escalation with this number, whatever its state; null when there is none. */
  find(number: number): Promise<Escalation | null>;
  /** Open escalations, oldest first: all of them, or those of an overleg. */
  open(scope?: OverlegScope): Promise<Escalation[]>;
  /** Escalations of an overleg answered or closed in (since, until], in the order they were resolved. */
  resolvedBetween(scope: OverlegScope, since: Date, until: Date): Promise<Escalation[]>;
  /**
   * Resolves an open escalation and queues the messages `deliveries` builds for it, in one transaction. Returns
   * null, storing nothing, when it is not open (any more): another answer came first.
   */
  resolve(resolution: EscalationResolution, deliveries: (resolved: Escalation) => Delivery[]): Promise<Escalation | null>;
  /** Every escalation of the agenda, by number (for exports). */
  all(): Promise<Escalation[]>;
  /** Up to when this channel's digests have shown answered and closed escalations; null: never. */
  shownUntil(channel: DigestChannel): Promise<Date | null>;
  /** Records that this channel's digest showed the escalations resolved up to `at`. */
  markShown(channel: DigestChannel, at: Date): Promise<void>;
}
