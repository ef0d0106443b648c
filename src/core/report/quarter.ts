/**
 * A quarter of the calendar year as the council reads it: `2026-K4` (Dutch *kwartaal*), `2026-Q4` accepted too.
 * It runs from midnight on its first day to midnight after its last, in Europe/Amsterdam.
 */
import { z } from "zod";
import { amsterdamDate } from "../calendar/dutch-holidays.js";

export interface Quarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
  /** `2026-K4`: how it is written in file names, links and titles. */
  label: string;
  /** First and last calendar day, `YYYY-MM-DD`. */
  firstDay: string;
  lastDay: string;
  /** Midnight in Amsterdam on the first day. */
  start: Date;
  /** Midnight in Amsterdam after the last day (exclusive). */
  end: Date;
}

const QUARTER_PATTERN = /^(\d{4})[- ]?[KkQq]([1-4])$/;

/** zod: `2026-K4`, `2026-Q4`, `2026K4`, `2026 K4` (any case), year 2000 to 2100. */
export const quarterSchema = z
  .string()
  .trim()
  .regex(QUARTER_PATTERN, { message: "expected a quarter like 2026-K4" })
  .transform((text) => {
    const [, year, quarter] = QUARTER_PATTERN.exec(text) ?? [];
    return quarterOf(Number(year), Number(quarter));
  })
  .refine((quarter) => quarter.year >= 2000 && quarter.year <= 2100, { message: "the year must lie between 2000 and 2100" });

export type QuarterParse = { ok: true; quarter: Quarter } | { ok: false; given: string };

export function parseQuarter(given: string): QuarterParse {
  const parsed = quarterSchema.safeParse(given);
  return parsed.success ? { ok: true, quarter: parsed.data } : { ok: false, given };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant of midnight in Amsterdam at the start of `date` (`YYYY-MM-DD`). */
export function amsterdamMidnight(date: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  // Amsterdam is UTC+1 or +2; midnight there is 22:00 or 23:00 UTC the day before.
  for (const hours of [1, 2]) {
    const candidate = new Date(guess.getTime() - hours * 3600_000);
    if (amsterdamDate(candidate) === date && amsterdamDate(new Date(candidate.getTime() - 1)) !== date) return candidate;
  }
  return guess;
}

export function quarterOf(year: number, quarter: number): Quarter {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDate = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const firstDay = `${year}-${pad(firstMonth)}-01`;
  const lastDay = `${year}-${pad(lastMonth)}-${pad(lastDate)}`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(lastMonth + 1)}-01`;
  return { year, quarter, label: `${year}-K${quarter}`, firstDay, lastDay, start: amsterdamMidnight(firstDay), end: amsterdamMidnight(next) };
}

/** The quarter `now` falls in, in Amsterdam. */
export function currentQuarter(now: Date): Quarter {
  const date = amsterdamDate(now);
  return quarterOf(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
}

/** The quarter before this one. */
export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.quarter === 1 ? quarterOf(quarter.year - 1, 4) : quarterOf(quarter.year, quarter.quarter - 1);
}
