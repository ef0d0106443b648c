/**
 * Amounts in euro as people type them, Dutch and plain notations: `€40.000`, `€ 40.000,50`, `40000`, `40.000,-`,
 * `EUR 1.250`; the English grouping `€40,000` and `€40,000.50` read too. Kept as whole cents.
 */
import type { Locale } from "./locale.js";

/** The largest amount accepted: a billion euro. */
export const MAX_EURO_CENTS = 1_000_000_000 * 100;

export type EuroProblem = "invalid-amount" | "amount-out-of-range";

const PREFIX = /^(?:€|eur\b|euro\b)\s*/i;
const SUFFIX = /(?:[.,]-{1,2}|\s*(?:euro|eur|€))$/i;
const NOTATIONS: readonly RegExp[] = [
  // Digits, optionally with one or two decimals: 40000, 40000,50, 1.5
  /^(?<whole>\d+)(?:[.,](?<cents>\d{1,2}))?$/,
  // Dutch grouping: 40.000, 1.250.000,75
  /^(?<whole>\d{1,3}(?:\.\d{3})+)(?:,(?<cents>\d{1,2}))?$/,
  // English grouping: 40,000, 40,000.50
  /^(?<whole>\d{1,3}(?:,\d{3})+)(?:\.(?<cents>\d{1,2}))?$/,
];

/** The amount in cents, or what is wrong with it. */
export function parseEuro(text: string): { ok: true; cents: number } | { ok: false; problem: EuroProblem } {
  const number = text.trim().replace(PREFIX, "").replace(SUFFIX, "").trim();
  for (const notation of NOTATIONS) {
    const match = notation.exec(number);
    if (!match?.groups?.whole) continue;
    const whole = Number(match.groups.whole.replace(/[.,]/g, ""));
    const cents = whole * 100 + Number((match.groups.cents ?? "0").padEnd(2, "0"));
    if (!Number.isSafeInteger(cents) || cents <= 0 || cents > MAX_EURO_CENTS) return { ok: false, problem: "amount-out-of-range" };
    return { ok: true, cents };
  }
  return { ok: false, problem: "invalid-amount" };
}

/** Whether a word is meant as an amount (a euro sign, or a leading digit): such a word must then read as one. */
export function looksLikeEuro(word: string): boolean {
  return /^(?:€|\d)/.test(word.trim());
}

/** `€ 40.000` and `€ 40.000,50` in Dutch, `€40,000` and `€40,000.50` in English. */
export function formatEuro(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
