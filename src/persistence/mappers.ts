/** Converts Prisma rows into the core's read models. */
import type { ActionSummary, PersonInfo } from "../core/domain/agenda.js";
import type { FundingState, FundingStatus } from "../core/domain/funding.js";
import { isLocale } from "../core/domain/locale.js";
import type { ActionStatus } from "../core/domain/status.js";

export const summarySelect = {
  code: true,
  title: true,
  status: true,
  scope: true,
  trekkers: true,
  financiering: true,
  ...fundingSelect(),
  lastUpdateAt: true,
  createdAt: true,
  theme: { select: { number: true, pillar: { select: { code: true } } } },
} as const;

export interface SummaryRow {
  code: string;
  title: string;
  status: ActionStatus;
  scope: string;
  trekkers: string[];
  financiering: string;
  funding: FundingStatus;
  fundSource: string | null;
  fundCents: bigint | null;
  fundNote: string | null;
  fundingAt: Date | null;
  lastUpdateAt: Date;
  createdAt: Date;
  theme: { number: number; pillar: { code: string } };
}

/** An action is created with its last update at its creation (the import); any update moves it on. */
export function importedOnly(lastUpdateAt: Date, createdAt: Date): boolean {
  return lastUpdateAt.getTime() <= createdAt.getTime();
}

export function toSummary(row: SummaryRow): ActionSummary {
  return {
    code: row.code,
    title: row.title,
    status: row.status,
    themeNumber: row.theme.number,
    pillarCode: row.theme.pillar.code,
    scope: row.scope,
    trekkers: row.trekkers,
    financiering: row.financiering,
    funding: toFunding(row),
    lastUpdateAt: row.lastUpdateAt,
    importedOnly: importedOnly(row.lastUpdateAt, row.createdAt),
  };
}

/** The funding columns of an action. */
export function fundingSelect() {
  return { funding: true, fundSource: true, fundCents: true, fundNote: true, fundingAt: true } as const;
}

export function toFunding(row: Pick<SummaryRow, "funding" | "fundSource" | "fundCents" | "fundNote" | "fundingAt">): FundingState {
  return {
    status: row.funding,
    source: row.fundSource,
    amountCents: row.fundCents === null ? null : Number(row.fundCents),
    note: row.fundNote,
    changedAt: row.fundingAt,
  };
}

export function toPerson(row: { id: number; email: string; displayName: string | null; locale: string | null }): PersonInfo {
  return { id: row.id, email: row.email, displayName: row.displayName, locale: isLocale(row.locale) ? row.locale : null };
}
