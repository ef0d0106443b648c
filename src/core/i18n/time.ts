/** Dates and durations as people read them, in Europe/Amsterdam. */
import type { Locale } from "../domain/locale.js";

const TIME_ZONE = "Europe/Amsterdam";
const DAY = 24 * 60 * 60 * 1000;

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatAgo(date: Date, now: Date, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { numeric: "auto" });
  const days = Math.round((date.getTime() - now.getTime()) / DAY);
  if (Math.abs(days) < 1) {
    const hours = Math.round((date.getTime() - now.getTime()) / (60 * 60 * 1000));
    return hours === 0 ? format.format(0, "minute") : format.format(hours, "hour");
  }
  if (Math.abs(days) < 14) return format.format(days, "day");
  if (Math.abs(days) < 70) return format.format(Math.round(days / 7), "week");
  return format.format(Math.round(days / 30), "month");
}
