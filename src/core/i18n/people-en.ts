/** English texts of people as data: the people file, `leads`, `language`. */
import { commandWords } from "../commands/vocabulary.js";
import type { PeopleColumn } from "../people-file/people-file.js";
import type { PeopleTexts } from "./texts.js";

const COLUMN: Record<PeopleColumn, string> = { email: "email", name: "name", organisation: "organization", language: "language", actions: "actions" };
const COMMAND_WORD = commandWords("en");
const peopleCount = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;

export const peopleEn = {
  list: (items) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`),
  problem(problem) {
    switch (problem.kind) {
      case "empty":
        return "The file has no lines below the header. Put one line per person with email;name;organization;language;actions.";
      case "missing-column":
        return `The header has no "${COLUMN[problem.column]}" column. Name the columns email;name;organization;language;actions.`;
      case "unknown-column":
        return `Unknown column "${problem.header}". Use email, name, organization, language and actions (or the Dutch names).`;
      case "unreadable":
        return `Line ${problem.line} cannot be read as CSV (${problem.reason}). Check the quotes.`;
      case "duplicate":
        return `Line ${problem.line}: ${problem.email} is also on line ${problem.firstLine}. List everyone once, with all their actions.`;
      case "field": {
        const where = `Line ${problem.line}, column ${problem.header}`;
        switch (problem.problem) {
          case "email":
            return `${where}: "${problem.value}" is not an e-mail address. Write it as name@organisation.org.`;
          case "language":
            return `${where}: "${problem.value}" is not a language the bot speaks. Write nl or en.`;
          case "code-format":
            return `${where}: "${problem.value}" is not an action code. Write codes as 1.3, separated by spaces or commas.`;
          case "code-unknown":
            return `${where}: action ${problem.value} is not on the agenda. See which codes exist with \`list\`.`;
          case "too-long":
            return `${where}: longer than 200 characters. Shorten it.`;
        }
      }
    }
  },
  leadsTitle: (people, actions) => `Leads: ${peopleCount(people)} on ${actions} ${actions === 1 ? "action" : "actions"}`,
  platform: { slack: "Slack", teams: "Teams", mail: "e-mail" },
  unreachable: "not reachable in chat",
  reachable: (reachable, total) => `${reachable} of ${total} ${total === 1 ? "lead is" : "leads are"} reachable in chat.`,
  moreActions: (count) => `And ${count} more ${count === 1 ? "action" : "actions"}: narrow it with \`${COMMAND_WORD.trekkers} <code|organisation>\`.`,
  withoutLeadTitle: (count) => `Without a lead (${count})`,
  linkHint: `Link a lead with \`${COMMAND_WORD.trekker} 1.3 @name\` (several actions and people at once work too), or everyone at once with the people file: \`npm run cli -- people import leads.csv\`.`,
  noLeads: "No leads are linked yet.",
  noLeadsFor: (what) => `No lead is linked for ${what}.`,
  languageSet: "From now on I write to you in English.",
  languageIs: (chosen) =>
    chosen
      ? `I write to you in English. Prefer Dutch? Type \`${COMMAND_WORD.taal} nl\`.`
      : `I write to you in English (the default language). Prefer Dutch? Type \`${COMMAND_WORD.taal} nl\`.`,
  languageNeedsPerson: "I do not know who you are yet, so I cannot remember your language. Ask the project leader to link you as a lead.",
  invalid: (file, problems) => `The people file ${file} is not valid:\n${problems}\nCorrect the file and try again; nothing was stored.`,
  imported: (s) =>
    `${peopleCount(s.created + s.updated + s.unchanged)} read: ${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged; ${s.leadsAdded} ${s.leadsAdded === 1 ? "lead linked" : "leads linked"}.`,
  wrote: (count, file) => `${peopleCount(count)} written to ${file}`,
  needsFile: "people import needs exactly one file: npm run cli -- people import leads.csv",
  unknownSubcommand: (given) => `I do not know "people ${given}". Use people import <file> or people export [--out <file>].`,
} satisfies PeopleTexts;
