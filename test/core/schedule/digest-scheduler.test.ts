import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { composeApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import { loadAgendaFile } from "../../../src/core/agenda-file/load.js";
import type { Clock } from "../../../src/core/ports.js";
import { DIGEST_JOB, type DigestScheduler, digestTarget } from "../../../src/core/schedule/digest-scheduler.js";
import { type Database, openDatabase } from "../../../src/persistence/database.js";
import { PrismaAgendaImporter } from "../../../src/persistence/prisma-agenda-importer.js";
import { PrismaJobClaims } from "../../../src/persistence/prisma-job-claims.js";
import { openStores } from "../../../src/persistence/prisma-stores.js";
import { AGENDA_FILE } from "../../support/agenda-fixture.js";
import { createPostgresDatabase } from "../../support/databases.js";
import { emptyDatabase } from "../../support/for-each-database.js";

class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return this.current;
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

const CHANNEL = { platform: "slack" as const, tenantId: "T1", channelId: "C-RWB" };

describe("digest schedule: two instances on one PostgreSQL", () => {
  let shared: { url: string; drop(): Promise<void> };
  let databases: Database[];
  let clock: FakeClock;
  let schedulers: DigestScheduler[];

  beforeAll(async () => {
    shared = await createPostgresDatabase();
    databases = await Promise.all([openDatabase({ kind: "postgres", url: shared.url }), openDatabase({ kind: "postgres", url: shared.url })]);
  });
  // Each test: the agenda, RWB's channel linked on 10 November, Monday 23 November 09:00:30, no digest posted yet.
  beforeEach(async () => {
    const first = databases[0] as Database;
    await emptyDatabase(first);
    await new PrismaAgendaImporter(first.prisma).importAgenda(await loadAgendaFile(AGENDA_FILE));
    clock = new FakeClock(new Date("2026-11-23T08:00:30Z")); // Monday 09:00:30 in Amsterdam
    schedulers = await Promise.all(
      databases.map(
        async (database, n) => (await composeApp(database, loadConfig({}), { clock, owner: `instance-${n}`, seed: false })).schedulers.digests,
      ),
    );
    await (await openStores(first)).channels.linkChannel({ ...CHANNEL, overlegCode: "RWB", linkedById: null });
    await first.prisma.channelLink.updateMany({ data: { createdAt: new Date("2026-11-10T12:00:00Z") } });
  });
  afterAll(async () => {
    for (const database of databases ?? []) await database.close();
    await shared?.drop();
  });

  /** A channel for AMRO, linked on Wednesday 31 March 2027. */
  async function linkNewChannel() {
    await (await openStores(databases[0] as Database)).channels.linkChannel({
      platform: "slack",
      tenantId: "T1",
      channelId: "C-NEW",
      overlegCode: "AMRO",
      linkedById: null,
    });
    await (databases[0] as Database).prisma.channelLink.updateMany({
      where: { channelId: "C-NEW" },
      data: { createdAt: new Date("2027-03-31T09:00:00Z") },
    });
  }

  const digests = () =>
    (databases[0] as Database).prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "digest:" } }, orderBy: { id: "asc" } });

  it("posts Monday's digest once when both instances race the schedule", async () => {
    const results = await Promise.all(schedulers.map((scheduler) => scheduler.runDue()));
    expect(results.reduce((sum, n) => sum + n, 0)).toBe(1);
    const rows = await digests();
    expect(rows.map((row) => [row.dedupeKey, row.target, row.platform])).toEqual([
      [`digest:${digestTarget(CHANNEL)}:2026-11-23T08:00:00.000Z`, "C-RWB", "slack"],
    ]);
    expect(JSON.stringify(rows[0]?.payload)).toContain("Weekoverzicht RWB");
    expect(await Promise.all(schedulers.map((scheduler) => scheduler.runDue()))).toEqual([0, 0]);
  });

  it("after downtime posts the missed digest once, late, and not older ones", async () => {
    expect(await schedulers[0]?.runDue()).toBe(1); // Monday 23 November's
    clock.set("2026-12-01T10:00:00Z"); // Tuesday: Monday 30 November was missed
    expect(await schedulers[1]?.runDue()).toBe(1);
    expect(await schedulers[0]?.runDue()).toBe(0);
    expect((await digests()).map((row) => row.dedupeKey.split(":").slice(-3).join(":"))).toEqual([
      "2026-11-23T08:00:00.000Z",
      "2026-11-30T08:00:00.000Z",
    ]);
  });

  it("follows the schedule in Amsterdam time across the change to summer time", async () => {
    clock.set("2027-03-29T07:00:30Z"); // Monday 09:00:30 CEST
    expect(await schedulers[0]?.runDue()).toBe(1);
    expect((await digests()).at(-1)?.dedupeKey).toContain("2027-03-29T07:00:00.000Z");
  });

  it("gives a channel linked today its first digest at the next occurrence, not a past one", async () => {
    clock.set("2027-03-31T08:00:00Z");
    expect(await schedulers[0]?.runDue()).toBe(1); // RWB's of Monday 29 March
    await linkNewChannel();
    clock.set("2027-03-31T10:00:00Z");
    expect(await schedulers[0]?.runDue()).toBe(0);
    clock.set("2027-04-05T07:01:00Z");
    expect(await schedulers[0]?.runDue()).toBe(2);
    expect((await digests()).map((row) => row.target).sort()).toEqual(["C-NEW", "C-RWB", "C-RWB"]);
  });

  it("finishes a digest that an instance claimed before it died", async () => {
    const claims = new PrismaJobClaims((databases[0] as Database).prisma);
    const period = "2027-04-12T07:00:00.000Z";
    expect(await claims.claim(DIGEST_JOB, period, digestTarget(CHANNEL), "instance-that-died")).toBe(true);
    expect(await schedulers[1]?.resumeUnfinished()).toBe(1);
    expect((await digests()).some((row) => row.dedupeKey.endsWith(period))).toBe(true);
    expect(await claims.unfinished(DIGEST_JOB)).toEqual([]);
  });

  it("lets the leader move a channel's digest to another day and time, without catching up the old times", async () => {
    const { core, channels } = await composeApp(databases[0] as Database, loadConfig({}), { clock, seed: false });
    const inChannel = { platform: "slack" as const, tenantId: "T1", channelId: "C-NEW", isChannel: true };
    const leader = { person: null, email: "pl@haarlem.nl", isLeader: true, channel: "slack" as const, conversation: inChannel };
    const reader = { ...leader, email: "rob@velsen.nl", isLeader: false };
    await linkNewChannel();
    clock.set("2027-04-05T07:01:00Z");
    expect(await schedulers[0]?.runDue()).toBe(2); // Monday 5 April: C-NEW's first digest, and RWB's
    clock.set("2027-04-14T10:00:00Z"); // Wednesday
    expect((await core.run("digest schema", reader)).message.summary).toBe(
      "Het weekoverzicht van AMRO komt in dit kanaal elke maandag om 09:00 (Nederlandse tijd).",
    );
    expect((await core.run("digest schema vrijdag 14:00", reader)).message.summary).toBe("Alleen de projectleider kan `digest schema` gebruiken.");
    expect((await core.run("digest schema vrijdagmiddag", leader)).message.summary).toBe("`vrijdagmiddag` is geen dag met een tijd.");
    expect((await core.run("digest schema vrijdag 14:00", leader)).message.summary).toBe(
      "Het weekoverzicht van AMRO komt in dit kanaal voortaan elke vrijdag om 14:00 (Nederlandse tijd).",
    );
    expect((await channels.linkedChannel("slack", "T1", "C-NEW"))?.schedule).toBe("0 14 * * 5");
    // Last Friday 14:00 lies before the change: not posted late (only RWB's missed Monday digest goes out).
    expect(await schedulers[0]?.runDue()).toBe(1);
    expect((await digests()).at(-1)?.target).toBe("C-RWB");
    clock.set("2027-04-16T12:00:30Z"); // Friday 14:00:30 CEST
    expect(await schedulers[0]?.runDue()).toBe(1);
    const moved = (await digests()).at(-1);
    expect(moved?.dedupeKey).toBe("digest:slack:T1:C-NEW:2027-04-16T12:00:00.000Z");
    // It covers everything since the channel's previous digest (Monday 5 April), not since Friday 9 April.
    expect(JSON.stringify(moved?.payload)).toContain("sinds 5 apr 2027");
    expect((await core.run("digest schema werkdagen 8:30", leader)).message.summary).toContain("elke werkdag om 08:30");
  });
});
