/** The command journal (issue 11, defect 5) on both databases: replays store nothing; leases give each command to one instance. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AcknowledgedCommands } from "../../src/core/journal/acknowledged-commands.js";
import type { Message } from "../../src/core/messages/model.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import { PrismaCommandJournal } from "../../src/persistence/prisma-command-journal.js";
import { bareAgenda } from "../support/bare-agenda.js";
import { createPostgresDatabase, createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/databases.js";

const ANSWER: Message = {
  summary: "Notitie opgeslagen.",
  blocks: [{ type: "text", text: "Notitie opgeslagen." }],
  tone: "success",
  visibility: "private",
};

/** A clock the test moves. */
function clockAt(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

describe.each(DATABASE_KINDS)("command journal on %s", (kind) => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    database = await openDatabase(testDatabase.target);
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it("stores a burst of commands arriving together once each, and a replay inside the same burst not at all", async () => {
    const journal = new PrismaCommandJournal(database.prisma, database.reads, database.acknowledgementReads);
    const at = new Date("2026-12-01T09:00:00Z");
    const entry = (key: string) => ({
      key,
      platform: "slack" as const,
      request: { text: key },
      owner: "a",
      at,
      leaseUntil: new Date(at.getTime() + 60_000),
    });
    // 37 at once: stored in chunks of 16, 4 and 1 after the first insert; burst-7 comes twice, burst-0 was stored before.
    await journal.record(entry("burst-0"));
    const keys = Array.from({ length: 36 }, (_, i) => `burst-${i}`);
    const results = await Promise.all([...keys, "burst-7"].map((key) => journal.record(entry(key))));
    const stored = results.filter((result) => result !== null);
    expect(stored).toHaveLength(35);
    expect(new Set(stored.map((result) => result?.request.text))).toEqual(new Set(keys.slice(1)));
    expect(results.at(-1)).toBeNull();
    const rows = await database.prisma.commandJournalEntry.count({ where: { requestKey: { startsWith: "burst-" } } });
    expect(rows).toBe(36);
    await database.prisma.commandJournalEntry.deleteMany({ where: { requestKey: { startsWith: "burst-" } } });
  });

  it("resumes only its own agenda's commands: a region's instance never runs another region's", async () => {
    const ours = await bareAgenda(database, "journal-a");
    const theirs = await bareAgenda(database, "journal-b");
    const journalOf = (agendaId: number) => new PrismaCommandJournal(database.prisma, database.reads, database.reads, agendaId);
    const at = new Date("2026-12-01T08:00:00Z");
    const entry = (key: string) => ({ key, platform: "teams" as const, request: { text: key }, owner: "gone", at, leaseUntil: at });
    await journalOf(ours.id).record(entry("region-a-1"));
    await journalOf(theirs.id).record(entry("region-b-1"));
    const free = { leaseEndedBy: new Date(at.getTime() + 1000) };
    const claimed = await journalOf(ours.id).claimUnfinished("teams", "a", free, new Date(at.getTime() + 60_000), 10, []);
    expect(claimed.map((claim) => claim.request.text)).toEqual(["region-a-1"]);
    const claimedByB = await journalOf(theirs.id).claimUnfinished("teams", "b", free, new Date(at.getTime() + 60_000), 10, []);
    expect(claimedByB.map((claim) => claim.request.text)).toEqual(["region-b-1"]);
    await database.prisma.commandJournalEntry.deleteMany({ where: { requestKey: { startsWith: "region-" } } });
  });

  it("stores a command once per key, and gives what a stopped instance left to another after its lease, with its answer", async () => {
    const journal = new PrismaCommandJournal(database.prisma, database.reads);
    const clock = clockAt("2026-12-01T10:00:00Z");
    const first = new AcknowledgedCommands({ journal, clock, owner: "a", leaseMs: 10_000 });
    const second = new AcknowledgedCommands({ journal, clock, owner: "b", leaseMs: 10_000 });
    const ran = await first.record("slack", "k1", { text: "notitie 1.3 x" });
    const waiting = await first.record("slack", "k2", { text: "toon 1.3" });
    expect(ran?.id).toBeTypeOf("bigint");
    expect(await first.record("slack", "k1", { text: "notitie 1.3 x" })).toBeNull();
    expect(await second.record("slack", "k1", { text: "notitie 1.3 x" })).toBeNull();
    await first.ran(ran as NonNullable<typeof ran>, ANSWER);

    // Held by `a`: nobody else takes them, also not after the first lease while `a` renews.
    const taken: unknown[] = [];
    expect(await second.resume("slack", (command) => void taken.push(command))).toBe(0);
    clock.advance(8000);
    await first.renewHeld();
    clock.advance(8000);
    expect(await second.resume("slack", (command) => void taken.push(command))).toBe(0);
    // Its own resume never takes what it holds.
    expect(await first.resume("slack", (command) => void taken.push(command))).toBe(0);

    // `a` died: after the lease `b` takes both, once, the one that ran with its answer.
    clock.advance(11_000);
    const resumed: { request: Record<string, unknown>; answer: Message | null; resumed: boolean }[] = [];
    expect(await second.resume("teams", () => undefined)).toBe(0);
    expect(await second.resume("slack", (command) => void resumed.push(command))).toBe(2);
    expect(resumed.map((command) => [command.request.text, command.answer?.summary ?? null, command.resumed])).toEqual([
      ["notitie 1.3 x", "Notitie opgeslagen.", true],
      ["toon 1.3", null, true],
    ]);
    clock.advance(11_000);
    await second.renewHeld();
    expect(await first.resume("slack", () => undefined)).toBe(0);

    for (const command of resumed) await second.finish(command as Parameters<AcknowledgedCommands["finish"]>[0]);
    clock.advance(60_000);
    expect(await first.resume("slack", () => undefined)).toBe(0);
    expect(waiting).not.toBeNull();

    // Finished entries are forgotten after the retention; their keys then guard no more.
    expect(await second.forgetFinished(30_000)).toBe(2);
    expect(await database.prisma.commandJournalEntry.count()).toBe(0);
  });

  it("takes over at once what a gone process left, when it is the only instance (the embedded database)", async () => {
    const journal = new PrismaCommandJournal(database.prisma, database.reads);
    const clock = clockAt("2026-12-01T11:00:00Z");
    const gone = new AcknowledgedCommands({ journal, clock, owner: "gone", leaseMs: 60_000 });
    for (let i = 0; i < 3; i++) await gone.record("teams", `gone-${i}`, { n: i });
    const restarted = new AcknowledgedCommands({ journal, clock, owner: "restarted", leaseMs: 60_000, soleInstance: true });
    const kept = await restarted.record("teams", "new-one", { n: 99 });
    const taken: unknown[] = [];
    expect(await restarted.resume("teams", (command) => void taken.push(command.request.n), 2)).toBe(2);
    expect(await restarted.resume("teams", (command) => void taken.push(command.request.n), 2)).toBe(1);
    // Taken over once: from then on leases count, and its own commands are never taken.
    expect(await restarted.resume("teams", (command) => void taken.push(command.request.n), 2)).toBe(0);
    expect(taken).toEqual([0, 1, 2]);
    expect(kept?.id).toBeTypeOf("bigint");
  });

  it("never takes over a command it is storing itself while its first look for what a gone process left runs", async () => {
    const journal = new PrismaCommandJournal(database.prisma, database.reads);
    const clock = clockAt("2026-12-01T12:00:00Z");
    const gone = new AcknowledgedCommands({ journal, clock, owner: "gone-2", leaseMs: 60_000 });
    await gone.record("slack", "left-behind", { n: 1 });
    clock.advance(1000);
    const restarted = new AcknowledgedCommands({ journal, clock, owner: "restarted-2", leaseMs: 60_000, soleInstance: true });
    clock.advance(1000);
    // A message arriving at the same moment: its row is in the journal, its insert has not returned to the instance yet.
    await journal.record({
      key: "arriving",
      platform: "slack",
      request: { n: 2 },
      owner: "restarted-2",
      at: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 60_000),
    });
    const taken: unknown[] = [];
    expect(await restarted.resume("slack", (command) => void taken.push(command.request.n))).toBe(1);
    expect(taken).toEqual([1]);
  });

  it("keeps a command with a NUL character in memory only (it is refused before it stores anything)", async () => {
    const journal = new PrismaCommandJournal(database.prisma, database.reads);
    const commands = new AcknowledgedCommands({ journal, clock: clockAt("2026-12-01T10:00:00Z"), owner: "a", leaseMs: 10_000 });
    const before = await database.prisma.commandJournalEntry.count();
    const command = await commands.record("slack", "nul", { text: "zoek a\u0000b" });
    expect(command).toMatchObject({ id: null, request: { text: "zoek a\u0000b" } });
    expect(await database.prisma.commandJournalEntry.count()).toBe(before);
  });
});

describe("command journal across two processes' connections to one PostgreSQL", () => {
  it("gives each unfinished command to one instance only", async () => {
    const shared = await createPostgresDatabase();
    const [a, b] = await Promise.all([openDatabase({ kind: "postgres", url: shared.url }), openDatabase({ kind: "postgres", url: shared.url })]);
    try {
      const clock = clockAt("2026-12-01T10:00:00Z");
      const dead = new AcknowledgedCommands({ journal: new PrismaCommandJournal(a.prisma, a.reads), clock, owner: "dead", leaseMs: 1000 });
      for (let i = 0; i < 40; i++) await dead.record("slack", `key-${i}`, { n: i });
      clock.advance(2000);
      const instances = [a, b].map(
        (db, n) => new AcknowledgedCommands({ journal: new PrismaCommandJournal(db.prisma, db.reads), clock, owner: `live-${n}`, leaseMs: 60_000 }),
      );
      const taken = await Promise.all(
        instances.map(async (instance) => {
          const mine: number[] = [];
          for (let round = 0; round < 5; round++) await instance.resume("slack", (command) => void mine.push(Number(command.request.n)), 5);
          return mine;
        }),
      );
      const all = taken.flat().sort((x, y) => x - y);
      expect(all).toEqual(Array.from({ length: 40 }, (_, i) => i));
    } finally {
      await a.close();
      await b.close();
      await shared.drop();
    }
  });
});
