/** The core's AgendaReader on Prisma: the agenda, its actions, lists, search and what changed. */

import type { WeeklyStatusDelta } from "../core/dashboard/dashboard-reader.js";
import type {
  ActionActivity,
  ActionDetail,
  ActionSummary,
  AgendaInfo,
  OverlegInfo,
  PillarInfo,
  SearchHit,
  ThemeInfo,
} from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { ActionQuery, AgendaReader } from "../core/ports.js";
import { queryActionDetail } from "./action-detail-query.js";
import { countActionsByStatus, queryActionList } from "./action-list-query.js";
import { type AgendaScope, likePattern, peopleById } from "./agenda-scope.js";
import { summarySelect, toSummary } from "./mappers.js";
import type { PreparedStatement } from "./prepared-reads.js";
import { queryWeeklyStatusDeltas } from "./weekly-status-query.js";

/** Prepared once (see prepared-reads.ts): every chat message that names an action asks it. */
const HAS_ACTION: PreparedStatement = {
  name: "doe_has_action",
  text: `SELECT 1 AS found FROM "action" WHERE agenda_id = $1 AND code = $2 AND retired_at IS NULL LIMIT 1`,
};

export class PrismaAgendaReader implements AgendaReader {
  constructor(private readonly scope: AgendaScope) {}

  async agenda(): Promise<AgendaInfo> {
    const row = await this.scope.prisma.agenda.findUniqueOrThrow({ where: { id: this.scope.agendaId } });
    return { slug: row.slug, name: row.name, period: row.period };
  }

  async pillars(): Promise<PillarInfo[]> {
    return this.scope.prisma.pillar.findMany({
      where: { agendaId: this.scope.agendaId },
      orderBy: { position: "asc" },
      select: { code: true, name: true },
    });
  }

  async themes(): Promise<ThemeInfo[]> {
    const rows = await this.scope.prisma.theme.findMany({
      where: { agendaId: this.scope.agendaId },
      orderBy: { number: "asc" },
      include: { pillar: true },
    });
    return rows.map((row) => ({ number: row.number, title: row.title, targetGroup: row.targetGroup, pillarCode: row.pillar.code }));
  }

  async overleggen(): Promise<OverlegInfo[]> {
    const rows = await this.scope.prisma.overleg.findMany({ where: { agendaId: this.scope.agendaId }, orderBy: { position: "asc" } });
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      level: row.level,
      reach: row.reach,
      themesText: row.themesText,
      pillars: row.pillars,
      pillarsPossible: row.pillarsPossible,
      themeNumbers: row.themeNumbers,
      areas: row.areas,
    }));
  }

  async findAction(code: string): Promise<ActionDetail | null> {
    return queryActionDetail(this.scope.reads, this.scope.agendaId, code);
  }

  async hasAction(code: string): Promise<boolean> {
    const rows = await this.scope.reads.rows(HAS_ACTION, [this.scope.agendaId, code]);
    return rows.length > 0;
  }

  listActions(query: ActionQuery, limit?: number): Promise<ActionSummary[]> {
    return queryActionList(this.scope.prisma, this.scope.agendaId, query, limit);
  }

  async countByStatus(query: ActionQuery): Promise<Partial<Record<ActionStatus, number>>> {
    return countActionsByStatus(this.scope.prisma, this.scope.agendaId, query);
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const pattern = likePattern(text);
    const actionMatches = await this.scope.prisma.$queryRaw<{ id: number }[]>`
      SELECT id FROM "action"
      WHERE agenda_id = ${this.scope.agendaId} AND retired_at IS NULL
        AND (code ILIKE ${pattern} OR title ILIKE ${pattern} OR financiering ILIKE ${pattern}
             OR funding_source ILIKE ${pattern} OR funding_note ILIKE ${pattern}
             OR array_to_string(trekkers, ' | ') ILIKE ${pattern})`;
    const noteMatches = await this.scope.prisma.$queryRaw<{ action_id: number; text: string }[]>`
      SELECT DISTINCT ON (n.action_id) n.action_id, n.text FROM "note" n
      JOIN "action" a ON a.id = n.action_id
      WHERE a.agenda_id = ${this.scope.agendaId} AND a.retired_at IS NULL AND n.text ILIKE ${pattern}
      ORDER BY n.action_id, n.created_at DESC`;
    const ids = [...new Set([...actionMatches.map((row) => row.id), ...noteMatches.map((row) => row.action_id)])];
    if (ids.length === 0) return [];
    const rows = await this.scope.prisma.action.findMany({
      where: { id: { in: ids } },
      orderBy: { position: "asc" },
      take: limit,
      select: { id: true, ...summarySelect },
    });
    const needle = text.toLowerCase();
    const notes = new Map(noteMatches.map((row) => [row.action_id, row.text]));
    return rows.map((row) => {
      const action = toSummary(row);
      if (action.code.toLowerCase().includes(needle)) return { action, field: "code" };
      if (action.title.toLowerCase().includes(needle)) return { action, field: "title" };
      if (action.trekkers.some((name) => name.toLowerCase().includes(needle))) return { action, field: "trekker" };
      const funding = [action.financiering, action.funding.source ?? "", action.funding.note ?? ""];
      if (funding.some((text) => text.toLowerCase().includes(needle))) return { action, field: "financiering" };
      return { action, field: "note", excerpt: excerpt(notes.get(row.id) ?? "", needle) };
    });
  }

  async actionsLedBy(personId: number): Promise<ActionSummary[]> {
    const rows = await this.scope.prisma.action.findMany({
      where: { agendaId: this.scope.agendaId, retiredAt: null, leads: { some: { personId } } },
      orderBy: { position: "asc" },
      select: summarySelect,
    });
    return rows.map(toSummary);
  }

  async actionCodes(): Promise<string[]> {
    const rows = await this.scope.prisma.action.findMany({ where: { agendaId: this.scope.agendaId, retiredAt: null }, select: { code: true } });
    return rows.map((row) => row.code);
  }

  weeklyStatusDeltas(themes: number[], areas?: string[]): Promise<WeeklyStatusDelta[]> {
    return queryWeeklyStatusDeltas(this.scope.reads, this.scope.agendaId, { themes, areas });
  }

  async activitySince(themes: number[], since: Date): Promise<ActionActivity[]> {
    const action = { agendaId: this.scope.agendaId, retiredAt: null, theme: { number: { in: themes } } };
    const actionSelect = { select: { code: true, title: true } } as const;
    const [changes, notes] = await Promise.all([
      this.scope.prisma.statusChange.findMany({
        where: { createdAt: { gt: since }, channel: { not: "import" }, action },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { action: actionSelect },
      }),
      this.scope.prisma.note.findMany({
        where: { createdAt: { gt: since }, action },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { action: actionSelect },
      }),
    ]);
    const people = await peopleById(
      this.scope.prisma,
      [...changes, ...notes].map((row) => row.personId),
    );
    const by = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
    const activity: ActionActivity[] = [
      ...changes.map((row) => ({
        code: row.action.code,
        title: row.action.title,
        at: row.createdAt,
        by: by(row.personId),
        kind: "status" as const,
        from: row.fromStatus,
        to: row.toStatus,
        text: row.note,
      })),
      ...notes.map((row) => ({
        code: row.action.code,
        title: row.action.title,
        at: row.createdAt,
        by: by(row.personId),
        kind: "note" as const,
        text: row.text,
      })),
    ];
    return activity.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

function excerpt(text: string, needle: string): string {
  const at = text.toLowerCase().indexOf(needle);
  if (text.length <= 120) return text;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 120)}${start + 120 < text.length ? "…" : ""}`;
}
