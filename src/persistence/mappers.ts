/** Converts Prisma rows into the core's read models. */
import type { ActionSummary, PersonInfo } from "../core/domain/agenda.js";
import { isLocale } from "../core/domain/locale.js";
import type { ActionStatus } from "../core/domain/status.js";

export const summarySelect = {
  code: true,
  title: true,
  status: true,
  scope: true,
  trekkers: true,
  financiering: true,
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
    lastUpdateAt: row.lastUpdateAt,
    importedOnly: importedOnly(row.lastUpdateAt, row.createdAt),
  };
}

export function toPerson(row: { id: number; email: string; displayName: string | null; locale: string | null }): PersonInfo {
  return { id: row.id, email: row.email, displayName: row.displayName, locale: isLocale(row.locale) ? row.locale : null };
}
