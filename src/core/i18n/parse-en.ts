/** English answers to input the grammar could not read: what was wrong, and how to write it. */

import { isGoalParseError } from "../commands/goal-types.js";
import { isLeaderParseError } from "../commands/leader-types.js";
import type { CommandName, ParseError } from "../commands/types.js";
import { commandWords } from "../commands/vocabulary.js";
import { FUNDING_LABELS } from "../domain/funding.js";
import { STATUS_LABELS } from "../domain/status.js";
import { MAX_NOTE_LENGTH } from "../domain/text-limits.js";
import { escalationsEn } from "./escalations-en.js";
import { fundingEn } from "./funding-en.js";
import { goalParseEn } from "./goals-en.js";
import { leadersEn } from "./leaders-en.js";
import { privacyEn } from "./privacy-en.js";

const COMMAND_WORD = commandWords("en");

/** The text a control character was found in, per command (the whole message when it is not one of these). */
const CONTROL_CHARACTER_FIELD: Record<CommandName, string> = {
  help: "Your message",
  mijn: "Your message",
  toon: "Your message",
  lijst: `The filter of \`${COMMAND_WORD.lijst}\``,
  zoek: "Your search text",
  status: `The explanation of \`${COMMAND_WORD.status}\``,
  notitie: "Your note",
  financiering: fundingEn.parse.controlCharacterField,
  doel: `The description in \`${COMMAND_WORD.doel}\``,
  meting: `The explanation in \`${COMMAND_WORD.meting}\``,
  escaleer: `Your question in \`${COMMAND_WORD.escaleer}\``,
  escalaties: `The overleg in \`${COMMAND_WORD.escalaties}\``,
  antwoord: "Your answer",
  sluit: `The reason in \`${COMMAND_WORD.sluit}\``,
  trekker: `The person in \`${COMMAND_WORD.trekker}\``,
  trekkers: `The organisation in \`${COMMAND_WORD.trekkers}\``,
  taal: "Your message",
  koppel: "The name of the overleg",
  leider: leadersEn.controlCharacterField,
  digest: "Your message",
  herinner: `The filter of \`${COMMAND_WORD.herinner}\``,
  ronde: "Your message",
  persoon: privacyEn.controlCharacterField,
  dashboard: "Your message",
  rapport: "Your message",
};

export function parseEn(error: ParseError): { problem: string; hint: string } {
  if (isGoalParseError(error)) return goalParseEn(error);
  if (isLeaderParseError(error)) return leadersEn.parse(error);
  switch (error.code) {
    case "empty":
      return { problem: "You did not give a command.", hint: `Type \`${COMMAND_WORD.help}\` for the commands you can use.` };
    case "unknown-command":
      return {
        problem: `\`${error.given}\` is not a command.`,
        hint: error.suggestion
          ? `Did you mean \`${[COMMAND_WORD[error.suggestion], error.suggestionArgs].filter(Boolean).join(" ")}\`? Type \`${COMMAND_WORD.help}\` for all commands.`
          : `Type \`${COMMAND_WORD.help}\` for all commands.`,
      };
    case "missing-action-code":
      return {
        problem: `\`${COMMAND_WORD[error.command]}\` needs an action code.`,
        hint: `Write for example \`${COMMAND_WORD[error.command]} 1.3\`.`,
      };
    case "invalid-action-code":
      return {
        problem: `\`${error.given}\` is not an action code.`,
        hint: `An action code is <theme>.<number>, like \`1.3\`, or a local code like \`HLM.2\`. Write for example \`${COMMAND_WORD[error.command]} 1.3\`.`,
      };
    case "unknown-status":
      return {
        problem: `\`${error.given}\` is not a status.`,
        hint: `${error.suggestion ? `Did you mean \`${STATUS_LABELS.en[error.suggestion]}\`? ` : ""}Choose from: ${Object.values(STATUS_LABELS.en).join(", ")} (or the Dutch ${Object.values(STATUS_LABELS.nl).join(", ")}). For example \`${COMMAND_WORD.status} 1.3 running first meeting held\`.`,
      };
    case "empty-text":
      return error.command === "zoek"
        ? { problem: "What should I search for?", hint: `Write for example \`${COMMAND_WORD.zoek} training\`.` }
        : {
            problem: `\`${COMMAND_WORD[error.command]}\` needs a text.`,
            hint:
              error.command === "antwoord" || error.command === "sluit"
                ? escalationsEn.emptyTextHint(error.command)
                : error.command === "escaleer"
                  ? `Write for example \`${COMMAND_WORD.escaleer} 1.3 RWB: who funds the second phase?\`.`
                  : `Write for example \`${COMMAND_WORD.notitie} 1.3 kick-off planned for 12 May\`.`,
          };
    case "text-too-long":
      return {
        problem: `Your text is ${error.length} characters long; the maximum is ${error.max}.`,
        hint: error.command === "antwoord" || error.command === "sluit" ? escalationsEn.tooLongHint : "Shorten it, or split it over several notes.",
      };
    case "missing-person":
      return {
        problem: "You did not name anyone.",
        hint: `Write for example \`${COMMAND_WORD.trekker} 1.3 @name\` or \`${COMMAND_WORD.trekker} 1.3 name@municipality.nl\`.`,
      };
    case "unknown-language":
      return {
        problem: `\`${error.given}\` is not a language I speak.`,
        hint: `Choose Dutch or English: \`${COMMAND_WORD.taal} nl\` or \`${COMMAND_WORD.taal} en\`.`,
      };
    case "persoon-usage":
      return { problem: error.given ? privacyEn.notAnEmail(error.given) : privacyEn.missing, hint: privacyEn.usage };
    case "invalid-person":
      return {
        problem: `\`${error.given}\` is not a person I recognise.`,
        hint: `Name someone with @name or an e-mail address, for example \`${COMMAND_WORD.trekker} 1.3 name@municipality.nl\`.`,
      };
    case "missing-overleg":
      return {
        problem: "Which overleg should this channel be linked to?",
        hint: `Write for example \`${COMMAND_WORD.koppel} RWB\`. \`${COMMAND_WORD.help} link\` tells more.`,
      };
    case "unknown-list-filter":
      return {
        problem: `\`${error.given}\` is not a filter of \`${COMMAND_WORD.lijst}\`.`,
        hint: `${error.suggestion ? `Did you mean \`${error.suggestion}\`? ` : ""}Filters: theme, pillar, status, scope, lead, funding (and \`share\` to post the list in the channel). For example \`${COMMAND_WORD.lijst} theme 4 status running\`.`,
      };
    case "missing-filter-value":
      return {
        problem: `\`${error.key}\` needs a value.`,
        hint: `For example \`${COMMAND_WORD.lijst} theme 4\`, \`${COMMAND_WORD.lijst} pillar werk naar werk\` or \`${COMMAND_WORD.lijst} status to be worked out\`.`,
      };
    case "invalid-theme-number":
      return { problem: `\`${error.given}\` is not a theme number.`, hint: `Themes are numbered, for example \`${COMMAND_WORD.lijst} theme 4\`.` };
    case "unknown-funding-status":
      return {
        problem: fundingEn.parse.unknownStatus(error.given),
        hint: fundingEn.parse.unknownStatusHint(error.suggestion ? FUNDING_LABELS.en[error.suggestion] : null, Object.values(FUNDING_LABELS.en)),
      };
    case "invalid-amount":
      return {
        problem: error.problem === "invalid-amount" ? fundingEn.parse.invalidAmount(error.given) : fundingEn.parse.amountOutOfRange(error.given),
        hint: fundingEn.parse.amountHint,
      };
    case "invalid-funding-source":
      return { problem: fundingEn.parse.invalidSource(error.given), hint: fundingEn.parse.invalidSourceHint };
    case "input-too-long":
      return {
        problem: `Your message is ${error.length} characters long; a command can be at most ${error.max} characters.`,
        hint: `A note, explanation or question can be ${MAX_NOTE_LENGTH} characters long. Shorten the text, or split it over several notes.`,
      };
    case "missing-escalation-number":
    case "invalid-escalation-number":
    case "escalation-command-in-question":
      return escalationsEn.parse(error);
    case "control-character":
      return {
        problem: `${CONTROL_CHARACTER_FIELD[error.command ?? "help"]} contains an invisible control character (${error.character}, character ${error.position}). I cannot store or search for it.`,
        hint: "Remove the character (type the text again, or paste it as plain text) and try again.",
      };
  }
}
