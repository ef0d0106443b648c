/** Readers of the arguments of `antwoord` and `sluit`: an escalation's number (`12` or `#12`) and a text. */
import { readEscalationNumber } from "../domain/escalation.js";
import { readText } from "./argument-readers.js";
import type { Command, CommandName } from "./types.js";
import { commandOfWord, isSubcommand } from "./vocabulary.js";
import { fail, type WordReader } from "./word-reader.js";

export function readEscalationNumberArgument(command: CommandName, words: WordReader): number {
  const given = words.next();
  if (!given) fail({ code: "missing-escalation-number", command });
  const number = readEscalationNumber(given);
  if (number === null) fail({ code: "invalid-escalation-number", command, given });
  return number;
}

/** `antwoord 12 <tekst>`, `sluit 12 <reden>`: the text at most as long as a note, not empty. */
export function readResolution(command: "antwoord" | "sluit", words: WordReader): Command {
  const number = readEscalationNumberArgument(command, words);
  return { name: command, number, text: readText(command, words.rest(), "note") };
}

/**
 * Refuses `escaleer 1.3 sluit 1` (or `antwoord 1 …`, in either language): someone closing or answering an
 * escalation, not raising a new question. A question that starts so can still be asked with its overleg named.
 */
export function refuseResolutionAsQuestion(action: string, words: WordReader): void {
  const [first, second] = words.remainingWords();
  if (!first || !second) return;
  const named = commandOfWord(first)?.name;
  const command = named === "antwoord" || named === "sluit" ? named : isSubcommand(first, "close") ? "sluit" : undefined;
  const number = readEscalationNumber(second);
  if (command && number !== null) fail({ code: "escalation-command-in-question", command, action, number });
}
