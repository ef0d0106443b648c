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

function relativeFormat(locale: Locale): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(TAG[locale], { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  return format;
}

export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale).format(date);
}

export function formatAgo(date: Date, now: Date, locale: Locale): string {
  const format = relativeFormat(locale);
  const days = Math.round((date.getTime() - now.getTime()) / DAY);
  if (Math.abs(days) < 1) {
    const hours = Math.round((date.getTime() - now.getTime()) / (60 * 60 * 1000));
    return hours === 0 ? format.format(0, "minute") : format.format(hours, "hour");
  }
  if (Math.abs(days) < 14) return format.format(days, "day");
  if (Math.abs(days) < 70) return format.format(Math.round(days / 7), "week");
  return format.format(Math.round(days / 30), "month");
}
