/** What differs between a round about the status and one about funding: its words, and what each action shows. */
import type { ActionSummary } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { statusLabel } from "../domain/status.js";
import { texts } from "../i18n/index.js";
import type { RoundTexts } from "../i18n/texts.js";
import { fundingSummary } from "../messages/funding-views.js";
import type { RoundKind } from "./round-store.js";

/** The round texts for this kind: a funding round says "financiering" where a status round says "status". */
export function roundTexts(locale: Locale, kind: RoundKind = "status"): RoundTexts {
  const r = texts(locale).rounds;
  return kind === "funding" ? { ...r, ...texts(locale).funding.round } : r;
}

/** What a round asks the lead to confirm about an action: its status, or its funding. */
export function roundSubject(action: Pick<ActionSummary, "status" | "funding">, locale: Locale, kind: RoundKind = "status"): string {
  return kind === "funding" ? fundingSummary(action.funding, locale) : statusLabel(action.status, locale);
}
