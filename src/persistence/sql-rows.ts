/** Reading rows of hand-written SQL: JSON aggregates, timestamps inside them, people, integer arrays as parameters. */
import type { PersonInfo } from "../core/domain/agenda.js";
import type { FundingState, FundingStatus } from "../core/domain/funding.js";
import { toFunding } from "./mappers.js";

/** The person columns a statement selects (as `<prefix>id`, `<prefix>email`, `<prefix>name`). */
export interface PersonColumns {
  id: number | null;
  email: string | null;
  name: string | null;
}

/** JSON from json_agg may arrive parsed or as text, depending on the driver. */
export function jsonRows<T>(value: unknown): T[] {
  if (typeof value === "string") return JSON.parse(value) as T[];
  return (value ?? []) as T[];
}

/** Timestamps inside JSON are written without a zone; they are UTC. Columns arrive as Date already. */
export function utcDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

export function maybeUtcDate(value: string | Date | null): Date | null {
  return value === null ? null : utcDate(value);
}

export function personOf(columns: PersonColumns): PersonInfo | null {
  return columns.id === null || columns.email === null
    ? null
    : { id: Number(columns.id), email: columns.email, displayName: columns.name, locale: null };
}

/** An action's funding columns as a statement selects them (`a.funding_status::text AS funding_status, …`). */
export const FUNDING_COLUMNS =
  "a.funding_status::text AS funding_status, a.funding_source, a.funding_amount_cents, a.funding_note, a.funding_changed_at";

export interface FundingColumns {
  funding_status: FundingStatus;
  funding_source: string | null;
  funding_amount_cents: string | number | bigint | null;
  funding_note: string | null;
  funding_changed_at: Date | null;
}

export function fundingOf(row: FundingColumns): FundingState {
  const cents = row.funding_amount_cents;
  return toFunding({
    funding: row.funding_status,
    fundSource: row.funding_source,
    fundCents: cents === null ? null : BigInt(cents),
    fundNote: row.funding_note,
    fundingAt: row.funding_changed_at,
  });
}

/** An integer list as one parameter (`$2::int[]`), or NULL for "no filter". */
export function intArray(values: readonly number[] | undefined): string | null {
  return values === undefined ? null : `{${values.map((value) => Math.trunc(value)).join(",")}}`;
}
