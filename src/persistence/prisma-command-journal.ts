/**
 * The command journal on Prisma: one row per acknowledged command; instances lease unfinished rows with SKIP
 * LOCKED. A command's own writes (stored before the acknowledgement, its answer, finished) are prepared
 * statements on the driver, as the per-message reads are: Prisma's per-call handling would cost more than the
 * statements, and the first one is what the acknowledgement waits for.
 */
import type { Platform } from "../core/domain/agenda.js";
import type { Message } from "../core/messages/model.js";
import type { CommandJournal, JournalEntry } from "../core/ports.js";
import type { PrismaClient } from "./generated/client.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";

const RECORD: PreparedStatement = {
  name: "command_journal_record",
  text: `INSERT INTO "command_journal" (request_key, platform, request, owner, lease_until, received_at)
    VALUES ($1, $2::"Platform", $3::jsonb, $4, $5::timestamp, $6::timestamp)
    ON CONFLICT (request_key) DO NOTHING
    RETURNING id::text AS id`,
};
const RAN: PreparedStatement = {
  name: "command_journal_ran",
  text: `UPDATE "command_journal" SET answer = $2::jsonb WHERE id = $1::bigint`,
};
const FINISH: PreparedStatement = {
  name: "command_journal_finish",
  text: `UPDATE "command_journal" SET finished_at = $2::timestamp WHERE id = $1::bigint`,
};

interface Row {
  id: bigint;
  platform: Platform;
  request: unknown;
  answer: unknown;
  received_at: Date;
}

const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export class PrismaCommandJournal implements CommandJournal {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly statements: PreparedReads,
  ) {}

  async record(entry: {
    key: string;
    platform: Platform;
    request: Record<string, unknown>;
    owner: string;
    at: Date;
    leaseUntil: Date;
  }): Promise<JournalEntry | null> {
    // One statement before the acknowledgement; a key stored before inserts nothing and returns no row.
    // Timestamps are UTC without a zone, as Prisma writes them (the zone of an ISO literal is ignored).
    const rows = await this.statements.rows<{ id: string }>(RECORD, [
      entry.key,
      entry.platform,
      JSON.stringify(entry.request),
      entry.owner,
      entry.leaseUntil.toISOString(),
      entry.at.toISOString(),
    ]);
    const id = rows[0]?.id;
    return id === undefined ? null : { id: BigInt(id), platform: entry.platform, request: entry.request, answer: null, receivedAt: entry.at };
  }

  async ran(id: bigint, answer: Message): Promise<void> {
    await this.statements.rows(RAN, [String(id), JSON.stringify(answer)]);
  }

  async finish(id: bigint, at: Date): Promise<void> {
    await this.statements.rows(FINISH, [String(id), at.toISOString()]);
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
