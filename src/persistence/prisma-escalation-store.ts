/** Escalations on Prisma: numbered per agenda, raised and resolved each in one transaction with their messages. */
import type { Escalation, EscalationState } from "../core/domain/escalation.js";
import type { DigestChannel, EscalationResolution, EscalationStore, NewEscalation, OverlegScope } from "../core/escalations/escalation-store.js";
import type { Delivery } from "../core/rounds/round-store.js";
import { personSelect, UnknownActionError } from "./agenda-scope.js";
import type { Prisma, PrismaClient } from "./generated/client.js";
import { toPerson } from "./mappers.js";
import { insertOutboxRows } from "./prisma-outbox.js";

const escalationInclude = {
  action: { select: { code: true, title: true, theme: { select: { number: true } } } },
  overleg: { select: { code: true } },
} as const;

type EscalationRow = Prisma.EscalationGetPayload<{ include: typeof escalationInclude }>;
type Db = Prisma.TransactionClient | PrismaClient;

export class PrismaEscalationStore implements EscalationStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly agendaId: number,
  ) {}

  async raise(input: NewEscalation, deliveries: (raised: Escalation) => Delivery[]): Promise<Escalation> {
    return this.prisma.$transaction(async (tx) => {
      // One raise at a time per agenda, so each gets the next number.
      await tx.$queryRaw`SELECT id FROM "agenda" WHERE id = ${this.agendaId} FOR UPDATE`;
      const action = await tx.action.findFirst({ where: { agendaId: this.agendaId, code: input.code, retiredAt: null }, select: { id: true } });
      if (!action) throw new UnknownActionError(input.code);
      const overleg = input.overlegCode
        ? await tx.overleg.findUniqueOrThrow({ where: { agendaId_code: { agendaId: this.agendaId, code: input.overlegCode } }, select: { id: true } })
        : null;
      const last = await tx.escalation.aggregate({ where: { agendaId: this.agendaId }, _max: { number: true } });
      const row = await tx.escalation.create({
        data: {
          agendaId: this.agendaId,
          number: (last._max.number ?? 0) + 1,
          actionId: action.id,
          overlegId: overleg?.id ?? null,
          question: input.question,
          raisedById: input.personId,
          channel: input.channel,
          createdAt: input.at,
        },
        include: escalationInclude,
      });
      const [raised] = await toEscalations(tx, [row]);
      if (!raised) throw new Error("the escalation just stored was not read back");
      await insertOutboxRows(tx, this.agendaId, deliveries(raised));
      return raised;
    });
  }

  async find(number: number): Promise<Escalation | null> {
    const row = await this.prisma.escalation.findUnique({
      where: { agendaId_number: { agendaId: this.agendaId, number } },
      include: escalationInclude,
    });
    return row ? ((await toEscalations(this.prisma, [row]))[0] ?? null) : null;
  }

  async open(scope?: OverlegScope): Promise<Escalation[]> {
    const rows = await this.prisma.escalation.findMany({
      where: { ...this.scoped(scope), resolvedAt: null },
      orderBy: [{ createdAt: "asc" }, { number: "asc" }],
      include: escalationInclude,
    });
    return toEscalations(this.prisma, rows);
  }

  async resolvedBetween(scope: OverlegScope, since: Date, until: Date): Promise<Escalation[]> {
    const rows = await this.prisma.escalation.findMany({
      where: { ...this.scoped(scope), resolvedAt: { gt: since, lte: until } },
      orderBy: [{ resolvedAt: "asc" }, { number: "asc" }],
      include: escalationInclude,
    });
    return toEscalations(this.prisma, rows);
  }

  async resolve(resolution: EscalationResolution, deliveries: (resolved: Escalation) => Delivery[]): Promise<Escalation | null> {
    return this.prisma.$transaction(async (tx) => {
      // Only an open escalation is resolved: of two answers at once, the second finds it resolved and stores nothing.
      const { count } = await tx.escalation.updateMany({
        where: { agendaId: this.agendaId, number: resolution.number, resolvedAt: null },
        data: {
          resolvedAt: resolution.at,
          resolvedById: resolution.personId,
          resolution: resolution.text,
          outcome: resolution.outcome,
          resolvedVia: resolution.channel,
        },
      });
      if (count === 0) return null;
      const row = await tx.escalation.findUniqueOrThrow({
        where: { agendaId_number: { agendaId: this.agendaId, number: resolution.number } },
        include: escalationInclude,
      });
      const [resolved] = await toEscalations(tx, [row]);
      if (!resolved) return null;
      await insertOutboxRows(tx, this.agendaId, deliveries(resolved));
      return resolved;
    });
  }

  async all(): Promise<Escalation[]> {
    const rows = await this.prisma.escalation.findMany({
      where: { agendaId: this.agendaId },
      orderBy: { number: "asc" },
      include: escalationInclude,
    });
    return toEscalations(this.prisma, rows);
  }

  async shownUntil(channel: DigestChannel): Promise<Date | null> {
    const row = await this.prisma.channelLink.findUnique({
      where: { platform_tenantId_channelId: channelKey(channel) },
      select: { escalationsShown: true },
    });
    return row?.escalationsShown ?? null;
  }

  async markShown(channel: DigestChannel, at: Date): Promise<void> {
    // Never back: a digest built earlier but stored later does not show an answer again.
    await this.prisma.channelLink.updateMany({
      where: { ...channelKey(channel), OR: [{ escalationsShown: null }, { escalationsShown: { lt: at } }] },
      data: { escalationsShown: at },
    });
  }

  private scoped(scope: OverlegScope | undefined): Prisma.EscalationWhereInput {
    const where: Prisma.EscalationWhereInput = { agendaId: this.agendaId, action: { retiredAt: null } };
    if (!scope) return where;
    return {
      ...where,
      OR: [{ overleg: { code: scope.overlegCode } }, { overlegId: null, action: { theme: { number: { in: scope.themes } } } }],
    };
  }
}

/** Only the key: a LinkedChannel carries more. */
function channelKey(channel: DigestChannel): DigestChannel {
  return { platform: channel.platform, tenantId: channel.tenantId, channelId: channel.channelId };
}

function stateOf(row: Pick<EscalationRow, "resolvedAt" | "outcome">): EscalationState {
  if (row.resolvedAt === null) return "open";
  return row.outcome ?? "closed";
}

async function toEscalations(db: Db, rows: EscalationRow[]): Promise<Escalation[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.raisedById, row.resolvedById]).filter((id): id is number => id !== null))];
  const people = ids.length ? await db.person.findMany({ where: { id: { in: ids } }, select: personSelect }) : [];
  const byId = new Map(people.map((person) => [person.id, toPerson(person)]));
  const person = (id: number | null) => (id === null ? null : (byId.get(id) ?? null));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    code: row.action.code,
    title: row.action.title,
    themeNumber: row.action.theme.number,
    overlegCode: row.overleg?.code ?? null,
    question: row.question,
    raisedBy: person(row.raisedById),
    raisedAt: row.createdAt,
    state: stateOf(row),
    resolvedAt: row.resolvedAt,
    resolvedBy: person(row.resolvedById),
    resolution: row.resolution,
  }));
}
