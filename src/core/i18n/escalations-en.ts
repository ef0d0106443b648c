/** English texts of escalations. */
import { commandWords } from "../commands/vocabulary.js";
import type { EscalationTexts } from "./texts.js";

const COMMAND_WORD = commandWords("en");

const names = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`);

/** What follows the number: `answer 12 <text>`, `close 12 <reason>`. */
const after = (command: string) => (command === "sluit" ? "<reason>" : "<text>");

export const escalationsEn = {
  themeOverleggen: (theme) => `the overleggen of theme ${theme}`,
  raised: (number, code, overleg) =>
    `Question #${number} about ${code} put to ${overleg ?? "the overleggen of this theme"}; it stays in the next digest until it is resolved.`,
  postedIn: (channels, overleggen) =>
    channels === 0
      ? `No channel is linked to ${names(overleggen) || "an overleg of this theme"} yet, so the question has not been posted anywhere; it appears in the digest once one is linked (\`${COMMAND_WORD.koppel} ${overleggen[0] ?? "RWB"}\`).`
      : `Posted in ${channels} ${channels === 1 ? "channel" : "channels"} of ${names(overleggen)}.`,
  howToResolve: (number) =>
    `Answer: \`${COMMAND_WORD.antwoord} ${number} <text>\` · close without an answer: \`${COMMAND_WORD.sluit} ${number} <reason>\`.`,
  postTitle: (number, code, title) => `Escalation #${number} · ${code} ${title}`,
  postBy: (who, overleggen) => `Raised by ${who ?? "someone unknown"}, for ${overleggen}.`,
  postHint: (number) =>
    `Anyone in this channel can answer with \`${COMMAND_WORD.antwoord} ${number} <text>\` or close the question with \`${COMMAND_WORD.sluit} ${number} <reason>\`.`,
  listTitle: (count, overleg) => `Open escalations${overleg ? ` of ${overleg}` : ""} (${count})`,
  none: (overleg) => `There are no open escalations${overleg ? ` for ${overleg}` : ""}.`,
  noneHint: `To put a question to an overleg: \`${COMMAND_WORD.escaleer} 1.3 RWB: <question>\`.`,
  listHint: `Answer: \`${COMMAND_WORD.antwoord} 12 <text>\` · close: \`${COMMAND_WORD.sluit} 12 <reason>\` (project leader, or in a channel of the overleg).`,
  raisedAgo: (ago, who, overleggen) => `raised ${ago}${who ? ` by ${who}` : ""} · for ${overleggen}`,
  answered: (number, code) => `Escalation #${number} about ${code} is answered and closed.`,
  closed: (number, code) => `Escalation #${number} about ${code} is closed without an answer.`,
  told: (people) => `${names(people)} ${people.length === 1 ? "gets" : "get"} a message.`,
  unreachable: (people) => `Not reachable in chat, so without a message: ${names(people)}.`,
  answerTitle: (number, code, title) => `Answer to escalation #${number} · ${code} ${title}`,
  closedTitle: (number, code, title) => `Escalation #${number} closed without an answer · ${code} ${title}`,
  question: "Question",
  answer: "Answer",
  reason: "Reason",
  resolvedOn: (outcome, date, who) => `${outcome === "answered" ? "answered" : "closed"} on ${date}${who ? ` by ${who}` : ""}`,
  unknownNumber: (number) => `There is no escalation #${number}; nothing was stored.`,
  unknownNumberHint: `\`${COMMAND_WORD.escalaties}\` lists the open escalations with their numbers.`,
  alreadyResolved: (number, outcome, date, who) =>
    `Escalation #${number} was already ${outcome === "answered" ? "answered" : "closed"} (${date}${who ? ` by ${who}` : ""}); nothing was stored.`,
  alreadyResolvedHint: (code) => `A new question about ${code}? Raise it with \`${COMMAND_WORD.escaleer} ${code} <question>\`.`,
  notMember: (number, overleggen) =>
    `Only the project leader and people in a channel of ${names(overleggen)} can answer or close escalation #${number}; nothing was stored.`,
  notMemberHint: (overleggen, linked) =>
    linked
      ? `Type the command in the channel linked to ${names(overleggen)}.`
      : `No channel is linked to ${names(overleggen)} yet; the project leader links one with \`${COMMAND_WORD.koppel} ${overleggen[0] ?? "RWB"}\`.`,
  membersOnly: (command) => `Only the project leader and people in a channel of the overleg can use \`${command}\`.`,
  membersOnlyHint: "Type the command in the Slack or Teams channel linked to the escalation's overleg.",
  openHeading: "Open escalations",
  resolvedHeading: "Resolved escalations",
  digestResolved: (count) => `Resolved since the previous digest (${count})`,
  parse(error) {
    switch (error.code) {
      case "missing-escalation-number":
        return {
          problem: `\`${COMMAND_WORD[error.command]}\` needs the number of an escalation.`,
          hint: `For example \`${COMMAND_WORD[error.command]} 12 ${after(error.command)}\`; \`${COMMAND_WORD.escalaties}\` lists the numbers.`,
        };
      case "invalid-escalation-number":
        return {
          problem: `\`${error.given}\` is not the number of an escalation.`,
          hint: `An escalation has a number such as \`12\` or \`#12\`: \`${COMMAND_WORD[error.command]} 12 ${after(error.command)}\`.`,
        };
      case "escalation-command-in-question":
        return {
          problem: `This raises no new escalation: ${error.command === "sluit" ? "close" : "answer"} escalation #${error.number} with \`${COMMAND_WORD[error.command]} ${error.number} ${after(error.command)}\`. Nothing was stored.`,
          hint: `A new question after all? Then name the overleg first: \`${COMMAND_WORD.escaleer} ${error.action} RWB: …\`.`,
        };
    }
  },
  tooLongHint: "Shorten it; a longer explanation can go on the action as a note (`note 1.3 <text>`).",
  emptyTextHint: (command) =>
    command === "antwoord"
      ? `For example \`${COMMAND_WORD.antwoord} 12 RWB funds the second phase\`.`
      : `For example \`${COMMAND_WORD.sluit} 12 asked twice, see #11\`.`,
} satisfies EscalationTexts;
