/**
 * One action with everything known about it, for the dashboard's action page: every field, all of its status
 * history and notes (oldest first), its escalations with their answers, and how it was answered in each round. One
 * prepared statement, like the chat's `toon` (action-detail-query.ts), but without its limits.
 */

import type { ActionRecord, EscalationRecord } from "../core/dashboard/dashboard-reader.js";
import type { ChangeChannel } from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { RoundAnswer } from "../core/rounds/round-store.js";
import { ACTION_HEAD_COLUMNS, type ActionHeadRow, actionHeadOf } from "./action-head.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";
import { jsonRows, maybeUtcDate, type PersonColumns, personOf, utcDate } from "./sql-rows.js";

/** A person as JSON columns: `<p>id`, `<p>email`, `<p>name`. */
const person = (alias: string, prefix = "") => `'${prefix}id', ${alias}.id, '${prefix}email', ${alias}.email, '${prefix}name', ${alias}.display_name`;

const ACTION_RECORD: PreparedStatement = {
  name: "doe_dashboard_action_record",
  text: `
    SELECT ${ACTION_HEAD_COLUMNS},
      (SELECT COALESCE(json_agg(json_build_object(${person("pe")}, 'since', l.created_at) ORDER BY l.created_at), '[]'::json)
         FROM action_lead l JOIN person pe ON pe.id = l.person_id WHERE l.action_id = a.id) AS leads,
      (SELECT COALESCE(json_agg(json_build_object('at', sc.created_at, 'from', sc.from_status, 'to', sc.to_status, 'note', sc.note,
                'channel', sc.channel, ${person("pe")}) ORDER BY sc.created_at, sc.id), '[]'::json)
         FROM status_change sc LEFT JOIN person pe ON pe.id = sc.person_id WHERE sc.action_id = a.id) AS history,
      (SELECT COALESCE(json_agg(json_build_object('at', nt.created_at, 'text', nt.text, 'channel', nt.channel, ${person("pe")})
                ORDER BY nt.created_at, nt.id), '[]'::json)
         FROM note nt LEFT JOIN person pe ON pe.id = nt.person_id WHERE nt.action_id = a.id) AS notes,
      (SELECT COALESCE(json_agg(json_build_object('eid', es.id, 'at', es.created_at, 'question', es.question, 'overleg', o.code,
                'channel', es.channel, 'resolved_at', es.resolved_at, 'resolution', es.resolution, ${person("rb")}, ${person("sb", "s")})
                ORDER BY es.created_at DESC, es.id DESC), '[]'::json)
         FROM escalation es LEFT JOIN overleg o ON o.id = es.overleg_id
         LEFT JOIN person rb ON rb.id = es.raised_by_id LEFT JOIN person sb ON sb.id = es.resolved_by_id
         WHERE es.action_id = a.id) AS escalations,
      (SELECT COALESCE(json_agg(json_build_object('round', r.id, 'started', r.created_at, 'answer', i.answer, 'answered_at', i.answered_at,
                ${person("pe")}) ORDER BY r.created_at), '[]'::json)
         FROM round_item i JOIN reminder_round r ON r.id = i.round_id LEFT JOIN person pe ON pe.id = i.answered_by_id
         WHERE i.action_id = a.id) AS rounds
    FROM action a JOIN theme t ON t.id = a.theme_id JOIN pillar p ON p.id = t.pillar_id
    WHERE a.agenda_id = $1 AND a.code = $2 AND a.retired_at IS NULL`,
};

interface RecordRow extends ActionHeadRow {
  leads: unknown;
  history: unknown;
  notes: unknown;
  escalations: unknown;
  rounds: unknown;
}

type LeadJson = PersonColumns & { since: string };
type HistoryJson = PersonColumns & { at: string; from: ActionStatus | null; to: ActionStatus; note: string | null; channel: ChangeChannel };
type NoteJson = PersonColumns & { at: string; text: string; channel: ChangeChannel };
type EscalationJson = PersonColumns & {
  eid: number;
  at: string;
  question: string;
  overleg: string | null;
  channel: ChangeChannel;
  resolved_at: string | null;
  resolution: string | null;
  sid: number | null;
  semail: string | null;
  sname: string | null;
};
type RoundJson = PersonColumns & { round: number; started: string; answer: RoundAnswer | null; answered_at: string | null };

export async function queryActionRecord(reads: PreparedReads, agendaId: number, code: string): Promise<ActionRecord | null> {
  const [row] = await reads.rows<RecordRow>(ACTION_RECORD, [agendaId, code]);
  if (!row) return null;
  const escalation = (e: EscalationJson): EscalationRecord => ({
    id: e.eid,
    at: utcDate(e.at),
    question: e.question,
    overlegCode: e.overleg,
    by: personOf(e),
    channel: e.channel,
    code: row.code,
    title: row.title,
    themeNumber: row.theme_number,
    resolvedAt: maybeUtcDate(e.resolved_at),
    resolvedBy: personOf({ id: e.sid, email: e.semail, name: e.sname }),
    resolution: e.resolution,
  });
  return {
    ...actionHeadOf(row),
    createdAt: row.created_at,
    leads: jsonRows<LeadJson>(row.leads).flatMap((lead) => {
      const found = personOf(lead);
      return found ? [{ ...found, since: utcDate(lead.since) }] : [];
    }),
    history: jsonRows<HistoryJson>(row.history).map((h) => ({
      at: utcDate(h.at),
      from: h.from,
      to: h.to,
      note: h.note,
      by: personOf(h),
      channel: h.channel,
    })),
    notes: jsonRows<NoteJson>(row.notes).map((n) => ({ at: utcDate(n.at), text: n.text, by: personOf(n), channel: n.channel })),
    escalations: jsonRows<EscalationJson>(row.escalations).map(escalation),
    rounds: jsonRows<RoundJson>(row.rounds).map((r) => ({
      roundId: r.round,
      roundStartedAt: utcDate(r.started),
      answer: r.answer,
      answeredAt: maybeUtcDate(r.answered_at),
      answeredBy: personOf(r),
    })),
  };
}
