/** The commands of goals and their parse errors: `doel`, `meting`, `lijst verlopen`. */
import type { TypedDate } from "../goals/goal-values.js";
import type { ListFilter } from "./types.js";

export type GoalCommand =
  /** `doel 1.3 <omschrijving> <streefwaarde> [eenheid] [per <datum>]`: a new goal of the action. */
  | { name: "doel"; code: string; description: string; target: number; unit?: string; due?: TypedDate }
  /** `meting 1.3 <doel> <waarde> [toelichting]`: `goal` is the goal's number or a word of its description. */
  | { name: "meting"; code: string; goal: string; value: number; note?: string }
  /** `lijst verlopen [filter]`: actions and goals past their date and not finished. */
  | { name: "verlopen"; filter: ListFilter };

export type GoalParseError =
  | { code: "missing-goal-target" }
  | { code: "missing-goal-description" }
  | { code: "invalid-goal-target"; given: string }
  | { code: "invalid-date"; given: string }
  | { code: "missing-goal" }
  | { code: "invalid-goal-value"; given: string }
  | { code: "goal-text-too-long"; what: "description" | "unit"; length: number; max: number };

const GOAL_ERROR_CODES: ReadonlySet<string> = new Set<GoalParseError["code"]>([
  "missing-goal-target",
  "missing-goal-description",
  "invalid-goal-target",
  "invalid-date",
  "missing-goal",
  "invalid-goal-value",
  "goal-text-too-long",
]);

export function isGoalParseError(error: { code: string }): error is GoalParseError {
  return GOAL_ERROR_CODES.has(error.code);
}
