/**
 * How far a goal is: its latest value against its target, and whether that is on schedule for its date. The
 * schedule is linear: from the goal's creation to the end of its date, the expected share grows evenly.
 */
import { amsterdamDate } from "../calendar/dutch-holidays.js";
import type { GoalView } from "./goal-store.js";
import type { IsoDate } from "./goal-values.js";

export type GoalSchedule = "reached" | "on-schedule" | "behind" | "overdue" | "no-date";

export interface GoalProgress {
  value: number;
  /** Value / target, 0 or more (above 1 when the target is exceeded). */
  share: number;
  /** Whole percent of the target, as shown. */
  percent: number;
  /** The share expected by now on a linear schedule; null without a date. */
  expected: number | null;
  schedule: GoalSchedule;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant after this Amsterdam date (to the hour: enough for a schedule of weeks or months). */
function endOf(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) + DAY_MS - 60 * 60 * 1000;
}

export function goalProgress(goal: Pick<GoalView, "target" | "dueDate" | "createdAt" | "latest">, now: Date): GoalProgress {
  const value = goal.latest?.value ?? 0;
  const share = goal.target > 0 ? value / goal.target : 0;
  const percent = Math.floor(share * 100);
  if (!goal.dueDate) return { value, share, percent, expected: null, schedule: share >= 1 ? "reached" : "no-date" };
  const start = goal.createdAt.getTime();
  const end = endOf(goal.dueDate);
  const expected = end <= start ? 1 : Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
  if (share >= 1) return { value, share, percent, expected, schedule: "reached" };
  if (amsterdamDate(now) > goal.dueDate) return { value, share, percent, expected, schedule: "overdue" };
  // Compared as shown: behind only when the percent reached is below the percent expected.
  return { value, share, percent, expected, schedule: percent >= Math.round(expected * 100) ? "on-schedule" : "behind" };
}

/** A bar of `width` blocks filled to the share (at most full). */
export function progressBar(share: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
}
