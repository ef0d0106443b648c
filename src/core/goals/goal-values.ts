/**
 * Numbers and dates as people type them in goals and measurements, validated with zod: `200`, `1.000` (a thousand),
 * `12,5` or `12.5`, `75%`; dates `31-12-2026`, `31-12` (the next such day), `2026-12-31`, also with `/` or `.`.
 */
import { z } from "zod";

/** A calendar date in Europe/Amsterdam, written YYYY-MM-DD. */
export type IsoDate = string;

/** A date as typed: without a year, the next such day is meant (resolved against today when the command runs). */
export interface TypedDate {
  day: number;
  month: number;
  year?: number;
}

/** Longest goal description and unit. */
export const MAX_GOAL_DESCRIPTION = 300;
export const MAX_GOAL_UNIT = 40;

/** The largest value a target or measurement may have. */
export const MAX_GOAL_VALUE = 1_000_000_000_000;

/** Reads `200`, `1.000`, `2.500,75`, `12,5`, `12.5`, `-3`, `75%`; null when the word is not a number. */
export function readNumber(word: string): number | null {
  const text = word.trim().replace(/%$/, "");
  let normal: string;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normal = text.replace(/\./g, "").replace(",", ".");
  else if (/^[+-]?\d+([.,]\d+)?$/.test(text)) normal = text.replace(",", ".");
  else return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date as typed, or null when it is not one (`31-02-2026`, `32-12`, `12-2026`). */
export function readTypedDate(word: string): TypedDate | null {
  const text = word.trim();
  let parts: { day: number; month: number; year?: number } | undefined;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (dmy) parts = { day: Number(dmy[1]), month: Number(dmy[2]), ...(dmy[3] ? { year: Number(dmy[3]) } : {}) };
  else if (ymd) parts = { day: Number(ymd[3]), month: Number(ymd[2]), year: Number(ymd[1]) };
  if (!parts) return null;
  const { day, month, year } = parts;
  if (year !== undefined && (year < 2000 || year > 2100)) return null;
  // Without a year, 29-02 is a date (of a leap year).
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year ?? 2000)) return null;
  return parts;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The date meant: as typed with a year; without one, this year's when it is not before today, else next year's. */
export function resolveDate(typed: TypedDate, today: IsoDate): IsoDate {
  if (typed.year !== undefined) return iso(typed.year, typed.month, typed.day);
  let year = Number(today.slice(0, 4));
  // 29-02 without a year: the next leap year's.
  while (typed.day > daysIn(typed.month, year) || iso(year, typed.month, typed.day) < today) year++;
  return iso(year, typed.month, typed.day);
}

/** A date in the agenda file: with its year, `2026-12-31` or `31-12-2026`. */
export const fileDateSchema = z.union([z.string(), z.date()]).transform((value, context) => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const typed = readTypedDate(value);
  if (typed?.year === undefined) {
    context.addIssue({ code: "custom", message: `"${value}" is not a date with a year; write e.g. 2026-12-31 or 31-12-2026` });
    return z.NEVER;
  }
  return iso(typed.year, typed.month, typed.day);
});

/** A goal's target: a number above 0. */
export const targetSchema = z.number().positive("target-not-positive").max(MAX_GOAL_VALUE, "value-too-large");

/** A measured value: a number of 0 or more. */
export const measuredValueSchema = z.number().min(0, "value-negative").max(MAX_GOAL_VALUE, "value-too-large");

/** A measured value as a form field carries it: empty means "no new value". */
export const measuredFieldSchema = z
  .string()
  .trim()
  .transform((text, context) => {
    if (text === "") return undefined;
    const value = readNumber(text);
    const checked = value === null ? null : measuredValueSchema.safeParse(value);
    if (!checked?.success) {
      context.addIssue({ code: "custom", message: "not-a-value" });
      return z.NEVER;
    }
    return checked.data;
  });
