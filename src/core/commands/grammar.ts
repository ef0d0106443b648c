/**
 * The command grammar shared by Slack (`/actie …`), Teams (a message to the bot) and the CLI:
 * text in, a typed `Command` or a `ParseError` out. Dutch words first, English aliases accepted. The first word
 * names the command (the vocabulary); its handler's `parse` reads the rest.
 */
import { looksLikeActionCode, normaliseActionCode } from "../domain/action-code.js";
import { describeCharacter, findControlCharacter, MAX_INPUT_LENGTH } from "../domain/text-limits.js";
import { closest } from "./closest.js";
import { COMMAND_HANDLERS } from "./registry.js";
import type { CommandName, ParseError, ParseResult } from "./types.js";
import { ALL_COMMAND_WORDS, commandOfWord } from "./vocabulary.js";
import { ParseFailure, WordReader } from "./word-reader.js";

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
    return { ok: true, command: COMMAND_HANDLERS[entry.name].parse(words), english: entry.english };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.error, english: entry.english };
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
  const rest = suggestion ? mendedArguments(suggestion, words.rest().trim()) : "";
  return {
    code: "unknown-command",
    given,
    ...(suggestion ? { suggestion } : {}),
    ...(suggestion && rest ? { suggestionArgs: rest } : {}),
  };
}

/**
 * The arguments for a suggested command, with the fixes its own readers suggest applied (a mistyped status or
 * filter word), so the suggestion is a command that works: `staus 1.3 lopt` suggests `status 1.3 loopt`, not
 * `status 1.3 lopt`. Arguments that read, or that no fix mends, are kept as typed.
 */
function mendedArguments(name: CommandName, rest: string): string {
  let words = rest.split(/\s+/).filter(Boolean);
  let mended = false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const error = parseError(name, words.join(" "));
    const fix = error && "fix" in error ? error.fix : undefined;
    if (!fix) break;
    words = [...words.slice(0, fix.at), ...fix.to.split(" "), ...words.slice(fix.at + fix.count)];
    mended = true;
  }
  return mended ? words.join(" ") : rest;
}

/** The error of parsing these arguments for this command, or undefined when they read. */
function parseError(name: CommandName, args: string): ParseError | undefined {
  try {
    COMMAND_HANDLERS[name].parse(new WordReader(args));
    return undefined;
  } catch (error) {
    if (error instanceof ParseFailure) return error.error;
    throw error;
  }
}
