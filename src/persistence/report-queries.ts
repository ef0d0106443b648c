/**
 * The statements of the report reader: statuses at two moments, the history of a period, funding and goal values
 * at a moment, escalations of a period. Moments are bound as UTC text and cast to `timestamp` (the columns hold UTC).
 */
import type { PreparedStatement } from "./prepared-reads.js";

const PERSON = (alias: string) => `${alias}.id AS by_id, ${alias}.email AS by_email, ${alias}.display_name AS by_name`;

/** $1 agenda, $2 start, $3 end: each active action's last real status change before each moment. */
export const ACTION_STATES: PreparedStatement = {
  name: "doe_report_action_states",
  text: `
    SELECT a.code, a.title, t.number AS theme_number,
           s.to_status::text AS start_status, s.created_at AS start_since,
           e.to_status::text AS end_status, e.created_at AS end_since
    FROM action a JOIN theme t ON t.id = a.theme_id
    LEFT JOIN LATERAL (SELECT sc.to_status, sc.created_at FROM status_change sc
      WHERE sc.action_id = a.id AND sc.created_at < $2::timestamp AND sc.from_status IS DISTINCT FROM sc.to_status
      ORDER BY sc.created_at DESC, sc.id DESC LIMIT 1) s ON true
    LEFT JOIN LATERAL (SELECT sc.to_status, sc.created_at FROM status_change sc
      WHERE sc.action_id = a.id AND sc.created_at < $3::timestamp AND sc.from_status IS DISTINCT FROM sc.to_status
      ORDER BY sc.created_at DESC, sc.id DESC LIMIT 1) e ON true
    WHERE a.agenda_id = $1 AND a.retired_at IS NULL
    ORDER BY t.number, a.position`,
};

/** $1 agenda, $2 from, $3 to, $4 the kinds (text[]): every history row of active actions in [from, to), oldest first. */
export const HISTORY: PreparedStatement = {
  name: "doe_report_history",
  text: `
    WITH acts AS (
      SELECT a.id, a.code, a.title, a.position, t.number AS theme_number FROM action a JOIN theme t ON t.id = a.theme_id
      WHERE a.agenda_id = $1 AND a.retired_at IS NULL
    ), events AS (
      SELECT 'status' AS kind, sc.id AS seq, sc.action_id, sc.created_at AS at, sc.from_status::text AS from_value, sc.to_status::text AS to_value,
             sc.note AS text, NULL::text AS source, NULL::bigint AS amount_cents, NULL::int AS goal_number, NULL::text AS goal,
             NULL::float8 AS value, NULL::text AS unit, sc.person_id, sc.channel::text AS channel
      FROM status_change sc WHERE 'status' = ANY($4::text[]) AND sc.created_at >= $2::timestamp AND sc.created_at < $3::timestamp
      UNION ALL
      SELECT 'note', n.id, n.action_id, n.created_at, NULL, NULL, n.text, NULL, NULL, NULL, NULL, NULL, NULL, n.person_id, n.channel::text
      FROM note n WHERE 'note' = ANY($4::text[]) AND n.created_at >= $2::timestamp AND n.created_at < $3::timestamp
      UNION ALL
      SELECT 'funding', f.id, f.action_id, f.created_at, f.from_status::text, f.to_status::text, f.note, f.source, f.amount_cents,
             NULL, NULL, NULL, NULL, f.person_id, f.channel::text
      FROM funding_entry f WHERE 'funding' = ANY($4::text[]) AND f.created_at >= $2::timestamp AND f.created_at < $3::timestamp
      UNION ALL
      SELECT 'measurement', m.id, g.action_id, m.created_at, NULL, NULL, m.note, NULL, NULL, g.number, g.description, m.value, g.unit,
             m.person_id, m.channel::text
      FROM measurement m JOIN goal g ON g.id = m.goal_id
      WHERE 'measurement' = ANY($4::text[]) AND m.created_at >= $2::timestamp AND m.created_at < $3::timestamp
    )
    SELECT e.kind, e.at, acts.code, acts.title, acts.theme_number, e.from_value, e.to_value, e.text, e.source, e.amount_cents,
           e.goal_number, e.goal, e.value, e.unit, e.channel, ${PERSON("p")}
    FROM events e JOIN acts ON acts.id = e.action_id LEFT JOIN person p ON p.id = e.person_id
    ORDER BY e.at, acts.theme_number, acts.position, e.kind, e.seq`,
};

/** $1 agenda, $2 moment: each active action's funding as its last entry before the moment left it (else as it is). */
export const FUNDING_AT: PreparedStatement = {
  name: "doe_report_funding_at",
  text: `
    SELECT a.code, a.title, t.number AS theme_number,
           COALESCE(f.to_status, a.funding_status)::text AS status,
           CASE WHEN f.to_status IS NULL THEN a.funding_source ELSE f.source END AS source,
           CASE WHEN f.to_status IS NULL THEN a.funding_amount_cents ELSE f.amount_cents END AS amount_cents
    FROM action a JOIN theme t ON t.id = a.theme_id
    LEFT JOIN LATERAL (SELECT fe.to_status, fe.source, fe.amount_cents FROM funding_entry fe
      WHERE fe.action_id = a.id AND fe.created_at < $2::timestamp ORDER BY fe.created_at DESC, fe.id DESC LIMIT 1) f ON true
    WHERE a.agenda_id = $1 AND a.retired_at IS NULL AND a.created_at < $2::timestamp
    ORDER BY t.number, a.position`,
};

/** $1 agenda, $2 start, $3 end: goals set before the end, with their last value before each moment. */
export const GOALS_AT: PreparedStatement = {
  name: "doe_report_goals_at",
  text: `
    SELECT a.code, a.title, t.number AS theme_number, g.number, g.description, g.target, g.unit, to_char(g.due_date, 'YYYY-MM-DD') AS due_date,
           (SELECT m.value FROM measurement m WHERE m.goal_id = g.id AND m.created_at < $2::timestamp ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS value_start,
           (SELECT m.value FROM measurement m WHERE m.goal_id = g.id AND m.created_at < $3::timestamp ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS value_end,
           (SELECT count(*)::int FROM measurement m WHERE m.goal_id = g.id AND m.created_at >= $2::timestamp AND m.created_at < $3::timestamp) AS measurements
    FROM goal g JOIN action a ON a.id = g.action_id JOIN theme t ON t.id = a.theme_id
    WHERE a.agenda_id = $1 AND a.retired_at IS NULL AND g.created_at < $3::timestamp
    ORDER BY t.number, a.position, g.number`,
};

/** $1 agenda, $2 from, $3 to: escalations raised or resolved in [from, to), by number. */
export const ESCALATIONS_BETWEEN: PreparedStatement = {
  name: "doe_report_escalations",
  text: `
    SELECT e.number, a.code, a.title, t.number AS theme_number, o.code AS overleg_code, e.question, e.created_at, e.resolved_at,
           e.outcome::text AS outcome, e.resolution, ${PERSON("p")}
    FROM escalation e JOIN action a ON a.id = e.action_id JOIN theme t ON t.id = a.theme_id
    LEFT JOIN overleg o ON o.id = e.overleg_id LEFT JOIN person p ON p.id = e.raised_by_id
    WHERE e.agenda_id = $1 AND a.retired_at IS NULL
      AND ((e.created_at >= $2::timestamp AND e.created_at < $3::timestamp)
        OR (e.resolved_at >= $2::timestamp AND e.resolved_at < $3::timestamp))
    ORDER BY e.number`,
};
