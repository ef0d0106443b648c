/**
 * How the statuses moved per week (Monday, Europe/Amsterdam), from the status history: the read behind the
 * dashboard's progress chart and the digest's trend. Filtered by themes and, for an overleg with a reach, by the
 * areas its actions must lie within (an action without areas lies everywhere), as `listActions` filters them.
 */
import type { WeeklyStatusDelta } from "../core/dashboard/dashboard-reader.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";
import { intArray } from "./sql-rows.js";

/**
 * $2 themes (NULL: all), $3 areas (NULL: everywhere). Into a status +1, out of the one before −1; a confirmation
 * (same status) moves nothing. Weeks start on Monday in Amsterdam. Converting every change's time to Amsterdam
 * costs most of the statement, so the moves are summed per UTC day first, with the hours from 22:00 apart (only
 * there can Amsterdam, at UTC+1 or +2, be on the next day), and only those sums are converted.
 */
const WEEKLY_DELTAS: PreparedStatement = {
  name: "doe_weekly_status_deltas",
  text: `
    WITH changes AS (
      SELECT sc.created_at, sc.from_status, sc.to_status FROM status_change sc
      JOIN action a ON a.id = sc.action_id JOIN theme t ON t.id = a.theme_id
      WHERE a.agenda_id = $1 AND a.retired_at IS NULL AND ($2::int[] IS NULL OR t.number = ANY($2::int[]))
        AND ($3::text[] IS NULL OR a.areas IS NULL OR cardinality(a.areas) = 0 OR a.areas && $3::text[])
        AND sc.from_status IS DISTINCT FROM sc.to_status
    ), moves AS (
      SELECT created_at, to_status AS status, 1 AS delta FROM changes
      UNION ALL
      SELECT created_at, from_status, -1 FROM changes WHERE from_status IS NOT NULL
    ), per_slot AS (
      SELECT date_trunc('day', created_at)
               + CASE WHEN extract(hour FROM created_at) >= 22 THEN make_interval(hours => extract(hour FROM created_at)::int, mins => 30)
                      ELSE interval '12 hours' END AS slot,
             status, sum(delta) AS delta
      FROM moves GROUP BY 1, 2
    )
    SELECT to_char(date_trunc('week', (slot AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS week,
           status::text AS status, sum(delta)::int AS delta
    FROM per_slot GROUP BY 1, 2 ORDER BY 1, 2`,
};

/** A text list as one parameter (`$3::text[]`), each element quoted, or NULL for "no filter". */
export function textArray(values: readonly string[] | undefined): string | null {
  if (values === undefined) return null;
  return `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

export interface WeeklyQuery {
  /** Only actions of these themes; all without. */
  themes?: readonly number[] | undefined;
  /** Only actions within these areas (or without areas); everywhere without, or when empty. */
  areas?: readonly string[] | undefined;
}

export async function queryWeeklyStatusDeltas(reads: PreparedReads, agendaId: number, query: WeeklyQuery = {}): Promise<WeeklyStatusDelta[]> {
  const areas = query.areas?.length ? query.areas : undefined;
  const rows = await reads.rows<{ week: string; status: ActionStatus; delta: number }>(WEEKLY_DELTAS, [
    agendaId,
    intArray(query.themes),
    textArray(areas),
  ]);
  return rows.map((row) => ({ week: row.week, status: row.status, delta: Number(row.delta) }));
}
