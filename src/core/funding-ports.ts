/** The port of funding decisions: what the core needs stored (re-exported by `ports.ts`). */
import type { ChangeChannel, PersonInfo } from "./domain/agenda.js";
import type { FundingDecision, FundingState, FundingStatus } from "./domain/funding.js";

export interface FundingChangeInput extends FundingDecision {
  code: string;
  personId: number | null;
  channel: ChangeChannel;
  /** When it was decided (the core's clock); the database's time when omitted. */
  at?: Date;
}

export interface FundingChangeResult {
  from: FundingState;
  to: FundingState;
  at: Date;
}

/** One row of an action's funding history (append-only). */
export interface FundingHistoryEntry {
  at: Date;
  from: FundingStatus | null;
  to: FundingStatus;
  source: string | null;
  amountCents: number | null;
  note: string | null;
  by: PersonInfo | null;
  channel: ChangeChannel;
}

export interface FundingLedger {
  /** Stores the decision with its history row in one transaction; throws UnknownActionError for an unknown code. */
  changeFunding(input: FundingChangeInput): Promise<FundingChangeResult>;
  /** The action's funding history, newest first, at most `limit` rows. */
  fundingHistory(code: string, limit: number): Promise<FundingHistoryEntry[]>;
}
