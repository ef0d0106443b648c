/** Dutch texts of goals, measurements and deadlines: the commands' answers, `toon`, `lijst verlopen`, reminders, the form. */
import type { GoalParseError } from "../commands/goal-types.js";
import { commandWords, GOAL_WORDS } from "../commands/vocabulary.js";
import type { GoalSchedule } from "../goals/goal-progress.js";

const COMMAND_WORD = commandWords("nl");
const DOEL = COMMAND_WORD.doel;
const METING = COMMAND_WORD.meting;
const EXAMPLE = `\`${DOEL} 1.3 zzp'ers gesproken 200 zzp'ers ${GOAL_WORDS.by.nl} 31-12-2026\``;
const goals = (count: number) => `${count} ${count === 1 ? "doel" : "doelen"}`;

export const goalsNl = {
  added: (code: string, number: number, description: string) => `Doel ${number} van ${code} vastgelegd: ${description}.`,
  addedDetail: (code: string, number: number, target: string, date: string | null) =>
    `Streefwaarde ${target}${date ? `, ${GOAL_WORDS.by.nl} ${date}` : ""}. Leg metingen vast met \`${METING} ${code} ${number} <waarde>\`.`,
  measured: (code: string, number: number, description: string) => `Meting bij ${code}, doel ${number} (${description}) opgeslagen.`,
  measuredDetail: (value: string, target: string, percent: number) => `Nu ${value} van ${target} (${percent}%).`,
  unknownGoal: (code: string, given: string) => `Actie ${code} heeft geen doel \`${given}\`.`,
  ambiguousGoal: (code: string, given: string) => `\`${given}\` past bij meer dan één doel van ${code}.`,
  goalChoices: (code: string, choices: string) => `De doelen van ${code}: ${choices}. Noem het nummer, bijvoorbeeld \`${METING} ${code} 1 120\`.`,
  noGoals: (code: string) => `Actie ${code} heeft nog geen doelen.`,
  noGoalsHint: (code: string) => `Voeg er een toe met \`${DOEL} ${code} <omschrijving> <streefwaarde> [eenheid] [${GOAL_WORDS.by.nl} <datum>]\`.`,
  heading: (count: number) => `Doelen (${count})`,
  deadline: "Deadline",
  deadlinePassed: (date: string) => `${date} (verlopen)`,
  title: (number: number, description: string, date: string | null) => `${number}. ${description}${date ? ` · ${GOAL_WORDS.by.nl} ${date}` : ""}`,
  progress: (bar: string, value: string, target: string, percent: number) => `${bar} ${value} / ${target} (${percent}%)`,
  schedule: {
    reached: "behaald",
    "on-schedule": "op schema",
    behind: "achter op schema",
    overdue: "verlopen",
    "no-date": "",
  } satisfies Record<GoalSchedule, string>,
  expected: (percent: number) => `verwacht ${percent}%`,
  noMeasurement: "nog geen meting",
  lastMeasured: (date: string, by: string | null) => `laatste meting ${date}${by ? ` door ${by}` : ""}`,
  measureHint: (code: string) => `Nieuwe meting: \`${METING} ${code} <doel> <waarde> [toelichting]\`.`,
  overdueTitle: (count: number) => `Over de datum (${count})`,
  overdueNone: "Geen acties of doelen over hun datum.",
  overdueNoneHint: `Een doel met een datum leg je vast met ${EXAMPLE}.`,
  overdueDeadline: (date: string, status: string) => `deadline ${date} · ${status}`,
  overdueGoal: (number: number, description: string, date: string, progress: string) => `doel ${number} ${description} · ${date} · ${progress}`,
  overdueHint: `Klopt een waarde niet meer? Leg een meting vast met \`${METING} 1.3 <doel> <waarde>\`, of rond de actie af met \`${COMMAND_WORD.status} 1.3 afgerond\`.`,
  digestHeading: (count: number) => `Over de datum (${count})`,
  digestMore: (count: number) => `… en nog ${count}: \`${COMMAND_WORD.lijst} ${GOAL_WORDS.overdue.nl}\` toont ze allemaal.`,
  reminderTitle: (code: string) => `Binnenkort: een datum van actie ${code}`,
  goalReminder: (code: string, number: number, description: string, date: string, days: number) =>
    `Doel ${number} van ${code} (${description}) moet ${date} bereikt zijn, over ${days} ${days === 1 ? "werkdag" : "werkdagen"}.`,
  deadlineReminder: (code: string, title: string, date: string, days: number, status: string) =>
    `De deadline van ${code} (${title}) is ${date}, over ${days} ${days === 1 ? "werkdag" : "werkdagen"}. Status: ${status}.`,
  reminderProgress: (progress: string, schedule: string) => `Nu: ${progress}${schedule ? `, ${schedule}` : ""}.`,
  reminderHowGoal: (code: string, number: number) => `Geef de stand door met \`${METING} ${code} ${number} <waarde>\`, of kies *Bijwerken*.`,
  reminderHowDeadline: (code: string) =>
    `Werk de status bij met \`${COMMAND_WORD.status} ${code} afgerond\` (of een andere status), of kies *Bijwerken*.`,
  roundGoal: (code: string, number: number, description: string, progress: string) =>
    `doel ${number} ${description}: ${progress} · \`${METING} ${code} ${number} <waarde>\``,
  formField: (number: number, description: string) => `Doel ${number}: ${description}`,
  formPlaceholder: (current: string, target: string) => `nu ${current}, streefwaarde ${target} (leeg laten: ongewijzigd)`,
  formErrors: {
    value: "Vul een getal in (0 of meer), bijvoorbeeld 120 of 12,5; of laat het veld leeg.",
    otherAction: (code: string) => `Deze doelen horen bij actie ${code}: kies die actie, of maak de velden van de doelen leeg.`,
    unknownGoal: (number: number) => `Dit doel (${number}) bestaat niet (meer).`,
  },
  formSaved: (count: number) => `${count} ${count === 1 ? "meting" : "metingen"} opgeslagen.`,
  exportSummary: (count: number) => goals(count),
};

/** What was wrong in a goal command, and how to write it. */
export function goalParseNl(error: GoalParseError): { problem: string; hint: string } {
  switch (error.code) {
    case "missing-goal-target":
      return { problem: `Bij \`${DOEL}\` hoort een streefwaarde: een getal.`, hint: `Schrijf bijvoorbeeld ${EXAMPLE}.` };
    case "missing-goal-description":
      return { problem: `Bij \`${DOEL}\` hoort een omschrijving van het doel.`, hint: `Schrijf bijvoorbeeld ${EXAMPLE}.` };
    case "invalid-goal-target":
      return { problem: `\`${error.given}\` kan geen streefwaarde zijn: die moet groter zijn dan 0.`, hint: `Schrijf bijvoorbeeld ${EXAMPLE}.` };
    case "invalid-date":
      return {
        problem: `\`${error.given}\` is geen datum.`,
        hint: `Schrijf de datum als dag-maand-jaar (31-12-2026), dag-maand (31-12) of jaar-maand-dag (2026-12-31), bijvoorbeeld ${EXAMPLE}.`,
      };
    case "missing-goal":
      return {
        problem: `Bij \`${METING}\` horen het doel en de gemeten waarde.`,
        hint: `Schrijf bijvoorbeeld \`${METING} 1.3 1 120 eerste kwartaal\` (doel 1, waarde 120).`,
      };
    case "invalid-goal-value":
      return {
        problem: error.given
          ? `\`${error.given}\` is geen gemeten waarde: schrijf een getal van 0 of meer.`
          : `Bij \`${METING}\` hoort een gemeten waarde.`,
        hint: `Schrijf bijvoorbeeld \`${METING} 1.3 1 120\` of \`${METING} 1.3 1 12,5\` (doel 1, dan de waarde).`,
      };
    case "goal-text-too-long":
      return {
        problem: `De ${error.what === "unit" ? "eenheid" : "omschrijving"} is ${error.length} tekens lang; het maximum is ${error.max}.`,
        hint: `Maak haar korter, bijvoorbeeld ${EXAMPLE}.`,
      };
  }
}
