/** Working days counted on calendar dates (YYYY-MM-DD, Europe/Amsterdam): weekends and Dutch public holidays skipped. */
import { isWorkingDay } from "./dutch-holidays.js";

/** Noon UTC lies on the same calendar day in Amsterdam. */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

function shift(date: string, days: number): string {
  const at = noon(date);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function isWorkingDate(date: string): boolean {
  return isWorkingDay(noon(date));
}

/** The date `days` working days before `date` (5 before Thursday 31-12-2026: Wednesday 23-12, past Christmas). */
export function workingDaysBefore(date: string, days: number): string {
  let result = date;
  for (let counted = 0; counted < days; ) {
    result = shift(result, -1);
    if (isWorkingDate(result)) counted++;
  }
  return result;
}

/** The date `days` working days after `date`. */
export function workingDaysAfter(date: string, days: number): string {
  let result = date;
  for (let counted = 0; counted < days; ) {
    result = shift(result, 1);
    if (isWorkingDate(result)) counted++;
  }
  return result;
}

/** How many working days come after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let date = shift(from, 1); date <= to; date = shift(date, 1)) if (isWorkingDate(date)) count++;
  return count;
}

const AMSTERDAM_HOUR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23" });

/** The hour of the day in Amsterdam (0–23). */
export function amsterdamHour(instant: Date): number {
  return Number(AMSTERDAM_HOUR.format(instant));
}
