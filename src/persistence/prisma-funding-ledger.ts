/** The core's FundingLedger on Prisma: a decision and its history row in one transaction, the action row locked. */
import type { FundingState, FundingStatus } from "../core/domain/funding.js";
import type { FundingChangeInput, FundingChangeResult, FundingHistoryEntry, FundingLedger } from "../core/ports.js";
import { type AgendaScope, activeAction, peopleById, UnknownActionError } from "./agenda-scope.js";

interface FundingRow {
  id: number;
  funding_status: FundingStatus;
  funding_source: string | null;
  funding_amount_cents: bigint | number | string | null;
  funding_note: string | null;
  funding_changed_at: Date | null;
}

const cents = (value: bigint | number | string | null) => (value === null ? null : Number(value));

export class PrismaFundingLedger implements FundingLedger {
  constructor(private readonly scope: AgendaScope) {}

  async changeFunding(input: FundingChangeInput): Promise<FundingChangeResult> {
    return this.scope.prisma.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<FundingRow[]>`
        SELECT id, funding_status::text AS funding_status, funding_source, funding_amount_cents, funding_note, funding_changed_at
        FROM "action"
        WHERE agenda_id = ${this.scope.agendaId} AND code = ${input.code} AND retired_at IS NULL
        FOR UPDATE`;
      if (!current) throw new UnknownActionError(input.code);
      const from: FundingState = {
        status: current.funding_status,
        source: current.funding_source,
        amountCents: cents(current.funding_amount_cents),
        note: current.funding_note,
        changedAt: current.funding_changed_at,
      };
      const source = input.source === undefined ? from.source : input.source;
      const amountCents = input.amountCents === undefined ? from.amountCents : input.amountCents;
      const note = input.note ?? null;
      // The clock was read before the row was locked: a change that waited for another is never dated before it.
      const decidedAt = input.at && from.changedAt && input.at < from.changedAt ? from.changedAt : input.at;
      // A confirmation without a note keeps the note that explains the decision; a new decision starts without one.
      const standingNote = note ?? (input.status === from.status ? from.note : null);
      const entry = await tx.fundingEntry.create({
        data: {
          actionId: current.id,
          fromStatus: from.status,
          toStatus: input.status,
          source,
          amountCents: amountCents === null ? null : BigInt(amountCents),
          note,
          personId: input.personId,
          channel: input.channel,
          ...(decidedAt ? { createdAt: decidedAt } : {}),
        },
        select: { createdAt: true },
      });
      const at = entry.createdAt;
      await tx.action.update({
        where: { id: current.id },
        data: {
          funding: input.status,
          fundSource: source,
          fundCents: amountCents === null ? null : BigInt(amountCents),
          fundNote: standingNote,
          fundingAt: at,
          lastUpdateAt: at,
        },
      });
      return { from, to: { status: input.status, source, amountCents, note: standingNote, changedAt: at }, at };
    });
  }

  async fundingHistory(code: string, limit: number): Promise<FundingHistoryEntry[]> {
    const rows = await this.scope.prisma.fundingEntry.findMany({
      where: { action: activeAction(this.scope, code) },
      // In the order they were stored (each under the action's row lock), newest first.
      orderBy: { id: "desc" },
      take: limit,
    });
    const people = await peopleById(
      this.scope.prisma,
      rows.map((row) => row.personId),
    );
    return rows.map((row) => ({
      at: row.createdAt,
      from: row.fromStatus,
      to: row.toStatus,
      source: row.source,
      amountCents: row.amountCents === null ? null : Number(row.amountCents),
      note: row.note,
      by: row.personId === null ? null : (people.get(row.personId) ?? null),
      channel: row.channel,
    }));
  }
}
