/**
 * One action with its leads, recent history, notes and escalations (open, and the latest resolved) in a single SQL statement. This is
 * the hottest read (every `toon`); as a prepared statement it costs a fraction of the ORM's query planning per call.
 */
import type { ActionDetail, ChangeChannel, PersonInfo } from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";
import { ACTION_HEAD_COLUMNS, type ActionHeadRow, actionHeadOf } from "./action-head.js";
import { toPerson } from "./mappers.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";
import { jsonRows, utcDate } from "./sql-rows.js";

const RECENT = 5;

interface PersonJson {
  pid: number | null;
  email: string | null;
  display_name: string | null;
  locale: string | null;
}

/** The summary's own columns as they come from SQL, and the rest of the detail as JSON. */
interface DetailRow extends ActionHeadRow {
  leads: unknown;
  history: unknown;
  notes: unknown;
  escalations: unknown;
}

function person(row: PersonJson): PersonInfo | null {
  return row.pid === null || row.email === null
    ? null
    : toPerson({ id: row.pid, email: row.email, displayName: row.display_name, locale: row.locale });
}

const ACTION_DETAIL: PreparedStatement = {
  name: "doe_action_detail",
  text: `
    SELECT ${ACTION_HEAD_COLUMNS},
      (SELECT COALESCE(json_agg(json_build_object('pid', pe.id, 'email', pe.email, 'display_name', pe.display_name, 'locale', pe.locale) ORDER BY l.created_at), '[]'::json)
         FROM action_lead l JOIN person pe ON pe.id = l.person_id WHERE l.action_id = a.id) AS leads,
      (SELECT COALESCE(json_agg(h ORDER BY h.at DESC, h.id DESC), '[]'::json) FROM (
         SELECT sc.id, sc.created_at AS at, sc.from_status AS from_status, sc.to_status AS to_status, sc.note, sc.channel,
                pe.id AS pid, pe.email, pe.display_name, pe.locale
         FROM status_change sc LEFT JOIN person pe ON pe.id = sc.person_id
         WHERE sc.action_id = a.id ORDER BY sc.created_at DESC, sc.id DESC LIMIT ${RECENT}) h) AS history,
      (SELECT COALESCE(json_agg(n ORDER BY n.at DESC, n.id DESC), '[]'::json) FROM (
         SELECT nt.id, nt.created_at AS at, nt.text, nt.channel, pe.id AS pid, pe.email, pe.display_name, pe.locale
         FROM note nt LEFT JOIN person pe ON pe.id = nt.person_id
         WHERE nt.action_id = a.id ORDER BY nt.created_at DESC, nt.id DESC LIMIT ${RECENT}) n) AS notes,
      (SELECT COALESCE(json_agg(e ORDER BY e.resolved_at DESC NULLS FIRST, e.at, e.id), '[]'::json) FROM (
         SELECT es.id, es.number, es.created_at AS at, es.question, o.code AS overleg_code, es.resolved_at, es.outcome, es.resolution,
                pe.id AS pid, pe.email, pe.display_name, pe.locale, pr.id AS rid, pr.email AS r_email, pr.display_name AS r_display_name, pr.locale AS r_locale
         FROM escalation es LEFT JOIN overleg o ON o.id = es.overleg_id
           LEFT JOIN person pe ON pe.id = es.raised_by_id LEFT JOIN person pr ON pr.id = es.resolved_by_id
         WHERE es.action_id = a.id AND (es.resolved_at IS NULL OR es.id IN (
           SELECT done.id FROM escalation done WHERE done.action_id = a.id AND done.resolved_at IS NOT NULL
           ORDER BY done.resolved_at DESC, done.id DESC LIMIT ${RECENT}))) e) AS escalations
    FROM action a JOIN theme t ON t.id = a.theme_id JOIN pillar p ON p.id = t.pillar_id
    WHERE a.agenda_id = $1 AND a.code = $2 AND a.retired_at IS NULL`,
};

export async function queryActionDetail(reads: PreparedReads, agendaId: number, code: string): Promise<ActionDetail | null> {
  const rows = await reads.rows<DetailRow>(ACTION_DETAIL, [agendaId, code]);
  const row = rows[0];
  if (!row) return null;
  type HistoryJson = PersonJson & {
    at: string;
    from_status: ActionStatus | null;
    to_status: ActionStatus;
    note: string | null;
    channel: ChangeChannel;
  };
  type NoteJson = PersonJson & { at: string; text: string; channel: ChangeChannel };
  type EscalationJson = PersonJson & {
    id: number;
    number: number;
    at: string;
    question: string;
    overleg_code: string | null;
    resolved_at: string | null;
    outcome: "answered" | "closed" | null;
    resolution: string | null;
    rid: number | null;
    r_email: string | null;
    r_display_name: string | null;
    r_locale: string | null;
  };
  return {
    ...actionHeadOf(row),
    leads: jsonRows<PersonJson>(row.leads)
      .map(person)
      .filter((p): p is PersonInfo => p !== null),
    history: jsonRows<HistoryJson>(row.history).map((h) => ({
      at: utcDate(h.at),
      from: h.from_status,
      to: h.to_status,
      note: h.note,
      by: person(h),
      channel: h.channel,
    })),
    notes: jsonRows<NoteJson>(row.notes).map((n) => ({ at: utcDate(n.at), text: n.text, by: person(n), channel: n.channel })),
    escalations: jsonRows<EscalationJson>(row.escalations).map((e) => ({
      id: e.id,
      number: e.number,
      code: row.code,
      title: row.title,
      themeNumber: row.theme_number,
      overlegCode: e.overleg_code,
      question: e.question,
      raisedBy: person(e),
      raisedAt: utcDate(e.at),
      state: e.resolved_at === null ? "open" : (e.outcome ?? "closed"),
      resolvedAt: e.resolved_at === null ? null : utcDate(e.resolved_at),
      resolvedBy: person({ pid: e.rid, email: e.r_email, display_name: e.r_display_name, locale: e.r_locale }),
      resolution: e.resolution,
    })),
  };
}
