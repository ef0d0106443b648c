/**
 * Funding as a tracked decision: each action's funding has a state (like its status), a source, an amount in
 * euro and a note. The agenda file's free text (*financiering*) seeds it; after that it changes only by command.
 */
import type { Locale } from "./locale.js";
import { phrasePrefix } from "./phrase-prefix.js";

export const FUNDING_STATUSES = ["nader_te_bepalen", "aangevraagd", "toegekend", "afgewezen"] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** The decisions still open: a round about funding chases these, and the digest lists them. */
export const OPEN_FUNDING_STATUSES: readonly FundingStatus[] = ["nader_te_bepalen", "aangevraagd"];

export function isOpenFunding(status: FundingStatus): boolean {
  return OPEN_FUNDING_STATUSES.includes(status);
}

/** An action's funding as it stands. */
export interface FundingState {
  status: FundingStatus;
  /** Where the money comes (or should come) from: PoW, ESF, gemeente, …; null when not known. */
  source: string | null;
  /** In euro cents; null when no amount is known. */
  amountCents: number | null;
  note: string | null;
  /** Last change by command or form; null while only the import set it. */
  changedAt: Date | null;
}

/** What a `financiering` command or the form decides; `source`/`amountCents` undefined keep the current value, null clears it. */
export interface FundingDecision {
  status: FundingStatus;
  source?: string | null;
  amountCents?: number | null;
  note?: string;
}

export const FUNDING_LABELS: Record<Locale, Record<FundingStatus, string>> = {
  nl: { nader_te_bepalen: "nader te bepalen", aangevraagd: "aangevraagd", toegekend: "toegekend", afgewezen: "afgewezen" },
  en: { nader_te_bepalen: "to be decided", aangevraagd: "applied for", toegekend: "granted", afgewezen: "rejected" },
};

/** Words people type for each funding state, Dutch first, English aliases after. Lower case, single spaces. */
const FUNDING_PHRASES: Record<FundingStatus, readonly string[]> = {
  nader_te_bepalen: ["nader te bepalen", "ntb", "onbekend", "to be decided", "tbd", "undecided", "unknown"],
  aangevraagd: ["aangevraagd", "aanvraag ingediend", "ingediend", "applied for", "applied", "requested", "pending"],
  toegekend: ["toegekend", "verleend", "rond", "granted", "awarded", "approved"],
  afgewezen: ["afgewezen", "niet toegekend", "geweigerd", "rejected", "refused", "denied", "declined"],
};

export function fundingLabel(status: FundingStatus, locale: Locale): string {
  return FUNDING_LABELS[locale][status];
}

/** Every phrase that names a funding state, longest first, so `niet toegekend` wins over `toegekend`'s neighbours. */
export const FUNDING_VOCABULARY: readonly { phrase: string; status: FundingStatus }[] = FUNDING_STATUSES.flatMap((status) =>
  FUNDING_PHRASES[status].map((phrase) => ({ phrase, status })),
).sort((a, b) => b.phrase.split(" ").length - a.phrase.split(" ").length || b.phrase.length - a.phrase.length);

/** Reads the longest funding phrase at the start of `words` (the canonical ids too); the state and the words it used. */
export function readFundingPrefix(words: readonly string[]): { status: FundingStatus; used: number } | undefined {
  const found = phrasePrefix(FUNDING_VOCABULARY, words);
  if (found) return found;
  const first = words[0]?.toLowerCase();
  const id = FUNDING_STATUSES.find((status) => status === first);
  return id ? { status: id, used: 1 } : undefined;
}

/** Free text that leaves the funding open: empty, `nader te bepalen` (also `lokaal nader te bepalen`), unknown. */
const OPEN_TEXT = /^\s*$|nader\s+te\s+bepalen|^\s*(?:onbekend|n\.?t\.?b\.?|\?+|-)\s*$/i;

/**
 * The funding the agenda file's free text stands for: open (*nader te bepalen*) where it says so or says nothing;
 * otherwise the named source is taken as granted (the action runs on it), with the text as the source. The migration
 * `20261201111000_funding_decision` seeds existing rows by the same rule.
 */
export function seedFunding(text: string): Pick<FundingState, "status" | "source"> {
  const trimmed = text.trim();
  if (OPEN_TEXT.test(trimmed)) return { status: "nader_te_bepalen", source: null };
  return { status: "toegekend", source: trimmed };
}
