/**
 * Status counts per week from the status history: the weekly movements summed from the first week on, so each
 * week shows how many actions had each status at its end. Weeks start on Monday in Europe/Amsterdam.
 */
import { ACTION_STATUSES, type ActionStatus } from "../domain/status.js";
import type { WeeklyStatusDelta } from "./dashboard-reader.js";

export interface WeekCounts {
  /** The Monday the week starts on, `YYYY-MM-DD`. */
  week: string;
  counts: Record<ActionStatus, number>;
  total: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayKey = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Amsterdam" });
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "Europe/Amsterdam" });
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function addDays(key: string, days: number): string {
  return new Date(new Date(`${key}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday (Europe/Amsterdam) of the week `date` falls in, `YYYY-MM-DD`. */
export function weekOf(date: Date): string {
  return addDays(dayKey.format(date), -WEEKDAYS.indexOf(weekday.format(date)));
}

function emptyCounts(): Record<ActionStatus, number> {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<ActionStatus, number>;
}

/**
 * The counts at the end of each week from the first week with history up to the week of `now`; at most the last
 * `maxWeeks` of them (the earlier movements still count towards the first week shown). Empty without history.
 */
export function weeklyCounts(deltas: readonly WeeklyStatusDelta[], now: Date, maxWeeks = 53): WeekCounts[] {
  if (deltas.length === 0) return [];
  const byWeek = new Map<string, WeeklyStatusDelta[]>();
  for (const delta of deltas) byWeek.set(delta.week, [...(byWeek.get(delta.week) ?? []), delta]);
  const weeks = [...byWeek.keys()].sort();
  const last = [weekOf(now), weeks.at(-1) ?? ""].sort().at(-1) ?? weekOf(now);
  const running = emptyCounts();
  const result: WeekCounts[] = [];
  for (let week = weeks[0] ?? last; week <= last; week = addDays(week, 7)) {
    for (const delta of byWeek.get(week) ?? []) running[delta.status] += delta.delta;
    const counts = { ...running };
    result.push({ week, counts, total: ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0) });
  }
  return result.slice(-maxWeeks);
}
