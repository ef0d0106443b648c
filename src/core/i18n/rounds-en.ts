/** English texts of reminder rounds. */
import { commandPhrase, commandWords, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";
import type { RoundTexts } from "./texts.js";

const COMMAND_WORD = commandWords("en");

const actions = (count: number) => `${count} ${count === 1 ? "action" : "actions"}`;
const leads = (count: number) => `${count} ${count === 1 ? "lead" : "leads"}`;

export const roundsEn = {
  previewTitle: (actionCount, leadCount) => `Reminder round: ${actions(actionCount)}, ${leads(leadCount)}`,
  defaultFilter: (weeks) => `Actions still to be worked out, and running actions without an update for ${weeks} weeks.`,
  filter: (description) => `Filter: ${description}.`,
  leadsHeading: "Who gets a message",
  unreachable: "not reachable in chat",
  withoutLeadHeading: (count) => `Without a linked lead (${count})`,
  withoutLeadHint: (codes) =>
    `Nobody gets a message about ${codes.length === 1 ? "this action, so it is" : "these actions, so they are"} yours. Link a lead with \`${COMMAND_WORD.trekker} ${codes[0] ?? "1.3"} @name\`${codes.length > 1 ? ", and likewise for the others" : ""}.`,
  unreachableHeading: (count) => `Not reachable yet (${count})`,
  unreachableHint:
    "These leads have never spoken to the bot, so it cannot message them. Their actions are in the round; ask them to open the bot once.",
  timeline: (followUp, closes) =>
    `On ${followUp} those who have not answered yet get a reminder; the round closes on ${closes} and you get a summary.`,
  startButton: "Start the round",
  startHint: (command) => `Or type \`${command}\`.`,
  nobodyToMessage: "This round would message nobody: none of these actions has a lead the bot can reach.",
  nobodyToMessageHint: (unreachable) =>
    `Link leads with \`${COMMAND_WORD.trekker} 1.3 @name\`${unreachable ? " or ask the leads above to open the bot once" : ""}; then you can start the round.`,
  scheduledNobody: "The scheduled reminder round did not start: it would message nobody, as none of its actions has a lead the bot can reach.",
  nothingToDo: "No actions call for a reminder.",
  nothingToDoHint: `Choose another filter, for example \`${COMMAND_WORD.herinner} theme 4\` or \`${COMMAND_WORD.herinner} status running\`.`,
  alreadyOpen: (started) => `A reminder round is already open (started ${started}).`,
  alreadyOpenHint: `See it with \`${COMMAND_WORD.ronde}\`, or close it first with \`${commandPhrase("ronde", "close", "en")}\`.`,
  started: (leadCount, actionCount) =>
    `The round has started: ${leads(leadCount)} ${leadCount === 1 ? "gets" : "get"} a message about ${actions(actionCount)}.`,
  startedHint: `Follow the answers with \`${COMMAND_WORD.ronde}\`.`,
  automaticStarted: (leadCount, actionCount) => `A scheduled reminder round has started: ${leads(leadCount)}, ${actions(actionCount)}.`,
  reminderTitle: "How are your actions doing?",
  reminderIntro: (who, count, closes) =>
    `${who ?? "The project leader"} asks you to confirm or update the status of ${count === 1 ? "your action" : `your ${count} actions`}, preferably before ${closes}.`,
  reminderHint: `Status still right? Choose *Unchanged*. Changed? Choose *Update*, or type \`${COMMAND_WORD.status} 1.3 running <note>\`.`,
  nudgeTitle: "A gentle reminder",
  nudgeIntro: (count, closes) =>
    `${count === 1 ? "One action is" : `${count} actions are`} still waiting for your answer; the round closes on ${closes}.`,
  none: "There has not been a reminder round yet.",
  noneHint: `Start one with \`${COMMAND_WORD.herinner}\`.`,
  responseRate: (answered, total) =>
    total === 0
      ? "no leads in this round"
      : `${answered} of the ${leads(total)} ${answered === 1 || total === 1 ? "has" : "have"} responded (${Math.round((answered / total) * 100)}%)`,
  statusTitle: (started, rate) => `Round of ${started}: ${rate}`,
  closedTitle: (started, rate) => `Last round (${started}, closed): ${rate}`,
  statusTimeline: (followUp, closes, followedUp) => `${followedUp ? "Reminder sent" : `Reminder on ${followUp ?? "-"}`}; closes on ${closes}.`,
  counts: (updated, unchanged, notMine, open) => `Updated: ${updated} · unchanged: ${unchanged} · not mine: ${notMine} · no answer: ${open}`,
  answeredHeading: (count) => `Answered (${count})`,
  unansweredHeading: (count) => `No answer yet (${count})`,
  notMineHeading: (count) => `"Not my action" (${count})`,
  notMineLine: (code, name) => `${code}: ${name}`,
  notMineHint: (codes) => {
    const code = codes[0] ?? "1.3";
    const link = `Link the right lead with \`${COMMAND_WORD.trekker} ${code} @name\` (and unlink with \`${COMMAND_WORD.trekker} ${code} ${SUBCOMMAND_WORDS.remove.en} @name\`)`;
    return codes.length > 1 ? `${link}, and likewise for ${codes.slice(1).join(", ")}.` : `${link}.`;
  },
  closeHint: `\`${commandPhrase("ronde", "close", "en")}\` — closes the open round now and sends you the summary.`,
  summaryTitle: (rate) => `Reminder round closed: ${rate}`,
  answer: { updated: "updated", unchanged: "unchanged", "not-mine": "not mine" },
  recorded: (code) => `Your answer about ${code} is in the round.`,
  allAnswered: "Thank you, you have answered every action in this round.",
  answeredItem: (status, answer) => `${status} · answered: ${answer}`,
  alreadyAnswered: (code) => `${code} has already been answered in this round.`,
  alreadyAnsweredHint: "Nothing was stored. Has the status changed after all? Choose *Update*.",
  notMineRecorded: (code) => `Noted: ${code} is not your action. The project leader will hear about it.`,
  notMineRecordedHint: "Do you know whose it is? Tell the project leader.",
  notMineNotice: (name, code, title) => `${name} says ${code} (${title}) is not their action.`,
  notMineNoticeHint: (code) => `Link the right lead with \`${COMMAND_WORD.trekker} ${code} @name\`.`,
  noOpenRound: "No reminder round is open.",
  scheduledSkipped: (started) => `The scheduled reminder round did not start: the round of ${started} is still open.`,
  scheduledSkippedHint: `See it with \`${COMMAND_WORD.ronde}\` and close it with \`${commandPhrase("ronde", "close", "en")}\`; the next scheduled round then starts as usual.`,
  invalidButton: "This button is not valid (any more); nothing was started.",
  invalidButtonHint: `Type \`${COMMAND_WORD.herinner}\` for a new preview of the round.`,
} satisfies RoundTexts;
