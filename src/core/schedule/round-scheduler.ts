/**
 * The reminder rounds' clock: every run sends a due follow-up or closes a due round, and, with a schedule, starts
 * the automatic round of each occurrence exactly once (claimed in the database first). An occurrence on a weekend
 * or Dutch public holiday is held until the same time on the next working day.
 */
import { isWorkingDay, onWorkingDay } from "../calendar/dutch-holidays.js";
import type { Locale } from "../domain/locale.js";
import type { Clock, JobClaims } from "../ports.js";
import type { ReminderRounds } from "../rounds/reminder-rounds.js";
import { previousOccurrence } from "./cron-occurrence.js";

export const ROUND_JOB = "reminder-round";
/** A round missed by longer than this (the service was down) is not started late: the next occurrence starts one. */
const CATCH_UP_MS = 2 * 24 * 60 * 60 * 1000;
/** A claim unfinished for this long belongs to an instance that died while starting the round. */
const STALLED_MS = 5 * 60 * 1000;

export interface RoundSchedulerOptions {
  rounds: ReminderRounds;
  claims: JobClaims;
  clock: Clock;
  owner: string;
  /** Cron expression in Europe/Amsterdam; without one, rounds start only when a leader starts them. */
  schedule?: string;
  /** The agenda the rounds are for (the claim's target). */
  agenda: string;
  locale: Locale;
}

export interface RoundRun {
  started: boolean;
  nudged: number;
  closed: boolean;
}

export class RoundScheduler {
  constructor(private readonly options: RoundSchedulerOptions) {}

  /** When the automatic round of the latest occurrence is due: the occurrence, held to a working day. */
  dueOccurrence(now: Date): { occurrence: Date; due: Date } | null {
    if (!this.options.schedule) return null;
    // The occurrence held over a weekend may be older than the latest one (e.g. Saturday's, due Monday).
    let occurrence = previousOccurrence(this.options.schedule, now);
    for (let i = 0; i < 7 && onWorkingDay(occurrence).getTime() > now.getTime(); i++) {
      occurrence = previousOccurrence(this.options.schedule, new Date(occurrence.getTime() - 1));
    }
    const due = onWorkingDay(occurrence);
    return due.getTime() <= now.getTime() ? { occurrence, due } : null;
  }

  async runDue(): Promise<RoundRun> {
    const { rounds, claims, clock, owner, agenda } = this.options;
    const run: RoundRun = { started: false, ...(await rounds.runDue()) };
    const now = clock.now();
    const due = this.dueOccurrence(now);
    // Nothing starts on a weekend or holiday, also not a round caught up after downtime.
    if (!due || !isWorkingDay(now) || now.getTime() - due.due.getTime() > CATCH_UP_MS) return run;
    const period = due.occurrence.toISOString();
    if (await claims.claim(ROUND_JOB, period, agenda, owner)) {
      run.started = await this.start(period);
    } else {
      // Claimed by an instance that died before the round was stored: start it now. A round that did start is
      // still open, so starting again stores nothing (and at most one round is ever open).
      const stalled = (await claims.unfinished(ROUND_JOB)).find((claim) => claim.period === period && claim.target === agenda);
      if (stalled && now.getTime() - stalled.claimedAt.getTime() > STALLED_MS) run.started = await this.start(period);
    }
    return run;
  }

  private async start(period: string): Promise<boolean> {
    const { rounds, claims, agenda, locale } = this.options;
    const reply = await rounds.start({ query: {}, staleWeeks: rounds.settings.staleWeeks }, null, locale);
    await claims.complete(ROUND_JOB, period, agenda);
    return reply.changed;
  }
}
