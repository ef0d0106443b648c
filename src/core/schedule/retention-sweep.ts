/**
 * Data minimisation: a periodic sweep deletes sent (or given up) outbox messages older than the retention in days,
 * and seen inbound events, request signatures and answered commands older than the retention in hours. One
 * instance runs it per hour: the run is claimed in the database first, as the other schedulers claim theirs.
 */
import type { Clock, CommandJournal, InboundEventLog, JobClaims } from "../ports.js";

export const RETENTION_JOB = "retention-sweep";

export interface RetentionSettings {
  /** Sent and given-up outbox messages are deleted this many days after they were sent (or queued). */
  outboxDays: number;
  /** Seen inbound event ids, request signatures and answered commands are deleted after this many hours. */
  eventsHours: number;
}

/** Long enough for Slack's retries (minutes) and its five-minute signature window; short for privacy. */
export const DEFAULT_RETENTION: RetentionSettings = { outboxDays: 90, eventsHours: 1 };

/** What the sweep deletes beyond the inbound event log and the command journal. */
export interface RetentionStore {
  /** Deletes outbox messages sent or given up before `cutoff`; pending ones are never touched. */
  forgetDeliveredBefore(cutoff: Date): Promise<number>;
  /** Deletes this job's own claims of periods claimed before `cutoff`, so the claims table does not grow. */
  forgetClaimsBefore(job: string, cutoff: Date): Promise<number>;
}

export interface RetentionSweepOptions {
  store: RetentionStore;
  events: Pick<InboundEventLog, "forgetBefore">;
  journal: Pick<CommandJournal, "forgetFinishedBefore">;
  claims: Pick<JobClaims, "claim" | "complete">;
  /** The rows are stamped by the database's clock, so production passes the real time. */
  clock: Clock;
  owner: string;
  settings: RetentionSettings;
}

export interface SweepResult {
  outbox: number;
  events: number;
  commands: number;
}

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export class RetentionSweep {
  constructor(private readonly options: RetentionSweepOptions) {}

  /** Runs the sweep of this hour when no instance has claimed it yet; null when another one has. */
  async runDue(): Promise<SweepResult | null> {
    const { claims, owner, clock } = this.options;
    const now = clock.now();
    const period = now.toISOString().slice(0, 13);
    if (!(await claims.claim(RETENTION_JOB, period, "all", owner))) return null;
    const result = await this.sweep(now);
    await claims.complete(RETENTION_JOB, period, "all");
    return result;
  }

  /** Deletes what is past its retention at `now`, unclaimed. */
  async sweep(now: Date): Promise<SweepResult> {
    const { store, events, journal, settings } = this.options;
    const eventsCutoff = new Date(now.getTime() - settings.eventsHours * HOUR_MS);
    const result = {
      outbox: await store.forgetDeliveredBefore(new Date(now.getTime() - settings.outboxDays * DAY_MS)),
      events: await events.forgetBefore(eventsCutoff),
      commands: await journal.forgetFinishedBefore(eventsCutoff),
    };
    await store.forgetClaimsBefore(RETENTION_JOB, new Date(now.getTime() - 2 * DAY_MS));
    return result;
  }
}
