/** An action's own fields with its theme and pillar, as the one-statement reads (`toon`, `lijst`, the dashboard's action page) select them. */
import type { ActionHeading, ActionSummary } from "../core/domain/agenda.js";
import { importedOnly, type SummaryRow } from "./mappers.js";
import { FUNDING_COLUMNS, type FundingColumns, fundingOf } from "./sql-rows.js";

/** The select list, over `action a JOIN theme t … JOIN pillar p …`. */
export const ACTION_HEAD_COLUMNS = `a.code, a.title, a.status::text AS status, a.scope, a.trekkers, a.financiering, a.last_update_at, a.created_at,
      ${FUNDING_COLUMNS},
      t.number AS theme_number, t.title AS theme_title, t.target_group, p.code AS pillar_code, p.name AS pillar_name`;

/** The action's own columns as in the summary, with its theme's number and pillar's code; the rest in SQL's names. */
export interface ActionSummaryRow extends Pick<SummaryRow, "code" | "title" | "status" | "scope" | "trekkers" | "financiering">, FundingColumns {
  last_update_at: Date;
  created_at: Date;
  theme_number: number;
  pillar_code: string;
}

/** The summary's row with the theme's title and target group and the pillar's name. */
export interface ActionHeadRow extends ActionSummaryRow {
  theme_title: string;
  target_group: string;
  pillar_name: string;
}

export function actionSummaryOf(row: ActionSummaryRow): ActionSummary {
  return {
    code: row.code,
    title: row.title,
    status: row.status,
    themeNumber: row.theme_number,
    pillarCode: row.pillar_code,
    scope: row.scope,
    trekkers: row.trekkers,
    financiering: row.financiering,
    funding: fundingOf(row),
    lastUpdateAt: row.last_update_at,
    importedOnly: importedOnly(row.last_update_at, row.created_at),
  };
}

export function actionHeadOf(row: ActionHeadRow): ActionHeading {
  return { ...actionSummaryOf(row), themeTitle: row.theme_title, pillarName: row.pillar_name, targetGroup: row.target_group };
}
