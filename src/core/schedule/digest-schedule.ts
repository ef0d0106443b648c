/**
 * A channel's digest schedule as people say it: `vrijdag 14:00`, `ma 9:30`, `werkdagen 08:45` (or `friday 2pm`-free
 * English: `friday 14:00`), or a cron expression for anything else. Stored as cron in Europe/Amsterdam.
 */
import type { Locale } from "../domain/locale.js";
import { scheduleProblem } from "./cron-occurrence.js";

const DAYS: Record<string, string> = {
  zo: "0",
  zondag: "0",
  sun: "0",
  sunday: "0",
  ma: "1",
  maandag: "1",
  mon: "1",
  monday: "1",
  di: "2",
  dinsdag: "2",
  tue: "2",
  tuesday: "2",
  wo: "3",
  woensdag: "3",
  wed: "3",
  wednesday: "3",
  do: "4",
  donderdag: "4",
  thu: "4",
  thursday: "4",
  vr: "5",
  vrijdag: "5",
  fri: "5",
  friday: "5",
  za: "6",
  zaterdag: "6",
  sat: "6",
  saturday: "6",
  werkdagen: "1-5",
  weekdays: "1-5",
  dagelijks: "*",
  daily: "*",
};

const DAY_NAMES: Record<Locale, string[]> = {
  nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

export type ScheduleReading = { ok: true; cron: string } | { ok: false; problem: string };

/** Reads `<day> <HH:MM>` or a five-field cron expression. */
export function readDigestSchedule(text: string): ScheduleReading {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const day = words.length === 2 ? DAYS[words[0] ?? ""] : undefined;
  const time = words.length === 2 ? /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(words[1] ?? "") : null;
  if (day !== undefined && time) return { ok: true, cron: `${Number(time[2])} ${Number(time[1])} * * ${day}` };
  if (words.length === 5) {
    const problem = scheduleProblem(words.join(" "));
    return problem ? { ok: false, problem } : { ok: true, cron: words.join(" ") };
  }
  return { ok: false, problem: "not a day and time" };
}

/** A schedule in words where it is a day and a time (`vrijdag om 14:00`); otherwise the cron expression itself. */
export function describeSchedule(cron: string, locale: Locale): string {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* (\*|[0-6]|1-5)$/.exec(cron.trim());
  if (!match) return `cron \`${cron}\``;
  const time = `${match[2]?.padStart(2, "0")}:${match[1]?.padStart(2, "0")}`;
  const en = locale === "en";
  if (match[3] === "*") return en ? `every day at ${time}` : `elke dag om ${time}`;
  if (match[3] === "1-5") return en ? `every working day at ${time}` : `elke werkdag om ${time}`;
  const day = DAY_NAMES[locale][Number(match[3])] ?? "";
  return en ? `every ${day} at ${time}` : `elke ${day} om ${time}`;
}
