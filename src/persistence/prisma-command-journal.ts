/** The command journal on Prisma: one row per acknowledged command; instances lease unfinished rows with SKIP LOCKED. */
import type { Platform } from "../core/domain/agenda.js";
import type { Message } from "../core/messages/model.js";
import type { CommandJournal, JournalEntry } from "../core/ports.js";
import type { Prisma, PrismaClient } from "./generated/client.js";

interface Row {
  id: bigint;
  platform: Platform;
  request: unknown;
  answer: unknown;
  received_at: Date;
}

const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export class PrismaCommandJournal implements CommandJournal {
  constructor(private readonly prisma: PrismaClient) {}

  async record(entry: {
    key: string;
    platform: Platform;
    request: Record<string, unknown>;
    owner: string;
    at: Date;
    leaseUntil: Date;
  }): Promise<JournalEntry | null> {
    // One statement before the acknowledgement; a key stored before inserts nothing and returns no row.
    const rows = await this.prisma.$queryRaw<{ id: bigint }[]>`
      INSERT INTO "command_journal" (request_key, platform, request, owner, lease_until, received_at)
      VALUES (${entry.key}, ${entry.platform}::"Platform", ${JSON.stringify(entry.request)}::jsonb, ${entry.owner}, ${entry.leaseUntil}, ${entry.at})
      ON CONFLICT (request_key) DO NOTHING
      RETURNING id`;
    const id = rows[0]?.id;
    return id === undefined ? null : { id: BigInt(id), platform: entry.platform, request: entry.request, answer: null, receivedAt: entry.at };
  }

  async ran(id: bigint, answer: Message): Promise<void> {
    await this.prisma.commandJournalEntry.update({ where: { id }, data: { answer: answer as unknown as Prisma.InputJsonValue } });
  }

  async finish(id: bigint, at: Date): Promise<void> {
    await this.prisma.commandJournalEntry.update({ where: { id }, data: { finishedAt: at } });
  }

  async renew(ids: bigint[], owner: string, leaseUntil: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.prisma.commandJournalEntry.updateMany({ where: { id: { in: ids }, owner, finishedAt: null }, data: { leaseUntil } });
  }

  async claimUnfinished(platform: Platform, owner: string, now: Date, leaseUntil: Date, limit: number, except: bigint[]): Promise<JournalEntry[]> {
    const excluded = except.map(String);
    const rows = await this.prisma.$queryRaw<Row[]>`
      UPDATE "command_journal" SET owner = ${owner}, lease_until = ${leaseUntil}
      WHERE id IN (
        SELECT id FROM "command_journal"
        WHERE finished_at IS NULL AND lease_until <= ${now} AND platform = ${platform}::"Platform"
          AND NOT (id::text = ANY(${excluded}::text[]))
        ORDER BY id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, platform::text AS platform, request, answer, received_at`;
    return rows
      .map((row) => ({
        id: BigInt(row.id),
        platform: row.platform,
        request: json<Record<string, unknown>>(row.request),
        answer: row.answer === null ? null : json<Message>(row.answer),
        receivedAt: new Date(row.received_at),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async forgetFinishedBefore(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.commandJournalEntry.deleteMany({ where: { finishedAt: { lt: cutoff } } });
    return count;
  }
}
