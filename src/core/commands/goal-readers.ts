/** Readers of the goal commands' arguments: a goal (`… 200 zzp'ers per 31-12-2026`) and a measurement (`1 120 …`). */
import { MAX_NOTE_LENGTH } from "../domain/text-limits.js";
import type { GoalView } from "../goals/goal-store.js";
import {
  MAX_GOAL_DESCRIPTION,
  MAX_GOAL_UNIT,
  measuredValueSchema,
  readNumber,
  readTypedDate,
  type TypedDate,
  targetSchema,
} from "../goals/goal-values.js";
import { optionalNoteSchema } from "./arguments.js";
import type { GoalCommand } from "./goal-types.js";
import { isGoalWord } from "./vocabulary.js";
import { fail, type WordReader } from "./word-reader.js";

/** A date's word after `per`: one that looks like a date is read as one (and must be valid); `per week` stays words. */
function readDue(words: string[]): { words: string[]; due?: TypedDate } {
  const [by, date] = words.slice(-2);
  if (words.length < 2 || !isGoalWord(by, "by") || !date || !/\d/.test(date)) return { words };
  const due = readTypedDate(date);
  if (!due) fail({ code: "invalid-date", given: date });
  return { words: words.slice(0, -2), due };
}

function checkedText(text: string, what: "description" | "unit", max: number): string {
  // Control characters never get here: the grammar refuses them in the whole input first.
  if (text.length > max) fail({ code: "goal-text-too-long", what, length: text.length, max });
  return text;
}

/**
 * `<omschrijving> <streefwaarde> [eenheid] [per <datum>]`: the target is the last number; what follows it is the
 * unit. Typed number first (`200 zzp'ers gesproken`), the words after it describe the goal and the first is the unit.
 */
export function readGoal(code: string, reader: WordReader): Extract<GoalCommand, { name: "doel" }> {
  const { words, due } = readDue(reader.remainingWords());
  let at = -1;
  for (let i = words.length - 1; i >= 0 && at < 0; i--) if (readNumber(words[i] ?? "") !== null) at = i;
  if (at < 0) fail(words.length ? { code: "missing-goal-target" } : { code: "missing-goal-description" });
  const given = words[at] ?? "";
  const target = targetSchema.safeParse(readNumber(given));
  if (!target.success) fail({ code: "invalid-goal-target", given });
  const after = words.slice(at + 1);
  const percent = given.endsWith("%") ? "%" : undefined;
  const description = at === 0 ? after.join(" ") : words.slice(0, at).join(" ");
  const unit = at === 0 ? (percent ?? after[0]) : (percent ?? (after.join(" ") || undefined));
  if (!description) fail({ code: "missing-goal-description" });
  return {
    name: "doel",
    code,
    description: checkedText(description, "description", MAX_GOAL_DESCRIPTION),
    target: target.data,
    ...(unit ? { unit: checkedText(unit, "unit", MAX_GOAL_UNIT) } : {}),
    ...(due ? { due } : {}),
  };
}

/** `<doel> <waarde> [toelichting]`: the goal's number or a word of its description, then the measured value. */
export function readMeasurement(code: string, reader: WordReader): Extract<GoalCommand, { name: "meting" }> {
  const goal = reader.next();
  if (!goal) fail({ code: "missing-goal" });
  const given = reader.next() ?? "";
  const value = measuredValueSchema.safeParse(readNumber(given));
  if (!value.success) fail({ code: "invalid-goal-value", given });
  const note = optionalNoteSchema.safeParse(reader.rest());
  if (!note.success) fail({ code: "text-too-long", command: "meting", length: reader.rest().trim().length, max: MAX_NOTE_LENGTH });
  return { name: "meting", code, goal: goal.replace(/^#/, ""), value: value.data, ...(note.data ? { note: note.data } : {}) };
}

/** The goal a typed reference names: its number, or the one goal whose description holds the word. */
export function findGoal(goals: readonly GoalView[], given: string): { goal: GoalView } | { problem: "unknown" | "ambiguous" } {
  if (/^\d+$/.test(given)) {
    const goal = goals.find((candidate) => candidate.number === Number(given));
    return goal ? { goal } : { problem: "unknown" };
  }
  const needle = given.toLowerCase();
  const matches = goals.filter((candidate) => candidate.description.toLowerCase().includes(needle));
  const [only] = matches;
  if (matches.length === 1 && only) return { goal: only };
  return { problem: matches.length ? "ambiguous" : "unknown" };
}
