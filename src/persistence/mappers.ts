/** Converts Prisma rows into the core's read models. */
import type { ActionSummary, PersonInfo } from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";

export const summarySelect = {
  code: true,
  title: true,
  status: true,
  scope: true,
  trekkers: true,
  financiering: true,
  lastUpdateAt: true,
  theme: { select: { number: true, pillar: { select: { code: true } } } },
} as const;

export interface SummaryRow {
  code: string;
  title: string;
  status: ActionStatus;
  scope: string;
  trekkers: string[];
  financiering: string;
  lastUpdateAt: Date;
  theme: { number: number; pillar: { code: string } };
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
    lastUpdateAt: row.lastUpdateAt,
  };
}

export function toPerson(row: { id: number; email: string; displayName: string | null }): PersonInfo {
  return { id: row.id, email: row.email, displayName: row.displayName };
}
