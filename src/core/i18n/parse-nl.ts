/** Dutch answers to input the grammar could not read: what was wrong, and how to write it. */

import { isGoalParseError } from "../commands/goal-types.js";
import { isLeaderParseError } from "../commands/leader-types.js";
import type { CommandName, ParseError } from "../commands/types.js";
import { commandWords } from "../commands/vocabulary.js";
import { FUNDING_LABELS } from "../domain/funding.js";
import { STATUS_LABELS } from "../domain/status.js";
import { MAX_NOTE_LENGTH } from "../domain/text-limits.js";
import { escalationsNl } from "./escalations-nl.js";
import { fundingNl } from "./funding-nl.js";
import { goalParseNl } from "./goals-nl.js";
import { leadersNl } from "./leaders-nl.js";
import { privacyNl } from "./privacy-nl.js";

const COMMAND_WORD = commandWords("nl");

/** The text a control character was found in, per command (the whole message when it is not one of these). */
const CONTROL_CHARACTER_FIELD: Record<CommandName, string> = {
  help: "Je bericht",
  mijn: "Je bericht",
  toon: "Je bericht",
  lijst: `Het filter van \`${COMMAND_WORD.lijst}\``,
  zoek: "Je zoektekst",
  status: `De toelichting bij \`${COMMAND_WORD.status}\``,
  notitie: "Je notitie",
  financiering: fundingNl.parse.controlCharacterField,
  doel: `De omschrijving bij \`${COMMAND_WORD.doel}\``,
  meting: `De toelichting bij \`${COMMAND_WORD.meting}\``,
  escaleer: `Je vraag bij \`${COMMAND_WORD.escaleer}\``,
  escalaties: `De naam van het overleg bij \`${COMMAND_WORD.escalaties}\``,
  antwoord: "Je antwoord",
  sluit: `De reden bij \`${COMMAND_WORD.sluit}\``,
  trekker: `De persoon bij \`${COMMAND_WORD.trekker}\``,
  trekkers: `De organisatie bij \`${COMMAND_WORD.trekkers}\``,
  taal: "Je bericht",
  koppel: "De naam van het overleg",
  leider: leadersNl.controlCharacterField,
  digest: "Je bericht",
  herinner: `Het filter van \`${COMMAND_WORD.herinner}\``,
  ronde: "Je bericht",
  persoon: privacyNl.controlCharacterField,
  dashboard: "Je bericht",
  rapport: "Je bericht",
};

export function parseNl(error: ParseError): { problem: string; hint: string } {
  if (isGoalParseError(error)) return goalParseNl(error);
  if (isLeaderParseError(error)) return leadersNl.parse(error);
  switch (error.code) {
    case "empty":
      return { problem: "Je hebt geen opdracht gegeven.", hint: `Typ \`${COMMAND_WORD.help}\` voor de opdrachten die je kunt gebruiken.` };
    case "unknown-command":
      return {
        problem: `\`${error.given}\` is geen opdracht.`,
        hint: error.suggestion
          ? `Bedoel je \`${[COMMAND_WORD[error.suggestion], error.suggestionArgs].filter(Boolean).join(" ")}\`? Typ \`${COMMAND_WORD.help}\` voor alle opdrachten.`
          : `Typ \`${COMMAND_WORD.help}\` voor alle opdrachten.`,
      };
    case "missing-action-code":
      return {
        problem: `Bij \`${COMMAND_WORD[error.command]}\` hoort de code van een actie.`,
        hint: `Schrijf bijvoorbeeld \`${COMMAND_WORD[error.command]} 1.3\`.`,
      };
    case "invalid-action-code":
      return {
        problem: `\`${error.given}\` is geen actiecode.`,
        hint: `Een actiecode is <thema>.<nummer>, zoals \`1.3\`, of een lokale code zoals \`HLM.2\`. Schrijf bijvoorbeeld \`${COMMAND_WORD[error.command]} 1.3\`.`,
      };
    case "unknown-status":
      return {
        problem: `\`${error.given}\` is geen status.`,
        hint: `${error.suggestion ? `Bedoel je \`${STATUS_LABELS.nl[error.suggestion]}\`? ` : ""}Kies uit: ${Object.values(STATUS_LABELS.nl).join(", ")}. Bijvoorbeeld \`${COMMAND_WORD.status} 1.3 loopt eerste bijeenkomst gehouden\`.`,
      };
    case "empty-text":
      return error.command === "zoek"
        ? { problem: "Waar moet ik naar zoeken?", hint: `Schrijf bijvoorbeeld \`${COMMAND_WORD.zoek} scholing\`.` }
        : {
            problem: `Bij \`${COMMAND_WORD[error.command]}\` hoort een tekst.`,
            hint:
              error.command === "antwoord" || error.command === "sluit"
                ? escalationsNl.emptyTextHint(error.command)
                : error.command === "escaleer"
                  ? `Schrijf bijvoorbeeld \`${COMMAND_WORD.escaleer} 1.3 RWB: wie financiert de tweede fase?\`.`
                  : `Schrijf bijvoorbeeld \`${COMMAND_WORD.notitie} 1.3 startbijeenkomst gepland op 12 mei\`.`,
          };
    case "text-too-long":
      return {
        problem: `Je tekst is ${error.length} tekens lang; het maximum is ${error.max}.`,
        hint:
          error.command === "antwoord" || error.command === "sluit"
            ? escalationsNl.tooLongHint
            : "Maak de tekst korter, of verdeel hem over meerdere notities.",
      };
    case "missing-person":
      return {
        problem: "Je hebt niemand genoemd.",
        hint: `Schrijf bijvoorbeeld \`${COMMAND_WORD.trekker} 1.3 @naam\` of \`${COMMAND_WORD.trekker} 1.3 naam@gemeente.nl\`.`,
      };
    case "unknown-language":
      return {
        problem: `\`${error.given}\` is geen taal die ik spreek.`,
        hint: `Kies Nederlands of Engels: \`${COMMAND_WORD.taal} nl\` of \`${COMMAND_WORD.taal} en\`.`,
      };
    case "persoon-usage":
      return { problem: error.given ? privacyNl.notAnEmail(error.given) : privacyNl.missing, hint: privacyNl.usage };
    case "invalid-person":
      return {
        problem: `\`${error.given}\` is geen persoon die ik herken.`,
        hint: `Noem iemand met @naam of met een e-mailadres, bijvoorbeeld \`${COMMAND_WORD.trekker} 1.3 naam@gemeente.nl\`.`,
      };
    case "missing-overleg":
      return {
        problem: "Met welk overleg wil je dit kanaal koppelen?",
        hint: `Schrijf bijvoorbeeld \`${COMMAND_WORD.koppel} RWB\`. \`${COMMAND_WORD.lijst}\` en \`${COMMAND_WORD.help} koppel\` tonen meer.`,
      };
    case "unknown-list-filter":
      return {
        problem: `\`${error.given}\` is geen filter van \`${COMMAND_WORD.lijst}\`.`,
        hint: `${error.suggestion ? `Bedoel je \`${error.suggestion}\`? ` : ""}Filters: thema, pijler, status, scope, trekker, financiering (en \`deel\` om de lijst in het kanaal te plaatsen). Bijvoorbeeld \`${COMMAND_WORD.lijst} thema 4 status loopt\`.`,
      };
    case "missing-filter-value":
      return {
        problem: `Na \`${error.key}\` hoort een waarde.`,
        hint: `Bijvoorbeeld \`${COMMAND_WORD.lijst} thema 4\`, \`${COMMAND_WORD.lijst} pijler werk naar werk\` of \`${COMMAND_WORD.lijst} status nader uit te werken\`.`,
      };
    case "invalid-theme-number":
      return { problem: `\`${error.given}\` is geen themanummer.`, hint: `Thema's zijn genummerd, bijvoorbeeld \`${COMMAND_WORD.lijst} thema 4\`.` };
    case "unknown-funding-status":
      return {
        problem: fundingNl.parse.unknownStatus(error.given),
        hint: fundingNl.parse.unknownStatusHint(error.suggestion ? FUNDING_LABELS.nl[error.suggestion] : null, Object.values(FUNDING_LABELS.nl)),
      };
    case "invalid-amount":
      return {
        problem: error.problem === "invalid-amount" ? fundingNl.parse.invalidAmount(error.given) : fundingNl.parse.amountOutOfRange(error.given),
        hint: fundingNl.parse.amountHint,
      };
    case "invalid-funding-source":
      return { problem: fundingNl.parse.invalidSource(error.given), hint: fundingNl.parse.invalidSourceHint };
    case "input-too-long":
      return {
        problem: `Je bericht is ${error.length} tekens lang; een opdracht mag hoogstens ${error.max} tekens hebben.`,
        hint: `Een notitie, toelichting of vraag mag ${MAX_NOTE_LENGTH} tekens lang zijn. Maak de tekst korter, of verdeel hem over meerdere notities.`,
      };
    case "missing-escalation-number":
    case "invalid-escalation-number":
    case "escalation-command-in-question":
      return escalationsNl.parse(error);
    case "control-character":
      return {
        problem: `${CONTROL_CHARACTER_FIELD[error.command ?? "help"]} bevat een onzichtbaar stuurteken (${error.character}, teken ${error.position}). Dat kan ik niet opslaan of zoeken.`,
        hint: "Haal het teken weg (typ de tekst opnieuw, of plak hem als platte tekst) en probeer het nog eens.",
      };
  }
}
