/** English texts of `persoon export` and `persoon vergeet` (AVG/GDPR). */
import { commandWords, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";
import type { PrivacyTexts } from "./texts.js";

const PERSON = commandWords("en").persoon;
const EXPORT = `${PERSON} ${SUBCOMMAND_WORDS.export.en}`;
const FORGET = `${PERSON} ${SUBCOMMAND_WORDS.forget.en}`;
const CONFIRM = SUBCOMMAND_WORDS.confirm.en;

/** The column the CLI usage's descriptions start at. */
const W = 61;

export const privacyEn: PrivacyTexts = {
  help: {
    usage: `${EXPORT} <email> · ${FORGET} <email> [${CONFIRM}]`,
    description: "everything stored about someone (GDPR), or forget someone (project leader)",
  },
  usage: `Write \`${EXPORT} name@municipality.nl\` or \`${FORGET} name@municipality.nl\`.`,
  notAnEmail: (given) => `\`${given}\` is not an e-mail address.`,
  missing: "Name the person by their e-mail address.",
  controlCharacterField: "The e-mail address",
  unavailable: "Personal data per person is not available in this installation.",
  unknown: (email) => `Nobody with the e-mail address ${email} is known to the agenda.`,
  unknownHint: "So nothing is stored about this person either (or they were forgotten already). Check the spelling.",
  sections: {
    identities: "chat accounts",
    conversations: "remembered conversations",
    leads: "actions led",
    leaderOf: "regions as project leader",
    statusChanges: "status changes",
    notes: "notes",
    fundingChanges: "funding decisions",
    measurements: "measurements",
    goalsCreated: "goals recorded",
    escalationsRaised: "escalations raised",
    escalationsResolved: "escalations answered or closed",
    roundAnswers: "answers in rounds",
    roundMessages: "messages in rounds",
    outboxMessages: "messages to them (outgoing)",
    journal: "commands in the journal",
  },
  mentions: "texts naming them (also by others)",
  exportSummary: (who) => `Stored about ${who}:`,
  exportPerson: (organisation, locale) =>
    `Personal data: e-mail address, name${organisation ? `, organisation (${organisation})` : ""}${locale ? `, language (${locale})` : ""}.`,
  exportHint: (email) =>
    `The full record (JSON, for a subject access request) is not given in chat, where it could be passed on: get it with \`npm run cli -- ${EXPORT} ${email} --out ${email.split("@")[0]}.json\` on the server.`,
  line: (label, count) => `• ${label}: ${count}`,
  nothingElse: "Nothing else: no accounts, history or messages.",
  forgetPreview: (who) => `Forget ${who}? This cannot be undone.`,
  forgetWhat:
    "Removed: e-mail address, name, organisation, language, chat accounts, remembered conversations, leads, project leadership and messages to them. " +
    "In the history and notes a pseudonym takes the place of name and e-mail address; the facts (changes, counts, statuses, times) stay.",
  forgetConfirm: (email) => `Type \`${FORGET} ${email} ${CONFIRM}\` to go ahead.`,
  forgotten: (email, pseudonym) => `${email} is forgotten: in the history this person is now ${pseudonym}.`,
  forgottenDetail: (identities, leads, messages, rewritten) =>
    `Removed: ${identities} chat account(s), ${leads} lead(s), ${messages} message(s). ${rewritten} text(s) in history and messages pseudonymised.`,
  cliUnknownSubcommand: (given) => `I do not know "${PERSON} ${given}". Use ${EXPORT} <email> [--out <file>] or ${FORGET} <email> [${CONFIRM}].`,
  cliWrote: (file) => `Everything about this person written to ${file}.`,
  cliUsage:
    `  npm run cli -- ${EXPORT} <email> [--out <file>]`.padEnd(W) +
    "everything stored about someone, as JSON (GDPR)\n" +
    `  npm run cli -- ${FORGET} <email> [${CONFIRM}]`.padEnd(W) +
    `forget someone; without ${CONFIRM}: see first what happens\n`,
};
