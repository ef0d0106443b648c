/**
 * The funding grammar, shared by `financiering`, the `financiering` filter of `lijst`/`herinner` and the form:
 * `financiering 1.3 <stand> [bron] [bedrag] [toelichting]`. The source is one word, or several in quotes
 * (`"gemeente Haarlem"`); `-` in its place gives a note without a source. *Nader te bepalen* takes only a note.
 */
import { z } from "zod";
import { looksLikeEuro, parseEuro } from "../domain/euro.js";
import { FUNDING_VOCABULARY, type FundingDecision, type FundingStatus, OPEN_FUNDING_STATUSES, readFundingPrefix } from "../domain/funding.js";
import { MAX_NOTE_LENGTH } from "../domain/text-limits.js";
import { hasNoControlCharacter, optionalNoteSchema } from "./arguments.js";
import { closest } from "./closest.js";
import type { WordFix } from "./types.js";
import { fail, type WordReader } from "./word-reader.js";

/** The longest funding source (the agenda file allows as much for its free text). */
export const MAX_FUNDING_SOURCE_LENGTH = 300;

export const fundingSourceSchema = z
  .string()
  .trim()
  .max(MAX_FUNDING_SOURCE_LENGTH, "source-too-long")
  .refine(hasNoControlCharacter, "control-character")
  .transform((text) => (text === "" ? undefined : text));

/** An amount as typed, into cents: empty is no amount; a notation that does not read is an issue. */
export const euroAmountSchema = z
  .string()
  .trim()
  .transform((text, context) => {
    if (text === "") return undefined;
    const parsed = parseEuro(text);
    if (parsed.ok) return parsed.cents;
    context.addIssue({ code: "custom", message: parsed.problem });
    return z.NEVER;
  });

const OPENING_QUOTES: Record<string, string> = { '"': '"', "'": "'", "“": "”", "‘": "’", "„": "”" };

/** The funding state nearest to the first words, and the fix that puts its phrase in their place. */
export function suggestFunding(words: readonly string[], at: number, all = false): { suggestion?: FundingStatus; fix?: WordFix } {
  const phrases = FUNDING_VOCABULARY.map((entry) => entry.phrase);
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    const match = closest(words.slice(0, length).join(" ").toLowerCase(), phrases);
    const status = FUNDING_VOCABULARY.find((entry) => entry.phrase === match)?.status;
    if (match && status) return { suggestion: status, fix: { at, count: all ? words.length : length, to: match } };
  }
  return {};
}

/** The decision after the action code: its state, then (except for *nader te bepalen*) source and amount, then the note. */
export function readFundingDecision(words: WordReader): FundingDecision {
  const at = words.position();
  const remaining = words.remainingWords();
  const found = readFundingPrefix(remaining);
  if (!found) return fail({ code: "unknown-funding-status", given: remaining[0] ?? "", ...suggestFunding(remaining, at) });
  words.skip(found.used);
  let decision: FundingDecision;
  if (found.status === "nader_te_bepalen") {
    // Undecided again: what was applied for or granted no longer stands.
    decision = { status: found.status, source: null, amountCents: null };
  } else {
    decision = { status: found.status };
    const source = readSource(words);
    const amount = readAmount(words);
    // A new source without an amount leaves no amount: the old one belonged to the old source.
    if (source !== undefined) Object.assign(decision, { source, amountCents: amount ?? null });
    else if (amount !== undefined) decision.amountCents = amount;
  }
  const note = optionalNoteSchema.safeParse(words.rest());
  if (!note.success) fail({ code: "text-too-long", command: "financiering", length: words.rest().trim().length, max: MAX_NOTE_LENGTH });
  return note.data === undefined ? decision : { ...decision, note: note.data };
}

function readSource(words: WordReader): string | undefined {
  const first = words.peek();
  if (!first || looksLikeEuro(first) || /^(?:eur|euro)$/i.test(first)) return undefined;
  words.next();
  if (first === "-") return undefined;
  const close = OPENING_QUOTES[first.charAt(0)];
  let text = first;
  if (close) {
    const parts = [first.slice(1)];
    while (!parts.at(-1)?.endsWith(close)) {
      const next = words.next();
      if (next === undefined) return fail({ code: "invalid-funding-source", given: parts.join(" ") });
      parts.push(next);
    }
    text = parts.join(" ").slice(0, -close.length);
  }
  const source = fundingSourceSchema.safeParse(text.replace(/[,;:]+$/, ""));
  if (!source.success) return fail({ code: "invalid-funding-source", given: text.slice(0, 40) });
  return source.data;
}

function readAmount(words: WordReader): number | undefined {
  const first = words.peek();
  if (!first) return undefined;
  const separate = /^(?:€|eur|euro)$/i.test(first) && words.remainingWords().length > 1;
  if (!separate && !looksLikeEuro(first)) return undefined;
  words.next();
  const given = separate ? `${first} ${words.next() ?? ""}` : first;
  const parsed = parseEuro(given.replace(/[;:]+$/, ""));
  if (!parsed.ok) return fail({ code: "invalid-amount", given, problem: parsed.problem });
  return parsed.cents;
}

/** The value of the `financiering` filter: a funding state, or nothing for the open ones. */
export function readFundingFilter(valueWords: readonly string[], at: number): FundingStatus[] {
  if (valueWords.length === 0) return [...OPEN_FUNDING_STATUSES];
  const found = readFundingPrefix(valueWords);
  if (!found || found.used !== valueWords.length) {
    return fail({ code: "unknown-funding-status", given: valueWords.join(" "), ...suggestFunding(valueWords, at, true) });
  }
  return [found.status];
}
