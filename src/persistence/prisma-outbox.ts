/** The delivery outbox on Prisma: messages are rows of an agenda; its workers lease due rows with SKIP LOCKED. */
import { DEFAULT_USEFUL_LIFE_MS } from "../core/delivery/delivery-worker.js";
import type { Platform } from "../core/domain/agenda.js";
import type { Message } from "../core/messages/model.js";
import type { Outbox, OutboxItem } from "../core/ports.js";
import type { Prisma, PrismaClient } from "./generated/client.js";

/** A message to store: its dedupe key (delivery/dedupe-keys.ts) makes a second one with the same key a no-op. */
export interface OutboxEntry {
  dedupeKey: string;
  platform: Platform;
  target: string;
  message: Message;
  usefulUntil?: Date;
}

/**
 * The one writer of outbox rows, also inside another store's transaction (a round and its messages): rows whose
 * dedupe key is taken are skipped. Returns how many were stored.
 */
export async function insertOutboxRows(
  db: Prisma.TransactionClient | PrismaClient,
  agendaId: number,
  entries: readonly OutboxEntry[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const { count } = await db.outboxMessage.createMany({
    data: entries.map((entry) => ({
      agendaId,
      dedupeKey: entry.dedupeKey,
      platform: entry.platform,
      target: entry.target,
      payload: entry.message as unknown as Prisma.InputJsonValue,
      usefulUntil: entry.usefulUntil ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The outbox of one agenda: what its instance queues and sends (and messages queued before they were scoped). */
export class PrismaOutbox implements Outbox {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly agendaId: number,
  ) {}

  async enqueue(item: OutboxEntry): Promise<boolean> {
    return (await insertOutboxRows(this.prisma, this.agendaId, [item])) === 1;
  }

  async isStored(dedupeKey: string): Promise<boolean> {
    return (await this.prisma.outboxMessage.count({ where: { dedupeKey } })) > 0;
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number, platform?: Platform): Promise<OutboxItem[]> {
    // "sending" rows whose lease ran out belong to a worker that died: they are due again.
    const rows = await this.prisma.$queryRaw<
      {
        id: bigint;
        dedupe_key: string;
        platform: Platform;
        target: string;
        payload: unknown;
        attempts: number;
        useful_until: Date | null;
        created_at: Date;
      }[]
    >`
      UPDATE "outbox_message" SET status = 'sending', next_attempt_at = ${leaseUntil}
      WHERE id IN (
        SELECT id FROM "outbox_message"
        WHERE status IN ('pending', 'sending') AND next_attempt_at <= ${now}
          AND (agenda_id = ${this.agendaId} OR agenda_id IS NULL)
          AND (${platform ?? null}::text IS NULL OR platform::text = ${platform ?? null}::text)
        ORDER BY id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, dedupe_key, platform::text AS platform, target, payload, attempts, useful_until, created_at`;
    return rows
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((row) => ({
        id: row.id,
        dedupeKey: row.dedupe_key,
        platform: row.platform,
        target: row.target,
        message: (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) as Message,
        failures: row.attempts,
        usefulUntil: row.useful_until ? new Date(row.useful_until) : new Date(new Date(row.created_at).getTime() + DEFAULT_USEFUL_LIFE_MS),
      }));
  }

  async markSent(id: bigint, at: Date): Promise<void> {
    await this.prisma.outboxMessage.update({ where: { id }, data: { status: "sent", sentAt: at } });
  }

  async reschedule(id: bigint, at: Date, failed: boolean, error?: string): Promise<void> {
    await this.prisma.outboxMessage.update({
      where: { id },
      data: {
        status: "pending",
        nextAttemptAt: at,
        ...(failed ? { attempts: { increment: 1 }, lastError: error ?? null } : error !== undefined ? { lastError: error } : {}),
      },
    });
  }

  async markFailed(id: bigint, error: string): Promise<void> {
    await this.prisma.outboxMessage.update({ where: { id }, data: { status: "failed", lastError: error, attempts: { increment: 1 } } });
  }
}
