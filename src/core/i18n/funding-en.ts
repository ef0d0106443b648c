/** English texts of funding decisions. */
import { commandWords } from "../commands/vocabulary.js";
import type { FundingTexts } from "./texts.js";

const COMMAND_WORD = commandWords("en");
const EXAMPLE = `${COMMAND_WORD.financiering} 1.3 granted PoW €40,000 first tranche`;
const actions = (count: number) => `${count} ${count === 1 ? "action" : "actions"}`;

export const fundingEn = {
  help: {
    usage: `${COMMAND_WORD.financiering} 1.3 [granted PoW €40,000 <note>]`,
    description: `show the funding, or record the decision: to be decided, applied for, granted or rejected; \`${COMMAND_WORD.lijst} funding\` shows the open decisions`,
  },
  heading: (code, title) => `Funding of ${code} ${title}`,
  fields: { status: "State", source: "Source", amount: "Amount", note: "Note", agenda: "In the agenda", changed: "Last changed" },
  unknownSource: "source unknown",
  fromImport: "not yet, the state comes from the agenda",
  history: "Funding history",
  changeHint: (code) =>
    `Record the decision with \`${COMMAND_WORD.financiering} ${code} granted PoW €40,000 <note>\`, or with applied for, rejected or to be decided.`,
  changed: (code, from, to) => `Funding of ${code} changed: ${from} → ${to}.`,
  confirmed: (code, state) => `Funding of ${code} confirmed: ${state}.`,
  filter: (labels) => `funding ${labels.join(" or ")}`,
  inList: (state) => `funding ${state}`,
  importKept: (codes) =>
    `Funding differs from the file for ${codes.join(", ")}: the decision recorded in the bot is kept (see \`${COMMAND_WORD.financiering} ${codes[0] ?? "1.3"}\`).`,
  parse: {
    unknownStatus: (given) => `\`${given}\` is not a funding state.`,
    unknownStatusHint: (suggestion, all) =>
      `${suggestion ? `Did you mean \`${suggestion}\`? ` : ""}Choose from: ${all.join(", ")}. For example \`${EXAMPLE}\`.`,
    invalidAmount: (given) => `\`${given}\` is not an amount.`,
    amountOutOfRange: (given) => `\`${given}\` is not between €0.01 and €1,000,000,000.`,
    amountHint: `Write the amount as \`€40,000\`, \`40000\` or \`€ 40.000,50\`, after the source: \`${EXAMPLE}\`.`,
    invalidSource: (given) => `The source \`${given}\` has no closing quote, or is longer than 300 characters.`,
    invalidSourceHint: `Put a source of several words in quotes: \`${COMMAND_WORD.financiering} 1.3 applied "gemeente Haarlem" €40,000\`. A note without a source: \`${COMMAND_WORD.financiering} 1.3 rejected - no budget left\`.`,
    controlCharacterField: `The note of \`${COMMAND_WORD.financiering}\``,
  },
  digest: {
    open: (count) => `Open funding decisions (${count})`,
    none: "No open funding decisions.",
    since: (ago) => `last changed ${ago}`,
    sinceImport: "unchanged since the import",
    more: (codes) =>
      `… and ${actions(codes.length)} more: \`${COMMAND_WORD.lijst} funding\` shows them all, \`${COMMAND_WORD.financiering} ${codes[0] ?? "1.3"}\` one.`,
  },
  round: {
    previewTitle: (count, leads) => `Funding round: ${actions(count)}, ${leads} ${leads === 1 ? "lead" : "leads"}`,
    reminderTitle: "How is the funding coming along?",
    reminderIntro: (who, count, closes) =>
      `${who ?? "The project leader"} asks you to confirm or update the funding of ${count === 1 ? "your action" : `your ${count} actions`}, preferably before ${closes}.`,
    reminderHint: `Still right? Choose *Unchanged*. Changed? Choose *Update*, or type \`${EXAMPLE}\`.`,
    alreadyAnsweredHint: "Nothing was saved. Has the funding changed after all? Choose *Update*.",
    statusTitle: (started, rate) => `Funding round of ${started}: ${rate}`,
    closedTitle: (started, rate) => `Last round (on funding, ${started}, closed): ${rate}`,
    summaryTitle: (rate) => `Funding round closed: ${rate}`,
  },
  form: {
    section: "Funding",
    status: "Funding state",
    source: "Source",
    sourcePlaceholder: "for example PoW, ESF, municipality",
    amount: "Amount in euro",
    amountPlaceholder: "for example €40,000",
    note: "Note on the funding",
    hint: "Leave the state empty to keep the funding as it is.",
    errors: {
      status: "Choose a funding state.",
      sourceTooLong: (max) => `The source can be at most ${max} characters long.`,
      amount: "Write the amount as €40,000, 40000 or € 40.000,50.",
      amountOutOfRange: "The amount must be between €0.01 and €1,000,000,000.",
      noteTooLong: (max) => `The note on the funding can be at most ${max} characters long.`,
      controlCharacter: (character) => `This field holds an invisible control character (${character}). Remove it and try again.`,
    },
  },
} satisfies FundingTexts;
