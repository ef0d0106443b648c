/**
 * A channel may hold its digest over Dutch public holidays (`digest schema maandag 9:00 feestdagen overslaan`): an
 * occurrence on a holiday is due at the same time on the next working day, and is posted once, under its own
 * occurrence (so the claim and the outbox's dedupe key stay exactly-once). When the schedule's own next
 * occurrence comes first (a daily schedule), that one covers the holiday's and the held one is dropped.
 * The holidays are those of `calendar/dutch-holidays.ts` (Goede Vrijdag is not one; Bevrijdingsdag is, every year).
 */
import { holidayOn, onWorkingDay } from "../calendar/dutch-holidays.js";
import { HOLIDAY_PHRASES, type HolidayRule } from "../commands/vocabulary.js";
import { nextOccurrence, previousOccurrence } from "./cron-occurrence.js";

/** How far back to look for an occurrence held over holidays (Christmas and a weekend: at most four days). */
const LOOK_BACK = 14;

/** When an occurrence is due: itself; held over a holiday, the next working day; null when a later occurrence covers it. */
export function dueTime(schedule: string, occurrence: Date, skipHolidays: boolean): Date | null {
  if (!skipHolidays || !holidayOn(occurrence)) return occurrence;
  const due = onWorkingDay(occurrence);
  return nextOccurrence(schedule, occurrence).getTime() <= due.getTime() ? null : due;
}

/** The latest occurrence of the schedule whose due time has come by `now`. */
export function dueOccurrence(schedule: string, now: Date, skipHolidays: boolean): Date | null {
  let occurrence = previousOccurrence(schedule, now);
  for (let i = 0; i < LOOK_BACK; i++) {
    const due = dueTime(schedule, occurrence, skipHolidays);
    if (due && due.getTime() <= now.getTime()) return occurrence;
    occurrence = previousOccurrence(schedule, new Date(occurrence.getTime() - 1));
  }
  return null;
}

/** Splits a holiday phrase off the end (or the start) of a schedule as typed: `maandag 9:00 feestdagen overslaan`. */
export function readHolidayRule(text: string): { schedule: string; holidays?: HolidayRule } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const said = (part: string[]) => part.join(" ").toLowerCase();
  for (const { phrase, rule } of HOLIDAY_PHRASES) {
    const length = phrase.split(" ").length;
    if (words.length < length) continue;
    if (said(words.slice(-length)) === phrase) return { schedule: words.slice(0, -length).join(" "), holidays: rule };
    if (said(words.slice(0, length)) === phrase) return { schedule: words.slice(length).join(" "), holidays: rule };
  }
  return { schedule: words.join(" ") };
}
