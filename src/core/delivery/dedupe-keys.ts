/**
 * The outbox's exactly-once contract in one place: every message is stored under a key, and a second message
 * with the same key is not stored. A key names what the message is for, so a resumed round, a repeated
 * button press or a second instance produce the same key and nothing is sent twice.
 */
import type { Platform } from "../domain/agenda.js";

/** Where a message goes, as part of a key. */
export interface KeyTarget {
  platform: Platform;
  target: string;
}

const to = (target: KeyTarget) => `${target.platform}:${target.target}`;

/** Prefix of the notices about a message that could not be delivered (never reported again themselves). */
const FAILURE_PREFIX = "failed:";
const BY_MAIL_SUFFIX = ":by-mail";
const ROUND_LEAD = /^round:(\d+):(?:lead|nudge):(\d+)(?::by-mail)?$/;

export const dedupeKeys = {
  /** A channel's scheduled digest, per occurrence. */
  digest: (channelKey: string, occurrence: Date) => `digest:${channelKey}:${occurrence.toISOString()}`,
  /** `digest nu`, per channel and clock minute (digest.ts does not post again in the minute after either). */
  digestNow: (platform: Platform, tenantId: string, channelId: string, now: Date) =>
    `digest-now:${platform}:${tenantId}:${channelId}:${now.toISOString().slice(0, 16)}`,
  /** A lead's reminder: one per round and person, however often the round is resumed. */
  roundReminder: (roundId: number, personId: number) => `round:${roundId}:lead:${personId}`,
  /** The one follow-up to a lead who has not answered. */
  roundNudge: (roundId: number, personId: number) => `round:${roundId}:nudge:${personId}`,
  /** The leaders' notice that a round started. */
  roundStarted: (roundId: number, target: KeyTarget) => `round:${roundId}:started:${to(target)}`,
  /** A scheduled round that could not start (one is still open), once a day. */
  roundScheduledSkipped: (openRoundId: number, day: string, target: KeyTarget) => `round:${openRoundId}:scheduled-skipped:${day}:${to(target)}`,
  /** A scheduled round that did not start because it would message nobody, once a day. */
  roundScheduledNobody: (day: string, target: KeyTarget) => `round:scheduled-nobody:${day}:${to(target)}`,
  /** The summary when a round closes. */
  roundSummary: (roundId: number, target: KeyTarget) => `round:${roundId}:summary:${to(target)}`,
  /** A lead's "not mine", told to the leaders once per round period, action and person. */
  notMine: (period: string, code: string, personId: number | undefined, target: KeyTarget) => `not-mine:${period}:${code}:${personId}:${to(target)}`,
  /** An escalation's post in a channel of its overleg, once per escalation and channel. */
  escalationRaised: (escalationId: number, target: KeyTarget) => `escalation:${escalationId}:raised:${to(target)}`,
  /** The answer (or closure) of an escalation to the asker or a lead, once per escalation and person's chat. */
  escalationResolved: (escalationId: number, target: KeyTarget) => `escalation:${escalationId}:resolved:${to(target)}`,
  /** A lead's reminder before a goal's date or an action's deadline (`item`: `goal:<id>`, `deadline:<code>`), once per date. */
  deadlineReminder: (item: string, date: string, personId: number) => `deadline:${item}:${date}:lead:${personId}`,
  /**
   * The e-mail sent instead of a message whose `email:` target the chat platform refused for good (Teams through
   * Graph): one per outbox message, however often its failure is reported. Keeps the message's own kind.
   */
  byMail: (dedupeKey: string) => `${dedupeKey}${BY_MAIL_SUFFIX}`,
  /** The round and lead of a lead's reminder or nudge key (also when sent by e-mail instead), or null for any other key. */
  roundLeadOf: (key: string): { roundId: number; personId: number } | null => {
    const match = ROUND_LEAD.exec(key);
    return match ? { roundId: Number(match[1]), personId: Number(match[2]) } : null;
  },
  /** The leaders hear once about a message that could not be delivered. */
  deliveryFailed: (outboxId: bigint, target: KeyTarget) => `${FAILURE_PREFIX}${String(outboxId)}:${to(target)}`,
  /**
   * The leaders hear once a day (UTC date) that messages waited in vain for the region's workspace to install the
   * app, however many were given up. A failure notice too.
   */
  notInstalled: (day: string, target: KeyTarget) => `${FAILURE_PREFIX}not-installed:${day}:${to(target)}`,
  /** True for a failure notice, which is never reported again when it fails itself. */
  isDeliveryFailure: (key: string) => key.startsWith(FAILURE_PREFIX),
};
