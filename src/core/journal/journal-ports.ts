/** The ports of what arrives: inbound events seen once, and the journal of acknowledged commands. */
import type { Platform } from "../domain/agenda.js";
import type { Message } from "../messages/model.js";

/**
 * Remembers inbound platform events, so a retried delivery is handled once, and the signatures of signed
 * requests, so a replayed one is ignored. Both only matter for a while (Slack retries an event within minutes; a
 * signature is valid for five minutes either side of its timestamp): older entries are forgotten.
 */
export interface InboundEventLog {
  /** True the first time this event id (or request signature) is seen for the platform; false for every repeat. */
  firstSeen(platform: Platform, eventId: string): Promise<boolean>;
  /** Forgets what was first seen before `cutoff`; returns how many entries went. */
  forgetBefore(cutoff: Date): Promise<number>;
}

/** How long seen events and request signatures are remembered: well past Slack's retries and signature window. */
export const INBOUND_EVENT_RETENTION_MS = 60 * 60_000;

/** A command stored before it was acknowledged, as the journal gives it back. */
export interface JournalEntry {
  id: bigint;
  platform: Platform;
  /** What the adapter needs to run and answer it, as the adapter wrote it. */
  request: Record<string, unknown>;
  /** Set once the command ran: the answer still to be given. */
  answer: Message | null;
  receivedAt: Date;
}

/** What is stored of a command before its acknowledgement. */
export interface JournalRecord {
  key: string;
  platform: Platform;
  request: Record<string, unknown>;
  owner: string;
  at: Date;
  leaseUntil: Date;
}

/** Which unfinished journal entries may be claimed: see `CommandJournal.claimUnfinished`. */
export interface UnfinishedFree {
  leaseEndedBy: Date;
  receivedBy?: Date;
}

/**
 * Commands acknowledged to their users: each is stored (one insert) before the acknowledgement, its answer once
 * it ran, and it is finished once answered. What a dead instance left unfinished is claimed by another (or the
 * same after a restart) when its lease runs out: the holder renews the lease while the command waits or runs.
 */
export interface CommandJournal {
  /** Stores a command leased to `owner`; null when `key` was stored before (a replay or a redelivery). */
  record(entry: JournalRecord): Promise<JournalEntry | null>;
  /** The command ran: keeps its answer, so a resumed entry is answered rather than run again. */
  ran(id: bigint, answer: Message): Promise<void>;
  /** Answered (or given up): never run again. */
  finish(id: bigint, at: Date): Promise<void>;
  /** Extends the lease of these unfinished entries that `owner` still holds. */
  renew(ids: bigint[], owner: string, leaseUntil: Date): Promise<void>;
  /**
   * Leases to `owner`, oldest first, unfinished entries of the platform (not those in `except`) that are free:
   * their lease ended by `free.leaseEndedBy`, or (taking over from a gone process) they arrived by `free.receivedBy`.
   */
  claimUnfinished(
    platform: Platform,
    owner: string,
    free: UnfinishedFree,
    leaseUntil: Date,
    limit: number,
    except: bigint[],
  ): Promise<JournalEntry[]>;
  /** Deletes entries finished before `cutoff`; returns how many. */
  forgetFinishedBefore(cutoff: Date): Promise<number>;
}
