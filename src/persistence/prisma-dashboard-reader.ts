/**
 * The dashboard's read model on the database: counts per theme, the weekly status movements from the history,
 * escalations, reminder rounds with their response. Every read is one prepared statement on the driver (see
 * prepared-reads.ts), so a page costs a few round trips and no ORM work.
 */
import type {
  ActionRecord,
  AgendaStructure,
  DashboardReader,
  EscalationQuery,
  EscalationRecord,
  RoundRecord,
  ThemeStatusCounts,
  WeeklyStatusDelta,
} from "../core/dashboard/dashboard-reader.js";
import type { ChangeChannel, PersonInfo } from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { AgendaScope } from "./agenda-scope.js";
import { queryActionRecord } from "./dashboard-action-query.js";
import type { PreparedStatement } from "./prepared-reads.js";
import { intArray, jsonRows, maybeUtcDate, personOf } from "./sql-rows.js";
import { queryWeeklyStatusDeltas } from "./weekly-status-query.js";

const STRUCTURE: PreparedStatement = {
  name: "doe_dashboard_structure",
  text: `
    SELECT a.slug, a.name, a.period,
      (SELECT COALESCE(json_agg(json_build_object('code', p.code, 'name', p.name) ORDER BY p.position), '[]'::json)
         FROM pillar p WHERE p.agenda_id = a.id) AS pillars,
      (SELECT COALESCE(json_agg(json_build_object('number', t.number, 'title', t.title, 'targetGroup', t.target_group, 'pillarCode', p.code)
                ORDER BY t.number), '[]'::json)
         FROM theme t JOIN pillar p ON p.id = t.pillar_id WHERE t.agenda_id = a.id) AS themes,
      (SELECT COALESCE(json_agg(json_build_object('code', o.code, 'name', o.name, 'level', o.level, 'reach', o.reach, 'themesText', o.themes_text,
                'pillars', o.pillars, 'pillarsPossible', o.pillars_possible, 'themeNumbers', o.theme_numbers, 'areas', o.areas)
                ORDER BY o.position), '[]'::json)
         FROM overleg o WHERE o.agenda_id = a.id) AS overleggen
    FROM agenda a WHERE a.id = $1`,
};

const THEME_COUNTS: PreparedStatement = {
  name: "doe_dashboard_theme_counts",
  text: `
    SELECT t.number AS theme, a.status::text AS status, count(*)::int AS n, 'status' AS kind
    FROM action a JOIN theme t ON t.id = a.theme_id
    WHERE a.agenda_id = $1 AND a.retired_at IS NULL GROUP BY t.number, a.status
    UNION ALL
    SELECT t.number, NULL, count(*)::int, 'escalations'
    FROM escalation e JOIN action a ON a.id = e.action_id JOIN theme t ON t.id = a.theme_id
    WHERE a.agenda_id = $1 AND a.retired_at IS NULL AND e.resolved_at IS NULL GROUP BY t.number`,
};

/** $2 themes (NULL: all), $3 overleg (put to it, or to nobody on actions of $2), $4 1: open ones only, $5 at most (NULL: 1000). */
const ESCALATIONS: PreparedStatement = {
  name: "doe_dashboard_escalations",
  text: `
    SELECT e.id, e.created_at AS at, e.question, o.code AS overleg_code, e.channel::text AS channel, e.resolved_at, e.resolution,
           a.code, a.title, t.number AS theme_number,
           rb.id AS by_id, rb.email AS by_email, rb.display_name AS by_name,
           sb.id AS res_id, sb.email AS res_email, sb.display_name AS res_name
    FROM escalation e JOIN action a ON a.id = e.action_id JOIN theme t ON t.id = a.theme_id
    LEFT JOIN overleg o ON o.id = e.overleg_id
    LEFT JOIN person rb ON rb.id = e.raised_by_id LEFT JOIN person sb ON sb.id = e.resolved_by_id
    WHERE a.agenda_id = $1 AND a.retired_at IS NULL
      AND (CASE WHEN $3::text IS NULL THEN ($2::int[] IS NULL OR t.number = ANY($2::int[]))
                ELSE (o.code = $3::text OR (e.overleg_id IS NULL AND t.number = ANY(COALESCE($2::int[], '{}'::int[])))) END)
      AND ($4::int = 0 OR e.resolved_at IS NULL)
    ORDER BY e.created_at DESC, e.id DESC
    LIMIT COALESCE($5::int, 1000)`,
};

/**
 * The rounds (the newest $2, or all when NULL) with their answers. A lead has responded when every action of their
 * message is answered (see README, "Reminder rounds"). Codes are compared byte-wise (they are ASCII): a collation's
 * sort costs more than the rest of the statement.
 */
const ROUNDS: PreparedStatement = {
  name: "doe_dashboard_rounds",
  text: `
    WITH rounds AS (
      SELECT * FROM reminder_round WHERE agenda_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2::int
    ), items AS (
      SELECT i.round_id, a.code COLLATE "C" AS code, i.answer, i.answered_by_id FROM round_item i
      JOIN rounds r ON r.id = i.round_id JOIN action a ON a.id = i.action_id
    ), item_counts AS (
      SELECT round_id, count(*)::int AS actions,
             (count(*) FILTER (WHERE answer = 'updated'))::int AS updated,
             (count(*) FILTER (WHERE answer = 'unchanged'))::int AS unchanged,
             (count(*) FILTER (WHERE answer = 'not-mine'))::int AS not_mine
      FROM items GROUP BY round_id
    ), recipient_codes AS (
      SELECT rr.round_id, rr.person_id, unnest(rr.codes) COLLATE "C" AS code FROM round_recipient rr JOIN rounds r ON r.id = rr.round_id
    ), leads AS (
      SELECT rc.round_id, rc.person_id,
             bool_and(COALESCE(items.answer IN ('updated', 'unchanged') OR (items.answer = 'not-mine' AND items.answered_by_id = rc.person_id), false)) AS done
      FROM recipient_codes rc JOIN items ON items.round_id = rc.round_id AND items.code = rc.code
      GROUP BY rc.round_id, rc.person_id
    ), lead_counts AS (
      SELECT round_id, count(*)::int AS leads, (count(*) FILTER (WHERE done))::int AS responded FROM leads GROUP BY round_id
    )
    SELECT r.id, r.status, r.automatic, r.created_at, r.follow_up_at, r.followed_up_at, r.closes_at, r.closed_at,
           r.filter->>'description' AS description,
           pe.id AS by_id, pe.email AS by_email, pe.display_name AS by_name,
           COALESCE(ic.actions, 0) AS actions, COALESCE(ic.updated, 0) AS updated, COALESCE(ic.unchanged, 0) AS unchanged,
           COALESCE(ic.not_mine, 0) AS not_mine, COALESCE(lc.leads, 0) AS leads, COALESCE(lc.responded, 0) AS responded
    FROM rounds r LEFT JOIN person pe ON pe.id = r.started_by_id
    LEFT JOIN item_counts ic ON ic.round_id = r.id LEFT JOIN lead_counts lc ON lc.round_id = r.id
    ORDER BY r.created_at DESC, r.id DESC`,
};

const PERSON: PreparedStatement = {
  name: "doe_dashboard_person",
  // A forgotten person (`persoon vergeet`) is nobody: their sign-in links and sessions end with it.
  text: `SELECT id, email, display_name AS name FROM person WHERE id = $1 AND email NOT LIKE 'vergeten-%@invalid'`,
};

type ByColumns = { by_id: number | null; by_email: string | null; by_name: string | null };

interface EscalationRow extends ByColumns {
  id: number;
  at: Date;
  question: string;
  overleg_code: string | null;
  channel: ChangeChannel;
  resolved_at: Date | null;
  resolution: string | null;
  code: string;
  title: string;
  theme_number: number;
  res_id: number | null;
  res_email: string | null;
  res_name: string | null;
}

interface RoundRow extends ByColumns {
  id: number;
  status: string;
  automatic: boolean;
  created_at: Date;
  follow_up_at: Date | null;
  followed_up_at: Date | null;
  closes_at: Date | null;
  closed_at: Date | null;
  description: string | null;
  actions: number;
  updated: number;
  unchanged: number;
  not_mine: number;
  leads: number;
  responded: number;
}

const by = (row: ByColumns) => personOf({ id: row.by_id, email: row.by_email, name: row.by_name });

export class PrismaDashboardReader implements DashboardReader {
  constructor(private readonly scope: Pick<AgendaScope, "reads" | "agendaId">) {}

  async structure(): Promise<AgendaStructure> {
    const [row] = await this.scope.reads.rows<{
      slug: string;
      name: string;
      period: string | null;
      pillars: unknown;
      themes: unknown;
      overleggen: unknown;
    }>(STRUCTURE, [this.scope.agendaId]);
    if (!row) throw new Error(`agenda ${this.scope.agendaId} is gone`);
    return {
      agenda: { slug: row.slug, name: row.name, period: row.period },
      pillars: jsonRows(row.pillars),
      themes: jsonRows(row.themes),
      overleggen: jsonRows(row.overleggen),
    };
  }

  async themeStatusCounts(): Promise<ThemeStatusCounts[]> {
    const rows = await this.scope.reads.rows<{ theme: number; status: ActionStatus | null; n: number; kind: string }>(THEME_COUNTS, [
      this.scope.agendaId,
    ]);
    const themes = new Map<number, ThemeStatusCounts>();
    const of = (number: number) => {
      let found = themes.get(number);
      if (!found) {
        found = { themeNumber: number, counts: {}, total: 0, openEscalations: 0 };
        themes.set(number, found);
      }
      return found;
    };
    for (const row of rows) {
      const theme = of(Number(row.theme));
      if (row.kind === "escalations") theme.openEscalations = Number(row.n);
      else if (row.status) {
        theme.counts[row.status] = Number(row.n);
        theme.total += Number(row.n);
      }
    }
    return [...themes.values()].sort((a, b) => a.themeNumber - b.themeNumber);
  }

  weeklyStatusDeltas(themes?: number[]): Promise<WeeklyStatusDelta[]> {
    return queryWeeklyStatusDeltas(this.scope.reads, this.scope.agendaId, { themes });
  }

  actionRecord(code: string): Promise<ActionRecord | null> {
    return queryActionRecord(this.scope.reads, this.scope.agendaId, code);
  }

  async escalations(query: EscalationQuery): Promise<EscalationRecord[]> {
    const rows = await this.scope.reads.rows<EscalationRow>(ESCALATIONS, [
      this.scope.agendaId,
      intArray(query.themes),
      query.overlegCode ?? null,
      query.openOnly ? 1 : 0,
      query.limit ?? null,
    ]);
    return rows.map((row) => ({
      id: Number(row.id),
      at: row.at,
      question: row.question,
      overlegCode: row.overleg_code,
      by: by(row),
      channel: row.channel,
      code: row.code,
      title: row.title,
      themeNumber: Number(row.theme_number),
      resolvedAt: maybeUtcDate(row.resolved_at),
      resolvedBy: personOf({ id: row.res_id, email: row.res_email, name: row.res_name }),
      resolution: row.resolution,
    }));
  }

  async rounds(limit?: number): Promise<RoundRecord[]> {
    const rows = await this.scope.reads.rows<RoundRow>(ROUNDS, [this.scope.agendaId, limit ?? null]);
    return rows.map((row) => {
      const actions = Number(row.actions);
      const answered = Number(row.updated) + Number(row.unchanged) + Number(row.not_mine);
      return {
        id: Number(row.id),
        status: row.status === "open" ? "open" : "closed",
        automatic: row.automatic,
        startedAt: row.created_at,
        startedBy: by(row),
        filterDescription: row.description,
        followUpAt: row.follow_up_at,
        followedUpAt: row.followed_up_at,
        closesAt: row.closes_at,
        closedAt: row.closed_at,
        actions,
        answers: { updated: Number(row.updated), unchanged: Number(row.unchanged), "not-mine": Number(row.not_mine), none: actions - answered },
        leads: { answered: Number(row.responded), total: Number(row.leads) },
      };
    });
  }

  async person(id: number): Promise<PersonInfo | null> {
    const [row] = await this.scope.reads.rows<{ id: number; email: string; name: string | null }>(PERSON, [id]);
    return row ? personOf(row) : null;
  }
}
