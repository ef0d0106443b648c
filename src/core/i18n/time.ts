/** Dates and durations as people read them, in Europe/Amsterdam. Formatters are built once per locale. */
import type { Locale } from "../domain/locale.js";

const TIME_ZONE = "Europe/Amsterdam";
const DAY = 24 * 60 * 60 * 1000;
const TAG: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(TAG[locale], { day: "numeric", month: "short", year: "numeric", timeZone: TIME_ZONE });
    dateFormats.set(locale, format);
  }
  return format;
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dayKeys = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE });

function relativeFormat(locale: Locale): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(TAG[locale], { numeric: "always" });
    relativeFormats.set(locale, format);
  }
  return format;
}

function timeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(TAG[locale], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
    timeFormats.set(locale, format);
  }
  return format;
}

export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale).format(date);
}

/** A date with the time of day, e.g. "1 dec 2026 10:42", for history entries. */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${formatDate(date, locale)} ${timeFormat(locale).format(date)}`;
}

/** Calendar days between two moments in Amsterdam (0 on the same day, 1 for yesterday). */
function calendarDays(date: Date, now: Date): number {
  const midnight = (at: Date) => new Date(`${dayKeys.format(at)}T00:00:00Z`).getTime();
  return Math.round((midnight(now) - midnight(date)) / DAY);
}

const JUST_NOW: Record<Locale, string> = { nl: "zojuist", en: "just now" };
const YESTERDAY: Record<Locale, string> = { nl: "gisteren", en: "yesterday" };

/**
 * How long ago, as people say it: "zojuist", "4 minuten geleden", "3 uur geleden", "gisteren", "5 dagen geleden",
 * "3 weken geleden", "4 maanden geleden" (en: "just now", "4 minutes ago", "yesterday", …). A moment in the
 * future (a clock a little ahead) is "just now".
 */
export function formatAgo(date: Date, now: Date, locale: Locale): string {
  const format = relativeFormat(locale);
  const elapsed = Math.max(0, now.getTime() - date.getTime());
  const minutes = Math.floor(elapsed / (60 * 1000));
  if (minutes < 1) return JUST_NOW[locale];
  if (minutes < 60) return format.format(-minutes, "minute");
  const days = calendarDays(date, now);
  if (days <= 0) return format.format(-Math.floor(minutes / 60), "hour");
  if (days === 1) return YESTERDAY[locale];
  if (days < 14) return format.format(-days, "day");
  if (days < 70) return format.format(-Math.round(days / 7), "week");
  return format.format(-Math.round(days / 30), "month");
}
