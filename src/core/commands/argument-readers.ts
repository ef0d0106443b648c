/** Readers of the arguments commands share: an action code, a text, a status, a filter, a person. */
import { looksLikeActionCode, normaliseActionCode } from "../domain/action-code.js";
import { ACTION_STATUSES, type ActionStatus, readStatusPrefix, STATUS_VOCABULARY } from "../domain/status.js";
import { MAX_NOTE_LENGTH, MAX_SEARCH_LENGTH } from "../domain/text-limits.js";
import { emailSchema, noteSchema, searchTextSchema } from "./arguments.js";
import { closest } from "./closest.js";
import { readFundingFilter } from "./funding-readers.js";
import type { CommandName, ListFilter, PersonRef, WordFix } from "./types.js";
import { ALL_FILTER_WORDS, filterOfWord } from "./vocabulary.js";
import { fail, type WordReader } from "./word-reader.js";

export function readActionCode(command: CommandName, words: WordReader): string {
  const given = words.next();
  if (!given) fail({ code: "missing-action-code", command });
  if (!looksLikeActionCode(given)) fail({ code: "invalid-action-code", command, given });
  return normaliseActionCode(given);
}

export function readText(command: CommandName, text: string, kind: "note" | "search"): string {
  const parsed = (kind === "note" ? noteSchema : searchTextSchema).safeParse(text);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0]?.message;
  if (problem === "text-too-long") {
    fail({ code: "text-too-long", command, length: text.trim().length, max: kind === "note" ? MAX_NOTE_LENGTH : MAX_SEARCH_LENGTH });
  }
  return fail({ code: "empty-text", command });
}

/**
 * The status nearest to the first words, and the fix that puts its phrase in their place (`at`: where those words
 * start in the reader); `all`: the fix replaces every word given (a filter value), not just the ones matched.
 */
export function suggestStatus(words: readonly string[], at: number, all = false): { suggestion?: ActionStatus; fix?: WordFix } {
  const phrases = STATUS_VOCABULARY.map((entry) => entry.phrase);
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    const candidate = words.slice(0, length).join(" ").toLowerCase();
    const match = closest(candidate, phrases);
    if (match) {
      const suggestion = STATUS_VOCABULARY.find((entry) => entry.phrase === match)?.status ?? ACTION_STATUSES[0];
      return { suggestion, fix: { at, count: all ? words.length : length, to: match } };
    }
  }
  return {};
}

/**
 * The filter words shared by `lijst` and `herinner`: `thema 4`, `pijler …`, `status …`, `scope …`, `trekker …`,
 * `financiering [stand]` (alone: the open funding decisions), `deel`.
 */
export function readListFilter(words: WordReader): { filter: ListFilter; share: boolean } {
  const filter: ListFilter = {};
  let share = false;
  while (words.peek()) {
    const keyWord = (words.next() ?? "").toLowerCase();
    const key = filterOfWord(keyWord);
    if (!key) {
      const suggestion = closest(keyWord, ALL_FILTER_WORDS);
      fail({
        code: "unknown-list-filter",
        given: keyWord,
        ...(suggestion ? { suggestion, fix: { at: words.position() - 1, count: 1, to: suggestion } } : {}),
      });
    }
    if (key === "share") {
      share = true;
      continue;
    }
    const valueAt = words.position();
    const valueWords: string[] = [];
    for (let word = words.peek(); word && !filterOfWord(word); word = words.peek()) {
      valueWords.push(word);
      words.next();
    }
    if (valueWords.length === 0 && key !== "funding") fail({ code: "missing-filter-value", key: keyWord });
    const value = valueWords.join(" ");
    switch (key) {
      case "themes":
        filter.themes = [...(filter.themes ?? []), ...parseThemeNumbers(value)];
        break;
      case "statuses": {
        const status = readStatusPrefix(valueWords);
        if (!status || status.used !== valueWords.length) fail({ code: "unknown-status", given: value, ...suggestStatus(valueWords, valueAt, true) });
        filter.statuses = [...(filter.statuses ?? []), status.status];
        break;
      }
      case "pillar":
        filter.pillar = value;
        break;
      case "scope":
        filter.scope = value;
        break;
      case "trekker":
        filter.trekker = value;
        break;
      case "funding":
        filter.funding = [...new Set([...(filter.funding ?? []), ...readFundingFilter(valueWords, valueAt)])];
        break;
    }
  }
  return { filter, share };
}

function parseThemeNumbers(value: string): number[] {
  const numbers = value.split(/[\s,]+/).filter(Boolean);
  return numbers.map((part) => {
    if (!/^[1-9]\d{0,2}$/.test(part)) fail({ code: "invalid-theme-number", given: part });
    return Number(part);
  });
}

/** Mentions arrive as `<@id>` or `<@id|name>` (Slack's form; the Teams adapter rewrites its mentions to it). */
export function readPerson(given: string): PersonRef {
  const mention = /^<@([^|>\s]+)(?:\|([^>]*))?>$/.exec(given);
  if (mention?.[1]) return mention[2] ? { kind: "mention", id: mention[1], label: mention[2] } : { kind: "mention", id: mention[1] };
  const email = emailSchema.safeParse(given.replace(/^mailto:/i, "").replace(/^<|>$/g, ""));
  if (email.success) return { kind: "email", email: email.data };
  return fail({ code: "invalid-person", given });
}
