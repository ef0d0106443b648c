/**
 * The port of goals: an action's goals with their measured values (append-only history) and its deadline, and
 * the dated ones that are due or overdue. Each writing method is one transaction: stored whole or not at all.
 */
import type { ChangeChannel, PersonInfo, Platform } from "../domain/agenda.js";
import type { ActionStatus } from "../domain/status.js";
import type { IsoDate } from "./goal-values.js";

export interface MeasurementView {
  value: number;
  at: Date;
  note: string | null;
  by: PersonInfo | null;
}

export interface GoalView {
  /** Short number within the action, to refer to it: `meting 1.3 2 …`. */
  number: number;
  description: string;
  target: number;
  unit: string | null;
  dueDate: IsoDate | null;
  createdAt: Date;
  /** The latest measured value; null before the first measurement. */
  latest: MeasurementView | null;
}

export interface ActionGoals {
  code: string;
  deadline: IsoDate | null;
  goals: GoalView[];
}

/** An action whose deadline, or a goal whose date, has come or is near: `key` names it for claims and messages. */
export type DatedItem = { code: string; title: string; status: ActionStatus; themeNumber: number; date: IsoDate; key: string } & (
  | { kind: "deadline" }
  | { kind: "goal"; goal: GoalView }
);

/** A lead of the action of a dated item, with their language (if known) and where they can be written to. */
export interface ItemLead {
  person: PersonInfo;
  locale: string | null;
  targets: { platform: Platform; target: string }[];
}

export interface NewGoal {
  code: string;
  description: string;
  target: number;
  unit: string | null;
  dueDate: IsoDate | null;
  personId: number | null;
  channel: ChangeChannel;
  /** When it was set (the app's clock): the linear schedule starts here. */
  at: Date;
}

/** Measured values of one action's goals, recorded together. */
export interface MeasurementsInput {
  code: string;
  values: NewMeasurement[];
  personId: number | null;
  channel: ChangeChannel;
  at: Date;
}

export interface NewMeasurement {
  goalNumber: number;
  value: number;
  note: string | null;
}

export interface GoalStore {
  /** An action's goals (by number) with their latest values, and its deadline; null when the action is unknown. */
  goalsOf(code: string): Promise<ActionGoals | null>;
  /** The same for these actions (all active ones when omitted); actions without goals or deadline are left out. */
  goalsOfMany(codes?: string[]): Promise<Map<string, ActionGoals>>;
  /** Adds a goal with the next free number of its action. */
  addGoal(input: NewGoal): Promise<{ number: number; at: Date }>;
  /** Appends measured values of an action's goals (each number must exist), and counts as an update of the action. */
  recordMeasurements(input: MeasurementsInput): Promise<void>;
  /** Deadlines and goal dates before `today`, not finished (action done or dropped, goal reached), in these themes (all when omitted). */
  overdue(today: IsoDate, themes?: number[]): Promise<DatedItem[]>;
  /** Deadlines and goal dates from `from` to `to` (inclusive), not finished, with the leads of their action. */
  dueBetween(from: IsoDate, to: IsoDate): Promise<(DatedItem & { leads: ItemLead[] })[]>;
}

/** Statuses in which an action asks nothing more: its dates cannot be missed. */
export const FINISHED_STATUSES: readonly ActionStatus[] = ["afgerond", "vervallen"];
