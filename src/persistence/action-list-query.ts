/**
 * The action list (`lijst`, a digest's actions, a round's plan, the exports) in one statement: the action with its
 * theme and pillar joined, filtered in SQL. Prisma's findMany with the theme and pillar nested built a JSON object
 * per row through lateral joins, which made a page of 100 out of 2,000 actions take 18 ms on PGlite instead of 7.
 */

import type { ActionSummary } from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { ActionQuery } from "../core/ports.js";
import { type ActionSummaryRow, actionSummaryOf } from "./action-head.js";
import { likePattern } from "./agenda-scope.js";
import { Prisma, type PrismaClient } from "./generated/client.js";
import { FUNDING_COLUMNS } from "./sql-rows.js";

/** What `query` asks for, over `action a` alone: the agenda's actions that are not retired. */
export function actionFilter(agendaId: number, query: ActionQuery): Prisma.Sql {
  const conditions = [Prisma.sql`a.agenda_id = ${agendaId}`, Prisma.sql`a.retired_at IS NULL`];
  if (query.statuses?.length) conditions.push(Prisma.sql`a.status::text IN (${Prisma.join(query.statuses)})`);
  if (query.fundingStatuses?.length) conditions.push(Prisma.sql`a.funding_status::text IN (${Prisma.join(query.fundingStatuses)})`);
  if (query.scope) conditions.push(Prisma.sql`a.scope ILIKE ${likePattern(query.scope)}`);
  if (query.themes?.length) {
    conditions.push(Prisma.sql`a.theme_id IN (SELECT id FROM "theme" WHERE agenda_id = ${agendaId} AND number IN (${Prisma.join(query.themes)}))`);
  }
  if (query.pillarCodes?.length) {
    conditions.push(Prisma.sql`a.theme_id IN (SELECT th.id FROM "theme" th JOIN "pillar" pi ON pi.id = th.pillar_id
      WHERE th.agenda_id = ${agendaId} AND pi.code IN (${Prisma.join(query.pillarCodes)}))`);
  }
  // An action the agenda gives no area lies everywhere in the region.
  if (query.areas?.length) conditions.push(Prisma.sql`(a.areas && ARRAY[${Prisma.join(query.areas)}]::text[] OR cardinality(a.areas) = 0)`);
  if (query.trekker) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(a.trekkers) AS name WHERE name ILIKE ${likePattern(query.trekker)})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The matching actions in the agenda's order, the first `limit` when given. */
export async function queryActionList(
  prisma: Pick<PrismaClient, "$queryRaw">,
  agendaId: number,
  query: ActionQuery,
  limit?: number,
): Promise<ActionSummary[]> {
  const rows = await prisma.$queryRaw<ActionSummaryRow[]>`
    SELECT a.code, a.title, a.status::text AS status, a.scope, a.trekkers, a.financiering, a.last_update_at, a.created_at,
           ${Prisma.raw(FUNDING_COLUMNS)}, t.number AS theme_number, p.code AS pillar_code
    FROM "action" a JOIN "theme" t ON t.id = a.theme_id JOIN "pillar" p ON p.id = t.pillar_id
    WHERE ${actionFilter(agendaId, query)}
    ORDER BY a.position ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  return rows.map(actionSummaryOf);
}

/** How many actions match `query`, per status. */
export async function countActionsByStatus(
  prisma: Pick<PrismaClient, "$queryRaw">,
  agendaId: number,
  query: ActionQuery,
): Promise<Partial<Record<ActionStatus, number>>> {
  const rows = await prisma.$queryRaw<{ status: ActionStatus; n: number }[]>`
    SELECT a.status::text AS status, count(*)::int AS n FROM "action" a WHERE ${actionFilter(agendaId, query)} GROUP BY a.status`;
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}
