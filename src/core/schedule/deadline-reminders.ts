/**
 * One reminder to the leads a configurable number of working days before a goal's date or an action's deadline,
 * through the outbox, exactly once: each (date, goal or deadline) is claimed in the database before anything is
 * queued, and every message has its own dedupe key, so several instances, restarts and a resumed claim send it once.
 */
import { amsterdamDate } from "../calendar/dutch-holidays.js";
import { amsterdamHour, workingDaysAfter, workingDaysBefore, workingDaysBetween } from "../calendar/working-dates.js";
import { dedupeKeys } from "../delivery/dedupe-keys.js";
import { emailFallback } from "../delivery/email-target.js";
import type { Platform } from "../domain/agenda.js";
import { isLocale, type Locale } from "../domain/locale.js";
import type { DatedItem, GoalStore, ItemLead } from "../goals/goal-store.js";
import { deadlineReminderMessage } from "../messages/goal-views.js";
import type { Clock, JobClaims, Outbox } from "../ports.js";

export const DEADLINE_JOB = "deadline-reminder";
export const DEFAULT_DEADLINE_REMINDER_DAYS = 5;
/** On its day a reminder goes out from this hour (Amsterdam), not at midnight. */
export const REMINDER_HOUR = 9;
/** A claim unfinished for this long belongs to an instance that died while queueing: it is done again. */
const STALLED_MS = 5 * 60 * 1000;

export interface DeadlineRemindersOptions {
  goals: Pick<GoalStore, "dueBetween">;
  claims: JobClaims;
  outbox: Pick<Outbox, "enqueue">;
  clock: Clock;
  /** Identifies this instance in the claims. */
  owner: string;
  /** Working days before the date that the reminder comes. */
  workingDays: number;
  /** The language of leads whose own is not known. */
  defaultLocale: Locale;
  /** Platforms that find a lead by e-mail address when sending, for leads who never spoke to the bot. */
  reachableByEmail?: Platform[];
}

const settledKey = (item: DatedItem) => `${item.date} ${item.key}`;

export class DeadlineReminders {
  /** Reminders claimed and finished (by any instance), so later runs ask the database no more about them. */
  private readonly settled = new Set<string>();

  constructor(private readonly options: DeadlineRemindersOptions) {}

  /** Claims and queues every reminder that is due; returns how many messages this instance queued. */
  async runDue(): Promise<number> {
    const { goals, claims, clock, owner, workingDays } = this.options;
    const now = clock.now();
    if (amsterdamHour(now) < REMINDER_HOUR) return 0;
    const today = amsterdamDate(now);
    const due = (await goals.dueBetween(today, workingDaysAfter(today, workingDays))).filter((item) => {
      const remindOn = workingDaysBefore(item.date, workingDays);
      // A goal set on or after its reminder day is fresh in its lead's mind: no reminder.
      return remindOn <= today && !(item.kind === "goal" && amsterdamDate(item.goal.createdAt) >= remindOn) && !this.settled.has(settledKey(item));
    });
    if (due.length === 0) return 0;
    const unfinished = new Map((await claims.unfinished(DEADLINE_JOB)).map((claim) => [`${claim.period} ${claim.target}`, claim.claimedAt]));
    let queued = 0;
    for (const item of due) {
      if (!(await claims.claim(DEADLINE_JOB, item.date, item.key, owner))) {
        // Claimed before: finished, in progress elsewhere, or left by an instance that died (then done again here).
        const claimedAt = unfinished.get(settledKey(item));
        if (!claimedAt) this.settled.add(settledKey(item));
        if (!claimedAt || now.getTime() - claimedAt.getTime() <= STALLED_MS) continue;
      }
      queued += await this.remind(item, item.leads, today, now);
      await claims.complete(DEADLINE_JOB, item.date, item.key);
      this.settled.add(settledKey(item));
    }
    return queued;
  }

  /** One message per lead the bot can reach, in the lead's language; useful until the date has passed. */
  private async remind(item: DatedItem, leads: ItemLead[], today: string, now: Date): Promise<number> {
    const days = workingDaysBetween(today, item.date);
    let queued = 0;
    for (const lead of leads) {
      const to = lead.targets[0] ?? emailFallback(lead.person.email, this.options.reachableByEmail);
      if (!to) continue;
      const locale = lead.locale && isLocale(lead.locale) ? lead.locale : this.options.defaultLocale;
      const stored = await this.options.outbox.enqueue({
        dedupeKey: dedupeKeys.deadlineReminder(item.key, item.date, lead.person.id),
        ...to,
        message: deadlineReminderMessage(item, days, now, locale),
        usefulUntil: new Date(`${item.date}T23:00:00Z`),
      });
      if (stored) queued++;
    }
    return queued;
  }
}
