/** Reminder rounds on Prisma: a round, its items and recipients, and its messages in the outbox, stored together. */
import type { PersonInfo, Platform } from "../core/domain/agenda.js";
import { isLocale } from "../core/domain/locale.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { Delivery, NewRound, RoundAnswer, RoundFilter, RoundKind, RoundStore, RoundView } from "../core/rounds/round-store.js";
import { personSelect } from "./agenda-scope.js";
import { queryDirectTargets, type TenantScope } from "./direct-targets.js";
import type { Prisma, PrismaClient } from "./generated/client.js";
import { fundingSelect, toFunding, toPerson } from "./mappers.js";
import { insertOutboxRows } from "./prisma-outbox.js";

/** How strong an answer is: an update beats a confirmation, which beats "not mine". */
const ANSWER_RANK: Record<RoundAnswer, number> = { updated: 3, unchanged: 2, "not-mine": 1 };
const ANSWER_RANK_SQL = (answer: RoundAnswer) => ANSWER_RANK[answer];

/** A unique-constraint violation, as Prisma reports it (P2002) or as a driver adapter does (PGlite: SQLSTATE 23505). */
function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const fields = current as { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown };
    if (fields.code === "P2002" || fields.code === "23505" || fields.originalCode === "23505" || fields.kind === "UniqueConstraintViolation")
      return true;
    current = fields.cause;
  }
  return false;
}

export class PrismaRoundStore implements RoundStore {
  private readonly prisma: PrismaClient;
  private readonly agendaId: number;

  constructor(private readonly scope: TenantScope) {
    this.prisma = scope.prisma;
    this.agendaId = scope.agendaId;
  }

  async leadsOf(codes: string[]): Promise<Map<string, PersonInfo[]>> {
    const leads = new Map<string, PersonInfo[]>();
    if (codes.length === 0) return leads;
    const rows = await this.prisma.actionLead.findMany({
      where: { action: { agendaId: this.agendaId, retiredAt: null, code: { in: codes } } },
      select: { action: { select: { code: true } }, person: { select: personSelect } },
      orderBy: { createdAt: "asc" },
    });
    for (const row of rows) leads.set(row.action.code, [...(leads.get(row.action.code) ?? []), toPerson(row.person)]);
    return leads;
  }

  directTargets(personIds: number[]): Promise<Map<number, { platform: Platform; target: string }[]>> {
    return queryDirectTargets(this.scope, personIds);
  }

  async responseRate(themes: number[], codes?: string[]): Promise<{ answered: number; total: number } | null> {
    const rows = await this.prisma.$queryRaw<{ open: bigint; answered: bigint; total: bigint }[]>`
      WITH open_round AS (
        SELECT id FROM "reminder_round" WHERE agenda_id = ${this.agendaId} AND status = 'open'
      ), items AS (
        SELECT i.round_id, a.code, i.answer, i.answered_by_id FROM "round_item" i
        JOIN open_round r ON r.id = i.round_id
        JOIN "action" a ON a.id = i.action_id
        JOIN "theme" t ON t.id = a.theme_id
        WHERE t.number = ANY(${themes}::int[]) AND (${codes ?? null}::text[] IS NULL OR a.code = ANY(${codes ?? null}::text[]))
      ), leads AS (
        SELECT rr.person_id,
               bool_and(COALESCE(items.answer IN ('updated', 'unchanged') OR (items.answer = 'not-mine' AND items.answered_by_id = rr.person_id), false)) AS done
        FROM "round_recipient" rr
        JOIN items ON items.round_id = rr.round_id AND items.code = ANY(rr.codes)
        GROUP BY rr.person_id
      )
      SELECT (SELECT count(*) FROM open_round) AS open,
             (SELECT count(*) FROM leads WHERE done) AS answered,
             (SELECT count(*) FROM leads) AS total`;
    const row = rows[0];
    if (!row || Number(row.open) === 0) return null;
    return { answered: Number(row.answered), total: Number(row.total) };
  }

  async startRound(round: NewRound, deliveries: (roundId: number) => Delivery[]): Promise<number | null> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const actions = await tx.action.findMany({
          where: { agendaId: this.agendaId, retiredAt: null, code: { in: round.codes } },
          select: { id: true },
        });
        // What the round asks about is its own column; the filter keeps the selection.
        const { kind = "status", ...filter } = round.filter;
        const created = await tx.reminderRound.create({
          data: {
            agendaId: this.agendaId,
            startedById: round.startedById,
            automatic: round.automatic,
            locale: round.locale,
            kind,
            filter: filter as unknown as Prisma.InputJsonValue,
            followUpAt: round.followUpAt,
            closesAt: round.closesAt,
            createdAt: round.startedAt,
          },
          select: { id: true },
        });
        await tx.roundItem.createMany({ data: actions.map((action) => ({ roundId: created.id, actionId: action.id })) });
        const messages = deliveries(created.id);
        const messaged = new Set(messages.map((delivery) => `${delivery.platform}:${delivery.target}`));
        const now = round.startedAt;
        await tx.roundRecipient.createMany({
          data: round.recipients.map((recipient) => ({
            roundId: created.id,
            personId: recipient.personId,
            codes: recipient.codes,
            platform: recipient.platform,
            target: recipient.target,
            messagedAt: recipient.target && messaged.has(`${recipient.platform}:${recipient.target}`) ? now : null,
          })),
        });
        await insertOutboxRows(tx, this.agendaId, messages);
        return created.id;
      });
    } catch (error) {
      // The partial unique index allows one open round per agenda: another start won the race.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async openRound(): Promise<RoundView | null> {
    const row = await this.prisma.reminderRound.findFirst({ where: { agendaId: this.agendaId, status: "open" }, select: { id: true } });
    return row ? this.load(row.id) : null;
  }

  async latestRound(): Promise<RoundView | null> {
    const row = await this.prisma.reminderRound.findFirst({ where: { agendaId: this.agendaId }, orderBy: { id: "desc" }, select: { id: true } });
    return row ? this.load(row.id) : null;
  }

  async recordAnswer(code: string, personId: number | null, answer: RoundAnswer, at: Date, kind?: RoundKind): Promise<number | null> {
    // The round row is locked, so an answer and closing the round do not interleave. An answer never replaces a
    // stronger one: an update stays an update when another lead confirms, and "not mine" replaces only "not mine".
    const rows = await this.prisma.$queryRaw<{ round_id: number }[]>`
      WITH target AS (
        SELECT i.round_id, i.action_id FROM "round_item" i
        JOIN "reminder_round" r ON r.id = i.round_id
        JOIN "action" a ON a.id = i.action_id
        WHERE r.agenda_id = ${this.agendaId} AND r.status = 'open' AND a.code = ${code}
          AND (${kind ?? null}::text IS NULL OR r.kind = ${kind ?? null}::text)
        FOR UPDATE OF r
      ), answered AS (
        UPDATE "round_item" i SET answer = ${answer}, answered_by_id = ${personId}, answered_at = ${at}
        FROM target t
        WHERE i.round_id = t.round_id AND i.action_id = t.action_id
          AND (i.answer IS NULL OR ${ANSWER_RANK_SQL(answer)} >= (CASE i.answer WHEN 'updated' THEN 3 WHEN 'unchanged' THEN 2 ELSE 1 END))
        RETURNING i.round_id
      )
      SELECT round_id FROM target`;
    return rows[0]?.round_id ?? null;
  }

  async markFollowedUp(roundId: number, at: Date, nudged: number[], deliveries: Delivery[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.reminderRound.updateMany({ where: { id: roundId, status: "open", followedUpAt: null }, data: { followedUpAt: at } });
      if (count === 0) return false;
      if (nudged.length) await tx.roundRecipient.updateMany({ where: { roundId, personId: { in: nudged } }, data: { nudgedAt: at } });
      await insertOutboxRows(tx, this.agendaId, deliveries);
      return true;
    });
  }

  async closeRound(roundId: number, at: Date, deliveries: Delivery[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.reminderRound.updateMany({ where: { id: roundId, status: "open" }, data: { status: "closed", closedAt: at } });
      if (count === 0) return false;
      await insertOutboxRows(tx, this.agendaId, deliveries);
      return true;
    });
  }

  async deliverInstead(roundId: number, personId: number, delivery: Delivery): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      if ((await tx.reminderRound.count({ where: { id: roundId, status: "open" } })) === 0) return false;
      if ((await insertOutboxRows(tx, this.agendaId, [delivery])) === 0) return false;
      await tx.roundRecipient.updateMany({ where: { roundId, personId }, data: { platform: delivery.platform, target: delivery.target } });
      return true;
    });
  }

  enqueue(deliveries: Delivery[]): Promise<number> {
    return insertOutboxRows(this.prisma, this.agendaId, deliveries);
  }

  private async load(id: number): Promise<RoundView | null> {
    const round = await this.prisma.reminderRound.findUnique({
      where: { id },
      include: {
        items: {
          include: {
            action: { select: { code: true, title: true, status: true, ...fundingSelect(), position: true, theme: { select: { number: true } } } },
          },
        },
        recipients: true,
      },
    });
    if (!round) return null;
    const personIds = new Set<number>();
    if (round.startedById !== null) personIds.add(round.startedById);
    for (const item of round.items) if (item.answeredById !== null) personIds.add(item.answeredById);
    for (const recipient of round.recipients) personIds.add(recipient.personId);
    const people = new Map(
      (await this.prisma.person.findMany({ where: { id: { in: [...personIds] } }, select: personSelect })).map((row) => [row.id, toPerson(row)]),
    );
    const items = [...round.items]
      .sort((a, b) => a.action.position - b.action.position)
      .map((item) => ({
        code: item.action.code,
        title: item.action.title,
        status: item.action.status as ActionStatus,
        funding: toFunding(item.action),
        themeNumber: item.action.theme.number,
        answer: (item.answer as RoundAnswer | null) ?? null,
        answeredBy: item.answeredById === null ? null : (people.get(item.answeredById) ?? null),
        answeredAt: item.answeredAt,
      }));
    const recipients = round.recipients.flatMap((recipient) => {
      const person = people.get(recipient.personId);
      if (!person) return [];
      return [
        {
          person,
          codes: recipient.codes,
          platform: (recipient.platform as Platform | null) ?? null,
          target: recipient.target,
          nudgedAt: recipient.nudgedAt,
        },
      ];
    });
    recipients.sort((a, b) => (a.person.displayName ?? a.person.email).localeCompare(b.person.displayName ?? b.person.email));
    return {
      id: round.id,
      status: round.status === "open" ? "open" : "closed",
      automatic: round.automatic,
      locale: isLocale(round.locale) ? round.locale : "nl",
      filter: { ...(round.filter as unknown as RoundFilter), kind: round.kind === "funding" ? "funding" : "status" },
      startedBy: round.startedById === null ? null : (people.get(round.startedById) ?? null),
      createdAt: round.createdAt,
      followUpAt: round.followUpAt,
      followedUpAt: round.followedUpAt,
      closesAt: round.closesAt,
      closedAt: round.closedAt,
      items,
      recipients,
    };
  }
}
