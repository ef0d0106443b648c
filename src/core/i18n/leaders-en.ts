/** English texts of `leider` / `leiders` (`leader` / `leaders`): the project leaders of a region. */
import type { EmailProblem, LeaderParseError } from "../commands/leader-types.js";
import { commandWords, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";
import type { LeaderTexts } from "./texts.js";

const LEADER = commandWords("en").leider;
const ADD = `${LEADER} ${SUBCOMMAND_WORDS.add.en}`;
const REMOVE = `${LEADER} ${SUBCOMMAND_WORDS.remove.en}`;
const EXAMPLE = `\`${ADD} name@municipality.nl\``;

const PROBLEMS: Record<EmailProblem, string> = {
  "no-at": "it has no @",
  "no-name": "there is no name before the @",
  "no-domain": "there is no domain such as municipality.nl after the @",
  spaces: "it contains spaces",
  format: "it is not written as name@domain.nl",
};

export const leadersEn = {
  /** What is wrong with an address, as a phrase. */
  emailProblems: PROBLEMS,
  help: {
    usage: `${LEADER}s · ${ADD} <e-mail> · ${REMOVE} <e-mail>`,
    description: "see, add or remove the project leaders of this region (project leader)",
  },
  usage: `Write \`${LEADER}s\`, ${EXAMPLE} or \`${REMOVE} name@municipality.nl\`.`,
  controlCharacterField: `The e-mail address of \`${LEADER}\``,
  unavailable: "Project leaders cannot be kept in this installation.",
  title: (count: number) => `${count} project ${count === 1 ? "leader" : "leaders"} in this region`,
  fromConfig: "from LEADER_EMAILS",
  since: (date: string) => `since ${date}`,
  listHint: `Add one with ${EXAMPLE}; remove one with \`${REMOVE} name@municipality.nl\`.`,
  noneHint: "There is no project leader yet. Add one with `npm run cli -- regio add <region> --leider name@municipality.nl` or with LEADER_EMAILS.",
  added: (email: string) => `${email} is now a project leader of this region.`,
  addedHint: "From their next command they can assign leads, link channels and start rounds (on another server within half a minute).",
  already: (email: string) => `${email} already was a project leader of this region; nothing changed.`,
  removed: (email: string) => `${email} is no longer a project leader of this region.`,
  notALeader: (email: string) => `${email} is not a project leader of this region; nothing changed.`,
  notALeaderHint: `\`${LEADER}s\` shows who are.`,
  lastLeader: (email: string) => `${email} is the last project leader of this region and stays one; nothing changed.`,
  lastLeaderHint: `Add another project leader first (${EXAMPLE}), then remove this one.`,
  configured: (email: string) => `${email} is in LEADER_EMAILS and so stays a project leader; nothing changed.`,
  configuredHint: "Remove the address from LEADER_EMAILS (the server's setting) and restart the bot; then this command can remove it.",
  leaderOnlyHint: `Should you be a project leader? Ask a project leader of this region: \`${ADD} <your e-mail address>\`.`,
  parse(error: LeaderParseError): { problem: string; hint: string } {
    switch (error.code) {
      case "leader-usage":
        return { problem: `I do not know \`${LEADER} ${error.given ?? ""}\`.`, hint: leadersEn.usage };
      case "missing-leader-email":
        return {
          problem: `\`${error.action === "add" ? ADD : REMOVE}\` needs an e-mail address.`,
          hint: `For example \`${error.action === "add" ? ADD : REMOVE} name@municipality.nl\`.`,
        };
      case "invalid-leader-email":
        return { problem: `\`${error.given}\` is not an e-mail address: ${PROBLEMS[error.problem]}.`, hint: `For example ${EXAMPLE}.` };
    }
  },
} satisfies LeaderTexts;
