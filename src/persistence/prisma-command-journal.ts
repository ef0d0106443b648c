/**
 * The command journal on Prisma: one row per acknowledged command; instances lease unfinished rows with SKIP
 * LOCKED. A command's own writes (stored before the acknowledgement, its answer, finished) are prepared
 * statements on the driver, as the per-message reads are: Prisma's per-call handling would cost more than the
 * statements, and the first one is what the acknowledgement waits for.
 */
import type { Platform } from "../core/domain/agenda.js";
import type { Message } from "../core/messages/model.js";
import type { CommandJournal, JournalEntry, JournalRecord, UnfinishedFree } from "../core/ports.js";
import type { PrismaClient } from "./generated/client.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";

/** Inserts of 16, 4 or 1 entries, each prepared once; a batch is stored in as few of them as fit. */
const RECORD_SIZES = [16, 4, 1] as const;
const recordStatements = new Map<number, PreparedStatement>(
  RECORD_SIZES.map((rows) => {
    const values = Array.from({ length: rows }, (_, row) => {
      const at = row * 7;
      return `($${at + 1}, $${at + 2}::"Platform", $${at + 3}::jsonb, $${at + 4}, $${at + 5}::timestamp, $${at + 6}::timestamp, $${at + 7}::int)`;
    });
    return [
      rows,
      {
        name: `command_journal_record_${rows}`,
        text: `INSERT INTO "command_journal" (request_key, platform, request, owner, lease_until, received_at, agenda_id)
    VALUES ${values.join(", ")}
    ON CONFLICT (request_key) DO NOTHING
    RETURNING id::text AS id, request_key`,
      },
    ];
  }),
);
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

/** Entries stored by one flush at most. */
const MAX_BATCH = 64;

const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export class PrismaCommandJournal implements CommandJournal {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly statements: PreparedReads,
    /** Where the insert an acknowledgement waits for runs (see Database.acknowledgementReads). */
    private readonly urgent: PreparedReads = statements,
    /** The agenda whose commands these are: an instance resumes only its own (and those stored before they were scoped). */
    private readonly agendaId: number | null = null,
  ) {}

  /** Entries waiting for the statement in flight: they are stored together by the next one (group commit). */
  private pending: { entry: JournalRecord; done: (result: JournalEntry | null) => void; failed: (error: unknown) => void }[] = [];
  private flushing = false;

  /**
   * Stores the entry; null when its key was stored before (a replay). At most one insert is in flight: entries that
   * arrive meanwhile go in one multi-row insert after it, so a burst of commands costs a few statements (and
   * connections), not one each, and no acknowledgement waits behind the others' round trips.
   */
  record(entry: JournalRecord): Promise<JournalEntry | null> {
    return new Promise((done, failed) => {
      this.pending.push({ entry, done, failed });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_BATCH);
        try {
          const ids = await this.insert(batch.map((item) => item.entry));
          const answered = new Set<string>();
          for (const { entry, done } of batch) {
            // The same key twice in one batch: the first is stored, the second is its replay.
            const id = answered.has(entry.key) ? undefined : ids.get(entry.key);
            answered.add(entry.key);
            done(id === undefined ? null : { id, platform: entry.platform, request: entry.request, answer: null, receivedAt: entry.at });
          }
        } catch (error) {
          for (const item of batch) item.failed(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Stores the entries in chunks of the prepared sizes, side by side; the ids of those stored, by key. */
  private async insert(entries: JournalRecord[]): Promise<Map<string, bigint>> {
    const chunks: JournalRecord[][] = [];
    for (let from = 0; from < entries.length; ) {
      const size = RECORD_SIZES.find((rows) => rows <= entries.length - from) ?? 1;
      chunks.push(entries.slice(from, from + size));
      from += size;
    }
    const results = await Promise.all(
      chunks.map((chunk) =>
        this.urgent.rows<{ id: string; request_key: string }>(
          recordStatements.get(chunk.length) as PreparedStatement,
          // Timestamps are UTC without a zone, as Prisma writes them (the zone of an ISO literal is ignored).
          chunk.flatMap((entry) => [
            entry.key,
            entry.platform,
            JSON.stringify(entry.request),
            entry.owner,
            entry.leaseUntil.toISOString(),
            entry.at.toISOString(),
            this.agendaId,
          ]),
        ),
      ),
    );
    return new Map(results.flat().map((row) => [row.request_key, BigInt(row.id)]));
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

  async claimUnfinished(
    platform: Platform,
    owner: string,
    free: UnfinishedFree,
    leaseUntil: Date,
    limit: number,
    except: bigint[],
  ): Promise<JournalEntry[]> {
    const excluded = except.map(String);
    const receivedBy = free.receivedBy ?? new Date(0);
    const rows = await this.prisma.$queryRaw<Row[]>`
      UPDATE "command_journal" SET owner = ${owner}, lease_until = ${leaseUntil}
      WHERE id IN (
        SELECT id FROM "command_journal"
        WHERE finished_at IS NULL AND (lease_until <= ${free.leaseEndedBy} OR received_at <= ${receivedBy}) AND platform = ${platform}::"Platform"
          AND NOT (id::text = ANY(${excluded}::text[]))
          AND (agenda_id = ${this.agendaId}::int OR agenda_id IS NULL)
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
