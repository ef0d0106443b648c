/**
 * The command grammar shared by Slack (`/actie …`), Teams (a message to the bot) and the CLI:
 * text in, a typed `Command` or a `ParseError` out. Dutch words first, English aliases accepted.
 */
import { looksLikeActionCode, normaliseActionCode } from "../domain/action-code.js";
import { ACTION_STATUSES, type ActionStatus, readStatusPrefix, STATUS_VOCABULARY } from "../domain/status.js";
import { describeCharacter, findControlCharacter, MAX_INPUT_LENGTH, MAX_NOTE_LENGTH, MAX_SEARCH_LENGTH } from "../domain/text-limits.js";
import { emailSchema, noteSchema, optionalNoteSchema, searchTextSchema } from "./arguments.js";
import { closest } from "./closest.js";
import type { Command, CommandName, ListFilter, ParseError, ParseResult, PersonRef } from "./types.js";
import { ALL_COMMAND_WORDS, ALL_FILTER_WORDS, commandOfWord, filterOfWord, isSubcommand } from "./vocabulary.js";

/** The input split into words, with the rest of the line as typed still at hand. */
class WordReader {
  private readonly parts: string[];
  private readonly offsets: number[];
  private index = 0;
  constructor(private readonly text: string) {
    const matches = [...text.matchAll(/\S+/g)];
    this.parts = matches.map((match) => match[0]);
    this.offsets = matches.map((match) => match.index ?? 0);
  }
  peek(): string | undefined {
    return this.parts[this.index];
  }
  next(): string | undefined {
    return this.parts[this.index++];
  }
  remainingWords(): string[] {
    return this.parts.slice(this.index);
  }
  skip(count: number): void {
    this.index += count;
  }
  /** The rest of the input as typed, with its line breaks and spacing. */
  rest(): string {
    const offset = this.offsets[this.index];
    return offset === undefined ? "" : this.text.slice(offset);
  }
}

class Failure {
  constructor(readonly error: ParseError) {}
}

function fail(error: ParseError): never {
  throw new Failure(error);
}

/** Removes what platforms put in front of the command: `/actie`, a leading bot mention. */
export function stripCommandPrefix(input: string): string {
  return input.replace(/^\s*\/actie\b/i, "").trim();
}

export function parseCommand(input: string): ParseResult {
  const refused = screenInput(input);
  if (refused) return refused;
  const words = new WordReader(stripCommandPrefix(input));
  const first = words.next();
  if (!first) return { ok: false, error: { code: "empty" }, english: false };
  const entry = commandOfWord(first);
  if (!entry) return { ok: false, error: unknownCommand(first, words), english: false };
  try {
    return { ok: true, command: parseArguments(entry.name, words), english: entry.english };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, error: error.error, english: entry.english };
    throw error;
  }
}

/**
 * Refuses, before any parsing or fuzzy matching, input longer than any command can be (so its cost does not
 * grow with its size) or holding a control character (invisible, and refused by the database).
 */
function screenInput(input: string): ParseResult | undefined {
  const first = /^\s*(?:\/actie\s+)?(\S{1,20})/i.exec(input.slice(0, 64))?.[1]?.toLowerCase();
  const entry = first ? commandOfWord(first) : undefined;
  const english = entry?.english ?? false;
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: { code: "input-too-long", length: input.length, max: MAX_INPUT_LENGTH }, english };
  const at = findControlCharacter(input);
  if (at < 0) return undefined;
  const character = describeCharacter(input.charAt(at));
  return { ok: false, error: { code: "control-character", ...(entry ? { command: entry.name } : {}), character, position: at + 1 }, english };
}

function unknownCommand(given: string, words: WordReader): ParseError {
  if (looksLikeActionCode(given)) {
    return { code: "unknown-command", given, suggestion: "toon", suggestionArgs: normaliseActionCode(given) };
  }
  const suggested = closest(given, ALL_COMMAND_WORDS);
  const suggestion = suggested ? commandOfWord(suggested)?.name : undefined;
  const rest = words.rest().trim();
  return {
    code: "unknown-command",
    given,
    ...(suggestion ? { suggestion } : {}),
    ...(suggestion && rest ? { suggestionArgs: rest } : {}),
  };
}

function parseArguments(name: CommandName, words: WordReader): Command {
  switch (name) {
    case "help": {
      const topic = words.next();
      const entry = topic ? commandOfWord(topic) : undefined;
      return entry ? { name: "help", topic: entry.name } : { name: "help" };
    }
    case "mijn":
      return { name: "mijn" };
    case "toon":
      return { name: "toon", code: readActionCode(name, words) };
    case "lijst":
      return parseList(words);
    case "zoek":
      return { name: "zoek", text: readText(name, words.rest(), "search") };
    case "status":
      return parseStatus(words);
    case "notitie": {
      const code = readActionCode(name, words);
      return { name: "notitie", code, text: readText(name, words.rest(), "note") };
    }
    case "escaleer": {
      const code = readActionCode(name, words);
      const target = words.peek();
      let overleg: string | undefined;
      if (target?.endsWith(":") && target.length > 1) {
        overleg = target.slice(0, -1);
        words.next();
      }
      const question = readText(name, words.rest(), "note");
      return overleg ? { name: "escaleer", code, overleg, question } : { name: "escaleer", code, question };
    }
    case "trekker":
      return parseLead(words);
    case "koppel": {
      const overleg = words.rest().trim();
      if (!overleg) fail({ code: "missing-overleg" });
      return { name: "koppel", overleg };
    }
    case "digest": {
      if (isSubcommand(words.peek(), "now")) {
        words.next();
        return { name: "digest", now: true };
      }
      if (isSubcommand(words.peek(), "schedule")) {
        words.next();
        const schedule = words.rest().trim();
        return schedule ? { name: "digest-schedule", schedule } : { name: "digest-schedule" };
      }
      const overleg = words.rest().trim();
      return overleg ? { name: "digest", overleg } : { name: "digest" };
    }
    case "herinner": {
      const start = isSubcommand(words.peek(), "start");
      if (start) words.next();
      return { name: "herinner", filter: readListFilter(words).filter, start };
    }
    case "ronde": {
      const close = isSubcommand(words.peek(), "close");
      return { name: "ronde", close };
    }
  }
}

function readActionCode(command: CommandName, words: WordReader): string {
  const given = words.next();
  if (!given) fail({ code: "missing-action-code", command });
  if (!looksLikeActionCode(given)) fail({ code: "invalid-action-code", command, given });
  return normaliseActionCode(given);
}

function readText(command: CommandName, text: string, kind: "note" | "search"): string {
  const parsed = (kind === "note" ? noteSchema : searchTextSchema).safeParse(text);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0]?.message;
  if (problem === "text-too-long") {
    fail({ code: "text-too-long", command, length: text.trim().length, max: kind === "note" ? MAX_NOTE_LENGTH : MAX_SEARCH_LENGTH });
  }
  return fail({ code: "empty-text", command });
}

function parseStatus(words: WordReader): Command {
  if (!words.peek()) return { name: "status-form" };
  const code = readActionCode("status", words);
  const remaining = words.remainingWords();
  if (remaining.length === 0) return { name: "status-form", code };
  const found = readStatusPrefix(remaining);
  if (!found) fail({ code: "unknown-status", given: remaining[0] ?? "", ...suggestStatus(remaining) });
  words.skip(found.used);
  const note = optionalNoteSchema.safeParse(words.rest());
  if (!note.success) fail({ code: "text-too-long", command: "status", length: words.rest().trim().length, max: MAX_NOTE_LENGTH });
  return note.data === undefined ? { name: "status", code, status: found.status } : { name: "status", code, status: found.status, note: note.data };
}

function suggestStatus(words: readonly string[]): { suggestion?: ActionStatus } {
  const phrases = STATUS_VOCABULARY.map((entry) => entry.phrase);
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    const candidate = words.slice(0, length).join(" ").toLowerCase();
    const match = closest(candidate, phrases);
    if (match) return { suggestion: STATUS_VOCABULARY.find((entry) => entry.phrase === match)?.status ?? ACTION_STATUSES[0] };
  }
  return {};
}

function parseList(words: WordReader): Command {
  const { filter, share } = readListFilter(words);
  return { name: "lijst", filter, share };
}

/** The filter words shared by `lijst` and `herinner`: `thema 4`, `pijler …`, `status …`, `scope …`, `trekker …`, `deel`. */
function readListFilter(words: WordReader): { filter: ListFilter; share: boolean } {
  const filter: ListFilter = {};
  let share = false;
  while (words.peek()) {
    const keyWord = (words.next() ?? "").toLowerCase();
    const key = filterOfWord(keyWord);
    if (!key) {
      const suggestion = closest(keyWord, ALL_FILTER_WORDS);
      fail({ code: "unknown-list-filter", given: keyWord, ...(suggestion ? { suggestion } : {}) });
    }
    if (key === "share") {
      share = true;
      continue;
    }
    const valueWords: string[] = [];
    for (let word = words.peek(); word && !filterOfWord(word); word = words.peek()) {
      valueWords.push(word);
      words.next();
    }
    if (valueWords.length === 0) fail({ code: "missing-filter-value", key: keyWord });
    const value = valueWords.join(" ");
    switch (key) {
      case "themes":
        filter.themes = [...(filter.themes ?? []), ...parseThemeNumbers(value)];
        break;
      case "statuses": {
        const status = readStatusPrefix(valueWords);
        if (!status || status.used !== valueWords.length) fail({ code: "unknown-status", given: value, ...suggestStatus(valueWords) });
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

function parseLead(words: WordReader): Command {
  const code = readActionCode("trekker", words);
  let remove = false;
  if (isSubcommand(words.peek(), "remove")) {
    remove = true;
    words.next();
  }
  const given = words.rest().trim();
  if (!given) fail({ code: "missing-person", command: "trekker" });
  return { name: "trekker", code, person: readPerson(given), remove };
}

/** Mentions arrive as `<@id>` or `<@id|name>` (Slack's form; the Teams adapter rewrites its mentions to it). */
export function readPerson(given: string): PersonRef {
  const mention = /^<@([^|>\s]+)(?:\|([^>]*))?>$/.exec(given);
  if (mention?.[1]) return mention[2] ? { kind: "mention", id: mention[1], label: mention[2] } : { kind: "mention", id: mention[1] };
  const email = emailSchema.safeParse(given.replace(/^mailto:/i, "").replace(/^<|>$/g, ""));
  if (email.success) return { kind: "email", email: email.data };
  return fail({ code: "invalid-person", given });
}
