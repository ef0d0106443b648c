/** The core's AgendaStore on Prisma (PGlite or PostgreSQL), scoped to one agenda. */
import type {
  ActionActivity,
  ActionDetail,
  ActionSummary,
  AgendaInfo,
  OpenEscalation,
  OverlegInfo,
  PersonInfo,
  PillarInfo,
  Platform,
  SearchHit,
  ThemeInfo,
} from "../core/domain/agenda.js";
import type { ActionStatus } from "../core/domain/status.js";
import type {
  ActionQuery,
  AgendaStore,
  ChannelLinkInput,
  ConversationInput,
  EscalationInput,
  LinkedChannel,
  NoteInput,
  PlatformIdentityRef,
  StatusChangeInput,
  StatusChangeResult,
} from "../core/ports.js";
import { queryActionDetail } from "./action-detail-query.js";
import type { Database } from "./database.js";
import { queryDirectTargets } from "./direct-targets.js";
import type { Prisma, PrismaClient } from "./generated/client.js";
import { summarySelect, toPerson, toSummary } from "./mappers.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";

const personSelect = { id: true, email: true, displayName: true } as const;

export class UnknownActionError extends Error {
  constructor(readonly code: string) {
    super(`unknown action ${code}`);
    this.name = "UnknownActionError";
  }
}

export class NoAgendaError extends Error {
  constructor(slug?: string) {
    super(
      slug ? `No agenda "${slug}" in the database; import it first.` : "No agenda in the database; import one first (npm run cli -- import <file>).",
    );
    this.name = "NoAgendaError";
  }
}

/** The reads of every chat message, prepared once (see prepared-reads.ts). */
const HAS_ACTION: PreparedStatement = {
  name: "doe_has_action",
  text: `SELECT 1 AS found FROM "action" WHERE agenda_id = $1 AND code = $2 AND retired_at IS NULL LIMIT 1`,
};
const IS_LEAD_OF: PreparedStatement = {
  name: "doe_is_lead_of",
  text: `SELECT 1 AS found FROM action_lead l JOIN "action" a ON a.id = l.action_id
    WHERE l.person_id = $1 AND a.agenda_id = $2 AND a.code = $3 AND a.retired_at IS NULL LIMIT 1`,
};
// The linked account first, the e-mail address second.
const PERSON_BY_IDENTITY_OR_EMAIL: PreparedStatement = {
  name: "doe_person_by_identity_or_email",
  text: `SELECT p.id, p.email, p.display_name, true AS linked FROM platform_identity i JOIN person p ON p.id = i.person_id
    WHERE i.platform = $1::"Platform" AND i.tenant_id = $2 AND i.external_id = $3
    UNION ALL
    SELECT id, email, display_name, false AS linked FROM person WHERE email = $4
    ORDER BY linked DESC LIMIT 1`,
};

export class PrismaAgendaStore implements AgendaStore {
  private constructor(
    private readonly prisma: PrismaClient,
    private readonly reads: PreparedReads,
    readonly agendaId: number,
  ) {}

  /** Opens the store for the agenda with this slug, or the only/first agenda when no slug is given. */
  static async open(database: Pick<Database, "prisma" | "reads">, slug?: string): Promise<PrismaAgendaStore> {
    const { prisma, reads } = database;
    const agenda = await prisma.agenda.findFirst({ where: slug ? { slug } : {}, orderBy: { id: "asc" }, select: { id: true } });
    if (!agenda) throw new NoAgendaError(slug);
    return new PrismaAgendaStore(prisma, reads, agenda.id);
  }

  private activeAction(code: string): Prisma.ActionWhereInput {
    return { agendaId: this.agendaId, code, retiredAt: null };
  }

  async agenda(): Promise<AgendaInfo> {
    const row = await this.prisma.agenda.findUniqueOrThrow({ where: { id: this.agendaId } });
    return { slug: row.slug, name: row.name, period: row.period };
  }

  async pillars(): Promise<PillarInfo[]> {
    return this.prisma.pillar.findMany({ where: { agendaId: this.agendaId }, orderBy: { position: "asc" }, select: { code: true, name: true } });
  }

  async themes(): Promise<ThemeInfo[]> {
    const rows = await this.prisma.theme.findMany({ where: { agendaId: this.agendaId }, orderBy: { number: "asc" }, include: { pillar: true } });
    return rows.map((row) => ({ number: row.number, title: row.title, targetGroup: row.targetGroup, pillarCode: row.pillar.code }));
  }

  async overleggen(): Promise<OverlegInfo[]> {
    const rows = await this.prisma.overleg.findMany({ where: { agendaId: this.agendaId }, orderBy: { position: "asc" } });
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      level: row.level,
      reach: row.reach,
      themesText: row.themesText,
      pillars: row.pillars,
      pillarsPossible: row.pillarsPossible,
    }));
  }

  async findAction(code: string): Promise<ActionDetail | null> {
    return queryActionDetail(this.reads, this.agendaId, code);
  }

  async hasAction(code: string): Promise<boolean> {
    const rows = await this.reads.rows(HAS_ACTION, [this.agendaId, code]);
    return rows.length > 0;
  }

  private async actionWhere(query: ActionQuery): Promise<Prisma.ActionWhereInput> {
    const where: Prisma.ActionWhereInput = { agendaId: this.agendaId, retiredAt: null };
    if (query.statuses?.length) where.status = { in: query.statuses };
    if (query.scope) where.scope = { contains: query.scope, mode: "insensitive" };
    const theme: Prisma.ThemeWhereInput = {};
    if (query.themes?.length) theme.number = { in: query.themes };
    if (query.pillarCodes?.length) theme.pillar = { code: { in: query.pillarCodes } };
    if (Object.keys(theme).length) where.theme = theme;
    if (query.trekker) {
      const pattern = likePattern(query.trekker);
      const rows = await this.prisma.$queryRaw<{ id: number }[]>`
        SELECT id FROM "action"
        WHERE agenda_id = ${this.agendaId} AND EXISTS (SELECT 1 FROM unnest(trekkers) AS name WHERE name ILIKE ${pattern})`;
      where.id = { in: rows.map((row) => row.id) };
    }
    return where;
  }

  async listActions(query: ActionQuery, limit?: number): Promise<ActionSummary[]> {
    const rows = await this.prisma.action.findMany({
      where: await this.actionWhere(query),
      orderBy: { position: "asc" },
      select: summarySelect,
      ...(limit === undefined ? {} : { take: limit }),
    });
    return rows.map(toSummary);
  }

  async countByStatus(query: ActionQuery): Promise<Partial<Record<ActionStatus, number>>> {
    const groups = await this.prisma.action.groupBy({ by: ["status"], where: await this.actionWhere(query), _count: { _all: true } });
    return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const pattern = likePattern(text);
    const actionMatches = await this.prisma.$queryRaw<{ id: number }[]>`
      SELECT id FROM "action"
      WHERE agenda_id = ${this.agendaId} AND retired_at IS NULL
        AND (code ILIKE ${pattern} OR title ILIKE ${pattern} OR financiering ILIKE ${pattern}
             OR array_to_string(trekkers, ' | ') ILIKE ${pattern})`;
    const noteMatches = await this.prisma.$queryRaw<{ action_id: number; text: string }[]>`
      SELECT DISTINCT ON (n.action_id) n.action_id, n.text FROM "note" n
      JOIN "action" a ON a.id = n.action_id
      WHERE a.agenda_id = ${this.agendaId} AND a.retired_at IS NULL AND n.text ILIKE ${pattern}
      ORDER BY n.action_id, n.created_at DESC`;
    const ids = [...new Set([...actionMatches.map((row) => row.id), ...noteMatches.map((row) => row.action_id)])];
    if (ids.length === 0) return [];
    const rows = await this.prisma.action.findMany({
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
      if (action.financiering.toLowerCase().includes(needle)) return { action, field: "financiering" };
      return { action, field: "note", excerpt: excerpt(notes.get(row.id) ?? "", needle) };
    });
  }

  async actionsLedBy(personId: number): Promise<ActionSummary[]> {
    const rows = await this.prisma.action.findMany({
      where: { agendaId: this.agendaId, retiredAt: null, leads: { some: { personId } } },
      orderBy: { position: "asc" },
      select: summarySelect,
    });
    return rows.map(toSummary);
  }

  async actionCodes(): Promise<string[]> {
    const rows = await this.prisma.action.findMany({ where: { agendaId: this.agendaId, retiredAt: null }, select: { code: true } });
    return rows.map((row) => row.code);
  }

  async activitySince(themes: number[], since: Date): Promise<ActionActivity[]> {
    const action = { agendaId: this.agendaId, retiredAt: null, theme: { number: { in: themes } } };
    const actionSelect = { select: { code: true, title: true } } as const;
    const [changes, notes] = await Promise.all([
      this.prisma.statusChange.findMany({
        where: { createdAt: { gt: since }, channel: { not: "import" }, action },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { action: actionSelect },
      }),
      this.prisma.note.findMany({
        where: { createdAt: { gt: since }, action },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { action: actionSelect },
      }),
    ]);
    const personIds = [...new Set([...changes, ...notes].map((row) => row.personId).filter((id): id is number => id !== null))];
    const people = new Map(
      personIds.length
        ? (await this.prisma.person.findMany({ where: { id: { in: personIds } }, select: personSelect })).map((p) => [p.id, toPerson(p)])
        : [],
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

  async openEscalations(overlegCode: string, themes: number[]): Promise<OpenEscalation[]> {
    const rows = await this.prisma.escalation.findMany({
      where: {
        resolvedAt: null,
        action: { agendaId: this.agendaId, retiredAt: null },
        OR: [{ overleg: { code: overlegCode } }, { overlegId: null, action: { theme: { number: { in: themes } } } }],
      },
      orderBy: { createdAt: "asc" },
      include: { action: { select: { code: true, title: true } }, overleg: { select: { code: true } } },
    });
    const personIds = [...new Set(rows.map((row) => row.raisedById).filter((id): id is number => id !== null))];
    const people = new Map(
      personIds.length
        ? (await this.prisma.person.findMany({ where: { id: { in: personIds } }, select: personSelect })).map((p) => [p.id, toPerson(p)])
        : [],
    );
    return rows.map((row) => ({
      id: row.id,
      at: row.createdAt,
      question: row.question,
      overlegCode: row.overleg?.code ?? null,
      by: row.raisedById === null ? null : (people.get(row.raisedById) ?? null),
      code: row.action.code,
      title: row.action.title,
    }));
  }

  async changeStatus(input: StatusChangeInput): Promise<StatusChangeResult> {
    return this.prisma.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ id: number; status: ActionStatus }[]>`
        SELECT id, status::text AS status FROM "action"
        WHERE agenda_id = ${this.agendaId} AND code = ${input.code} AND retired_at IS NULL
        FOR UPDATE`;
      if (!current) throw new UnknownActionError(input.code);
      const change = await tx.statusChange.create({
        data: {
          actionId: current.id,
          fromStatus: current.status,
          toStatus: input.to,
          note: input.note ?? null,
          personId: input.personId,
          channel: input.channel,
        },
        select: { createdAt: true },
      });
      await tx.action.update({ where: { id: current.id }, data: { status: input.to, lastUpdateAt: change.createdAt } });
      return { from: current.status, to: input.to, at: change.createdAt };
    });
  }

  async addNote(input: NoteInput): Promise<{ at: Date }> {
    return this.prisma.$transaction(async (tx) => {
      const action = await tx.action.findFirst({ where: this.activeAction(input.code), select: { id: true } });
      if (!action) throw new UnknownActionError(input.code);
      const note = await tx.note.create({
        data: { actionId: action.id, text: input.text, personId: input.personId, channel: input.channel },
        select: { createdAt: true },
      });
      await tx.action.update({ where: { id: action.id }, data: { lastUpdateAt: note.createdAt } });
      return { at: note.createdAt };
    });
  }

  async escalate(input: EscalationInput): Promise<{ id: number; at: Date }> {
    const action = await this.prisma.action.findFirst({ where: this.activeAction(input.code), select: { id: true } });
    if (!action) throw new UnknownActionError(input.code);
    const overleg = input.overlegCode
      ? await this.prisma.overleg.findUniqueOrThrow({
          where: { agendaId_code: { agendaId: this.agendaId, code: input.overlegCode } },
          select: { id: true },
        })
      : null;
    const row = await this.prisma.escalation.create({
      data: { actionId: action.id, overlegId: overleg?.id ?? null, question: input.question, raisedById: input.personId, channel: input.channel },
      select: { id: true, createdAt: true },
    });
    return { id: row.id, at: row.createdAt };
  }

  async addLead(code: string, personId: number, assignedById: number | null): Promise<boolean> {
    const action = await this.prisma.action.findFirst({ where: this.activeAction(code), select: { id: true } });
    if (!action) throw new UnknownActionError(code);
    const { count } = await this.prisma.actionLead.createMany({ data: [{ actionId: action.id, personId, assignedById }], skipDuplicates: true });
    return count === 1;
  }

  async removeLead(code: string, personId: number): Promise<boolean> {
    const { count } = await this.prisma.actionLead.deleteMany({ where: { personId, action: this.activeAction(code) } });
    return count > 0;
  }

  async findByEmail(email: string): Promise<PersonInfo | null> {
    const [row] = await this.prisma.$queryRaw<{ id: number; email: string; display_name: string | null }[]>`
      SELECT id, email, display_name FROM person WHERE email = ${email.toLowerCase()}`;
    return row ? { id: row.id, email: row.email, displayName: row.display_name } : null;
  }

  async ensurePerson(email: string, displayName?: string): Promise<PersonInfo> {
    const normalised = email.trim().toLowerCase();
    const row = await this.prisma.person.upsert({
      where: { email: normalised },
      create: { email: normalised, displayName: displayName ?? null },
      update: displayName ? { displayName } : {},
      select: personSelect,
    });
    return toPerson(row);
  }

  async findByIdentityOrEmail(identity: PlatformIdentityRef, email: string | null): Promise<{ person: PersonInfo; linked: boolean } | null> {
    // One round trip for every chat message.
    const rows = await this.reads.rows<{ id: number; email: string; display_name: string | null; linked: boolean }>(PERSON_BY_IDENTITY_OR_EMAIL, [
      identity.platform,
      identity.tenantId,
      identity.externalId,
      email?.toLowerCase() ?? null,
    ]);
    const row = rows[0];
    return row ? { person: { id: row.id, email: row.email, displayName: row.display_name }, linked: row.linked } : null;
  }

  async linkIdentity(personId: number, identity: PlatformIdentityRef): Promise<void> {
    await this.prisma.platformIdentity.upsert({
      where: { platform_tenantId_externalId: identity },
      create: { ...identity, personId },
      update: { personId },
    });
  }

  async directTargets(personId: number): Promise<{ platform: Platform; target: string }[]> {
    return (await queryDirectTargets(this.prisma, [personId])).get(personId) ?? [];
  }

  async isLeadOf(personId: number, code: string): Promise<boolean> {
    const rows = await this.reads.rows(IS_LEAD_OF, [personId, this.agendaId, code]);
    return rows.length > 0;
  }

  async rememberConversation(input: ConversationInput): Promise<void> {
    const key = { platform: input.platform, tenantId: input.tenantId, conversationId: input.conversationId };
    const data = {
      kind: input.kind,
      reference: input.reference as Prisma.InputJsonValue,
      ...(input.personId !== null ? { personId: input.personId } : {}),
    };
    await this.prisma.conversationRef.upsert({ where: { platform_tenantId_conversationId: key }, create: { ...key, ...data }, update: data });
  }

  async conversationReference(platform: Platform, conversationId: string): Promise<Record<string, unknown> | null> {
    const row = await this.prisma.conversationRef.findFirst({
      where: { platform, OR: [{ conversationId }, { conversationId: { startsWith: `${conversationId};` } }] },
      orderBy: { updatedAt: "desc" },
      select: { reference: true },
    });
    return row ? (row.reference as Record<string, unknown>) : null;
  }

  async linkChannel(input: ChannelLinkInput): Promise<{ previous: string | null }> {
    return this.prisma.$transaction(async (tx) => {
      const overleg = await tx.overleg.findUniqueOrThrow({
        where: { agendaId_code: { agendaId: this.agendaId, code: input.overlegCode } },
        select: { id: true },
      });
      const key = { platform: input.platform, tenantId: input.tenantId, channelId: input.channelId };
      const existing = await tx.channelLink.findUnique({
        where: { platform_tenantId_channelId: key },
        select: { overleg: { select: { code: true } } },
      });
      await tx.channelLink.upsert({
        where: { platform_tenantId_channelId: key },
        create: { ...key, overlegId: overleg.id, linkedById: input.linkedById },
        update: { overlegId: overleg.id, linkedById: input.linkedById },
      });
      return { previous: existing?.overleg.code ?? null };
    });
  }

  async linkedChannels(): Promise<LinkedChannel[]> {
    const rows = await this.prisma.channelLink.findMany({
      where: { overleg: { agendaId: this.agendaId } },
      orderBy: { id: "asc" },
      include: { overleg: { select: { code: true } } },
    });
    return rows.map(toLinkedChannel);
  }

  async linkedChannel(platform: Platform, tenantId: string, channelId: string): Promise<LinkedChannel | null> {
    const row = await this.prisma.channelLink.findUnique({
      where: { platform_tenantId_channelId: { platform, tenantId, channelId } },
      include: { overleg: { select: { code: true, agendaId: true } } },
    });
    return row && row.overleg.agendaId === this.agendaId ? toLinkedChannel(row) : null;
  }

  async setDigestSchedule(platform: Platform, tenantId: string, channelId: string, schedule: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.channelLink.updateMany({
      where: { platform, tenantId, channelId, overleg: { agendaId: this.agendaId } },
      data: { digestSchedule: schedule, scheduleChangedAt: at },
    });
    return count === 1;
  }

  async linkedOverleg(platform: "slack" | "teams", tenantId: string, channelId: string): Promise<string | null> {
    const row = await this.prisma.channelLink.findUnique({
      where: { platform_tenantId_channelId: { platform, tenantId, channelId } },
      select: { overleg: { select: { code: true } } },
    });
    return row?.overleg.code ?? null;
  }
}

function toLinkedChannel(row: {
  platform: Platform;
  tenantId: string;
  channelId: string;
  digestSchedule: string;
  locale: string;
  createdAt: Date;
  scheduleChangedAt: Date | null;
  overleg: { code: string };
}): LinkedChannel {
  return {
    platform: row.platform,
    tenantId: row.tenantId,
    channelId: row.channelId,
    overlegCode: row.overleg.code,
    schedule: row.digestSchedule,
    locale: row.locale,
    linkedAt: row.scheduleChangedAt && row.scheduleChangedAt > row.createdAt ? row.scheduleChangedAt : row.createdAt,
  };
}

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function excerpt(text: string, needle: string): string {
  const at = text.toLowerCase().indexOf(needle);
  if (text.length <= 120) return text;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 120)}${start + 120 < text.length ? "…" : ""}`;
}
