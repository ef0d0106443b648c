/** Escalations as the core sees them: a question on an action for an overleg, open until answered or closed. */
import type { PersonInfo } from "./agenda.js";

/** Open, answered (with the answer), or closed without an answer (with the reason). */
export type EscalationState = "open" | "answered" | "closed";

/** How an open escalation ends. */
export type EscalationOutcome = Exclude<EscalationState, "open">;

export interface Escalation {
  /** The database's id: identifies the escalation in outbox keys across agendas. */
  id: number;
  /** The short number people use, per agenda from 1: `#12`. */
  number: number;
  /** The action it is about. */
  code: string;
  title: string;
  themeNumber: number;
  /** The overleg it was put to; null: every overleg whose themes include the action's. */
  overlegCode: string | null;
  question: string;
  raisedBy: PersonInfo | null;
  raisedAt: Date;
  state: EscalationState;
  resolvedAt: Date | null;
  resolvedBy: PersonInfo | null;
  /** The answer, or the reason it was closed. */
  resolution: string | null;
}

/** `#12` and `12` both name escalation 12. */
export const ESCALATION_NUMBER_PATTERN = /^#?([1-9]\d{0,8})$/;

/** The number in `#12` or `12`, or null when the word is not one. */
export function readEscalationNumber(word: string): number | null {
  const match = ESCALATION_NUMBER_PATTERN.exec(word.trim());
  return match?.[1] ? Number(match[1]) : null;
}
