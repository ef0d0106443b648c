/** What `/metrics` reads from the database on each scrape (implemented in persistence/prisma-operational-stats.ts). */
import type { Platform } from "../core/domain/agenda.js";

/** Messages waiting to be sent (pending, or being sent) on one platform. */
export interface OutboxBacklog {
  platform: Platform;
  depth: number;
  /** When the oldest waiting message was queued; null when none waits. */
  oldestQueuedAt: Date | null;
}

export interface OperationalStats {
  /** One entry per platform, also for a platform with nothing waiting. */
  outboxBacklog(): Promise<OutboxBacklog[]>;
  /** Reminder rounds open on the agenda this instance serves. */
  openRounds(): Promise<number>;
}
