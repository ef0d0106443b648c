/** How the outbox worker paces, retries and leases what it sends; the defaults suit Slack and Teams. */
import type { Platform } from "../domain/agenda.js";

export interface DeliveryPolicy {
  /** Least time between two messages to the same target, per platform (Slack: about one a second per channel). */
  pacingMs: Partial<Record<Platform, number>>;
  /**
   * The platform's limit for the whole app, in messages per second (Slack's workspace limit on chat.postMessage,
   * Teams' per-app-per-tenant limit, the mail rate MAIL_MESSAGES_PER_SECOND). The worker sends at `rateHeadroom`
   * of it, so it never runs into the limit. Only the platforms named here are polled.
   */
  ratePerSecond: Partial<Record<Platform, number>>;
  rateHeadroom: number;
  /** Failed tries before giving up (rate-limited tries do not count). */
  maxAttempts: number;
  baseBackoffMs: number;
  /** The longest back-off, and how often a message waiting for its workspace to install the app is looked at again. */
  maxBackoffMs: number;
  /** How long a claimed message is reserved for this worker. */
  leaseMs: number;
  batchSize: number;
}

export const DEFAULT_DELIVERY_POLICY = {
  pacingMs: { slack: 1100, teams: 1000 },
  // Slack allows "several hundred messages a minute" per workspace; Teams 50 requests a second per app and tenant,
  // of which replies to users take their share.
  ratePerSecond: { slack: 5, teams: 30 },
  rateHeadroom: 0.95,
  maxAttempts: 6,
  baseBackoffMs: 2000,
  maxBackoffMs: 5 * 60_000,
  leaseMs: 60_000,
  batchSize: 50,
} satisfies DeliveryPolicy;
