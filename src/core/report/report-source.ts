/**
 * The port the quarterly report and the history export read from: the agenda's frame, each active action's status
 * at two moments, everything that happened in a period (status changes, notes, funding changes, measurements),
 * funding and goal values at a moment, escalations and rounds of a period. Read-only; `src/persistence` answers it.
 */
import type { AgendaStructure, RoundRecord } from "../dashboard/dashboard-reader.js";
import type { ChangeChannel, PersonInfo } from "../domain/agenda.js";
import type { FundingStatus } from "../domain/funding.js";
import type { ActionStatus } from "../domain/status.js";

/** An action's status at a moment, and since when it had it (its last real change before then). */
export interface StatusAt {
  status: ActionStatus;
  since: Date;
}

/** An active action with its status at the start and at the end of a period; null: it did not exist yet. */
export interface ActionStates {
  code: string;
  title: string;
  themeNumber: number;
  atStart: StatusAt | null;
  atEnd: StatusAt | null;
}

interface EventBase {
  at: Date;
  code: string;
  title: string;
  themeNumber: number;
  by: PersonInfo | null;
  channel: ChangeChannel;
}

/** One row of the history: a status change (or confirmation), a note, a funding change or a measured value. */
export type HistoryEvent = EventBase &
  (
    | { kind: "status"; from: ActionStatus | null; to: ActionStatus; note: string | null }
    | { kind: "note"; text: string }
    | { kind: "funding"; from: FundingStatus | null; to: FundingStatus; source: string | null; amountCents: number | null; note: string | null }
    | { kind: "measurement"; goalNumber: number; goal: string; value: number; unit: string | null; note: string | null }
  );

export type HistoryKind = HistoryEvent["kind"];

/** An action's funding decision as it stood at a moment. */
export interface FundingAt {
  code: string;
  title: string;
  themeNumber: number;
  status: FundingStatus;
  source: string | null;
  amountCents: number | null;
}

/** A goal (that existed at the end of the period) with its last measured value before the start and before the end. */
export interface GoalAt {
  code: string;
  title: string;
  themeNumber: number;
  number: number;
  description: string;
  target: number;
  unit: string | null;
  dueDate: string | null;
  valueAtStart: number | null;
  valueAtEnd: number | null;
  /** Measurements within the period. */
  measurements: number;
}

/** An escalation raised or resolved in the period. */
export interface EscalationInPeriod {
  number: number;
  code: string;
  title: string;
  themeNumber: number;
  overlegCode: string | null;
  question: string;
  raisedAt: Date;
  raisedBy: PersonInfo | null;
  resolvedAt: Date | null;
  outcome: "answered" | "closed" | null;
  resolution: string | null;
}

/** Moments are instants; a period is [from, to). */
export interface ReportSource {
  structure(): Promise<AgendaStructure>;
  actionStates(start: Date, end: Date): Promise<ActionStates[]>;
  /** Oldest first; only these kinds when given. */
  history(from: Date, to: Date, kinds?: readonly HistoryKind[]): Promise<HistoryEvent[]>;
  fundingAt(moment: Date): Promise<FundingAt[]>;
  goalsAt(start: Date, end: Date): Promise<GoalAt[]>;
  escalationsBetween(from: Date, to: Date): Promise<EscalationInPeriod[]>;
  /** Rounds started in the period, oldest first. */
  roundsBetween(from: Date, to: Date): Promise<RoundRecord[]>;
}
