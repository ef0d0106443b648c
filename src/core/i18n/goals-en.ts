/** English texts of goals, measurements and deadlines. */
import type { GoalParseError } from "../commands/goal-types.js";
import { commandWords, GOAL_WORDS } from "../commands/vocabulary.js";
import type { GoalTexts } from "./texts.js";

const COMMAND_WORD = commandWords("en");
const DOEL = COMMAND_WORD.doel;
const METING = COMMAND_WORD.meting;
const EXAMPLE = `\`${DOEL} 1.3 self-employed reached 200 people ${GOAL_WORDS.by.en} 31-12-2026\``;
const goals = (count: number) => `${count} ${count === 1 ? "goal" : "goals"}`;
const workingDays = (days: number) => `${days} working ${days === 1 ? "day" : "days"}`;

export const goalsEn = {
  added: (code, number, description) => `Goal ${number} of ${code} recorded: ${description}.`,
  addedDetail: (code, number, target, date) =>
    `Target ${target}${date ? `, ${GOAL_WORDS.by.en} ${date}` : ""}. Record measurements with \`${METING} ${code} ${number} <value>\`.`,
  measured: (code, number, description) => `Measurement for ${code}, goal ${number} (${description}) saved.`,
  measuredDetail: (value, target, percent) => `Now ${value} of ${target} (${percent}%).`,
  unknownGoal: (code, given) => `Action ${code} has no goal \`${given}\`.`,
  ambiguousGoal: (code, given) => `\`${given}\` fits more than one goal of ${code}.`,
  goalChoices: (code, choices) => `The goals of ${code}: ${choices}. Give the number, for example \`${METING} ${code} 1 120\`.`,
  noGoals: (code) => `Action ${code} has no goals yet.`,
  noGoalsHint: (code) => `Add one with \`${DOEL} ${code} <description> <target> [unit] [${GOAL_WORDS.by.en} <date>]\`.`,
  heading: (count) => `Goals (${count})`,
  deadline: "Deadline",
  deadlinePassed: (date) => `${date} (overdue)`,
  title: (number, description, date) => `${number}. ${description}${date ? ` · ${GOAL_WORDS.by.en} ${date}` : ""}`,
  progress: (bar, value, target, percent) => `${bar} ${value} / ${target} (${percent}%)`,
  schedule: { reached: "reached", "on-schedule": "on schedule", behind: "behind schedule", overdue: "overdue", "no-date": "" },
  expected: (percent) => `expected ${percent}%`,
  noMeasurement: "no measurement yet",
  lastMeasured: (date, by) => `last measured ${date}${by ? ` by ${by}` : ""}`,
  measureHint: (code) => `New measurement: \`${METING} ${code} <goal> <value> [explanation]\`.`,
  overdueTitle: (count) => `Past their date (${count})`,
  overdueNone: "No actions or goals past their date.",
  overdueNoneHint: `Record a goal with a date with ${EXAMPLE}.`,
  overdueDeadline: (date, status) => `deadline ${date} · ${status}`,
  overdueGoal: (number, description, date, progress) => `goal ${number} ${description} · ${date} · ${progress}`,
  overdueHint: `A value out of date? Record a measurement with \`${METING} 1.3 <goal> <value>\`, or finish the action with \`${COMMAND_WORD.status} 1.3 done\`.`,
  digestHeading: (count) => `Past their date (${count})`,
  digestMore: (count) => `… and ${count} more: \`${COMMAND_WORD.lijst} ${GOAL_WORDS.overdue.en}\` shows them all.`,
  reminderTitle: (code) => `Coming up: a date of action ${code}`,
  goalReminder: (code, number, description, date, days) =>
    `Goal ${number} of ${code} (${description}) is to be reached by ${date}, in ${workingDays(days)}.`,
  deadlineReminder: (code, title, date, days, status) => `The deadline of ${code} (${title}) is ${date}, in ${workingDays(days)}. Status: ${status}.`,
  reminderProgress: (progress, schedule) => `Now: ${progress}${schedule ? `, ${schedule}` : ""}.`,
  reminderHowGoal: (code, number) => `Report where it stands with \`${METING} ${code} ${number} <value>\`, or choose *Update*.`,
  reminderHowDeadline: (code) => `Update the status with \`${COMMAND_WORD.status} ${code} done\` (or another status), or choose *Update*.`,
  roundGoal: (code, number, description, progress) => `goal ${number} ${description}: ${progress} · \`${METING} ${code} ${number} <value>\``,
  formField: (number, description) => `Goal ${number}: ${description}`,
  formPlaceholder: (current, target) => `now ${current}, target ${target} (leave empty: unchanged)`,
  formErrors: {
    value: "Enter a number (0 or more), for example 120 or 12.5; or leave the field empty.",
    otherAction: (code) => `These goals belong to action ${code}: choose that action, or empty the goal fields.`,
    unknownGoal: (number) => `This goal (${number}) does not exist (any more).`,
  },
  formSaved: (count) => `${count} ${count === 1 ? "measurement" : "measurements"} saved.`,
  exportSummary: (count) => goals(count),
} satisfies GoalTexts;

/** What was wrong in a goal command, and how to write it. */
export function goalParseEn(error: GoalParseError): { problem: string; hint: string } {
  switch (error.code) {
    case "missing-goal-target":
      return { problem: `\`${DOEL}\` needs a target: a number.`, hint: `Write for example ${EXAMPLE}.` };
    case "missing-goal-description":
      return { problem: `\`${DOEL}\` needs a description of the goal.`, hint: `Write for example ${EXAMPLE}.` };
    case "invalid-goal-target":
      return { problem: `\`${error.given}\` cannot be a target: it must be more than 0.`, hint: `Write for example ${EXAMPLE}.` };
    case "invalid-date":
      return {
        problem: `\`${error.given}\` is not a date.`,
        hint: `Write the date as day-month-year (31-12-2026), day-month (31-12) or year-month-day (2026-12-31), for example ${EXAMPLE}.`,
      };
    case "missing-goal":
      return {
        problem: `\`${METING}\` needs the goal and the measured value.`,
        hint: `Write for example \`${METING} 1.3 1 120 first quarter\` (goal 1, value 120).`,
      };
    case "invalid-goal-value":
      return {
        problem: error.given ? `\`${error.given}\` is not a measured value: write a number of 0 or more.` : `\`${METING}\` needs a measured value.`,
        hint: `Write for example \`${METING} 1.3 1 120\` or \`${METING} 1.3 1 12.5\` (goal 1, then the value).`,
      };
    case "goal-text-too-long":
      return {
        problem: `The ${error.what === "unit" ? "unit" : "description"} is ${error.length} characters long; the maximum is ${error.max}.`,
        hint: `Make it shorter, for example ${EXAMPLE}.`,
      };
  }
}
