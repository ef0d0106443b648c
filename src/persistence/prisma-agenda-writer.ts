/** The core's AgendaWriter on Prisma: each change is one transaction, with its history row. */
import type { ActionStatus } from "../core/domain/status.js";
import type { AgendaWriter, NoteInput, StatusChangeInput, StatusChangeResult } from "../core/ports.js";
import { type AgendaScope, activeAction, UnknownActionError } from "./agenda-scope.js";

export class PrismaAgendaWriter implements AgendaWriter {
  constructor(private readonly scope: AgendaScope) {}

  async changeStatus(input: StatusChangeInput): Promise<StatusChangeResult> {
    return this.scope.prisma.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ id: number; status: ActionStatus }[]>`
        SELECT id, status::text AS status FROM "action"
        WHERE agenda_id = ${this.scope.agendaId} AND code = ${input.code} AND retired_at IS NULL
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
    return this.scope.prisma.$transaction(async (tx) => {
      const action = await tx.action.findFirst({ where: activeAction(this.scope, input.code), select: { id: true } });
      if (!action) throw new UnknownActionError(input.code);
      const note = await tx.note.create({
        data: { actionId: action.id, text: input.text, personId: input.personId, channel: input.channel },
        select: { createdAt: true },
      });
      await tx.action.update({ where: { id: action.id }, data: { lastUpdateAt: note.createdAt } });
      return { at: note.createdAt };
    });
  }

  async addLead(code: string, personId: number, assignedById: number | null): Promise<boolean> {
    const action = await this.scope.prisma.action.findFirst({ where: activeAction(this.scope, code), select: { id: true } });
    if (!action) throw new UnknownActionError(code);
    const { count } = await this.scope.prisma.actionLead.createMany({
      data: [{ actionId: action.id, personId, assignedById }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async removeLead(code: string, personId: number): Promise<boolean> {
    const { count } = await this.scope.prisma.actionLead.deleteMany({ where: { personId, action: activeAction(this.scope, code) } });
    return count > 0;
  }
}
