/**
 * The goal fields of the status form: one value field per goal of the action the form is for, so a lead records
 * measured values along with the status. Validated with the rest of the form: nothing is stored until all is valid.
 */
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { formatNumber, withUnit } from "../i18n/numbers.js";
import type { ActionGoals, NewMeasurement } from "./goal-store.js";
import { measuredFieldSchema } from "./goal-values.js";

/** A goal field's id in the form (Slack block_id, Teams input id): it names the action, so it cannot be misapplied. */
export type GoalFieldId = `goal:${string}`;

export function goalFieldId(code: string, number: number): GoalFieldId {
  return `goal:${code}:${number}`;
}

export function isGoalFieldId(id: string): id is GoalFieldId {
  return /^goal:[^:]+:\d+$/.test(id);
}

function readFieldId(id: GoalFieldId): { code: string; number: number } {
  const [, code = "", number = "0"] = id.split(":");
  return { code, number: Number(number) };
}

/** One value field, as the platforms draw it. */
export interface GoalField {
  id: GoalFieldId;
  label: string;
  placeholder: string;
}

/** At most this many goal fields in one form (a Slack modal holds 100 blocks); `meting` reaches the others. */
export const MAX_FORM_GOALS = 20;

/** The value fields of an action's goals, labelled in the form's language. */
export function goalFields(goals: ActionGoals | null, locale: Locale): GoalField[] {
  const g = texts(locale).goals;
  return (goals?.goals ?? []).slice(0, MAX_FORM_GOALS).map((goal) => ({
    id: goalFieldId(goals?.code ?? "", goal.number),
    label: g.formField(goal.number, goal.description),
    placeholder: g.formPlaceholder(formatNumber(goal.latest?.value ?? 0, locale), withUnit(formatNumber(goal.target, locale), goal.unit)),
  }));
}

/** The goal values of a submission: per-field errors, or the measurements to store (none for empty fields). */
export function readGoalValues(
  values: Record<string, unknown> | undefined,
  code: string,
  goals: ActionGoals | null,
  locale: Locale,
): { errors: Partial<Record<GoalFieldId, string>>; measurements: NewMeasurement[] } {
  const e = texts(locale).goals.formErrors;
  const errors: Partial<Record<GoalFieldId, string>> = {};
  const measurements: NewMeasurement[] = [];
  for (const [id, raw] of Object.entries(values ?? {})) {
    if (!isGoalFieldId(id)) continue;
    const text = typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : raw === undefined || raw === null ? "" : null;
    const parsed = text === null ? null : measuredFieldSchema.safeParse(text);
    if (!parsed?.success) {
      errors[id] = e.value;
      continue;
    }
    if (parsed.data === undefined) continue;
    const field = readFieldId(id);
    if (field.code !== code) errors[id] = e.otherAction(field.code);
    else if (!goals?.goals.some((goal) => goal.number === field.number)) errors[id] = e.unknownGoal(field.number);
    else measurements.push({ goalNumber: field.number, value: parsed.data, note: null });
  }
  return { errors, measurements };
}
