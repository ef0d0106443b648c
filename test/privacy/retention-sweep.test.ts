import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";
import { DEFAULT_RETENTION, RetentionSweep } from "../../src/core/schedule/retention-sweep.js";
import { forEachDatabase } from "../support/for-each-database.js";

const NOW = new Date("2026-12-01T15:20:00Z");
const DAY = 24 * 60 * 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

forEachDatabase("retention sweep", { agenda: true }, (ctx) => {
  const prisma = () => ctx.agenda.database.prisma;
  const sweep = (owner: string) =>
    new RetentionSweep({
      ...ctx.agenda.ports,
      store: ctx.agenda.ports.retention,
      clock: { now: () => NOW },
      owner,
      settings: { outboxDays: 90, eventsHours: 1 },
    });

  async function seed() {
    const message = (dedupeKey: string, status: string, createdAt: Date, sentAt: Date | null) =>
      prisma().outboxMessage.create({ data: { dedupeKey, platform: "slack", target: "C1", payload: {}, status, createdAt, sentAt } });
    await message("sent-old", "sent", ago(100 * DAY), ago(99 * DAY));
    await message("sent-recent", "sent", ago(100 * DAY), ago(80 * DAY));
    await message("failed-old", "failed", ago(95 * DAY), null);
    await message("pending-old", "pending", ago(120 * DAY), null);
    await message("sending-old", "sending", ago(120 * DAY), null);
    await prisma().inboundEvent.createMany({
      data: [
        { platform: "slack", eventId: "old", receivedAt: ago(2 * 60 * 60_000) },
        { platform: "slack", eventId: "signature:v0=old", receivedAt: ago(3 * 60 * 60_000) },
        { platform: "teams", eventId: "recent", receivedAt: ago(10 * 60_000) },
      ],
    });
    const entry = (requestKey: string, receivedAt: Date, finishedAt: Date | null) =>
      prisma().commandJournalEntry.create({
        data: { requestKey, platform: "slack", request: { text: "mijn" }, owner: "x", leaseUntil: receivedAt, receivedAt, finishedAt },
      });
    await entry("finished-old", ago(3 * 60 * 60_000), ago(2 * 60 * 60_000));
    await entry("finished-recent", ago(20 * 60_000), ago(19 * 60_000));
    await entry("unfinished-old", ago(5 * 60 * 60_000), null);
  }

  it("deletes only what is past its retention and delivered or done; pending and in-flight work stays", async () => {
    await seed();
    expect(await sweep("a").runDue()).toEqual({ outbox: 2, events: 2, commands: 1 });
    const keys = (await prisma().outboxMessage.findMany({ orderBy: { id: "asc" } })).map((row) => row.dedupeKey);
    expect(keys).toEqual(["sent-recent", "pending-old", "sending-old"]);
    expect((await prisma().inboundEvent.findMany()).map((row) => row.eventId)).toEqual(["recent"]);
    expect((await prisma().commandJournalEntry.findMany({ orderBy: { id: "asc" } })).map((row) => row.requestKey)).toEqual([
      "finished-recent",
      "unfinished-old",
    ]);
  });

  it("runs on one instance per hour: the run is claimed first", async () => {
    await seed();
    const [first, second] = await Promise.all([sweep("a").runDue(), sweep("b").runDue()]);
    expect([first, second].filter((result) => result !== null)).toHaveLength(1);
    expect(await sweep("c").runDue()).toBeNull();
    expect(await prisma().outboxMessage.count()).toBe(3);
    const claims = await prisma().jobClaim.findMany({ where: { job: "retention-sweep" } });
    expect(claims.map((claim) => claim.period)).toEqual(["2026-12-01T15"]);
  });
});

describe("retention settings", () => {
  it("default to 90 days for sent messages and one hour for seen events and answered commands; a wrong value names the variable", () => {
    expect(loadConfig({}).retention).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION).toEqual({ outboxDays: 90, eventsHours: 1 });
    expect(loadConfig({ RETENTION_OUTBOX_DAYS: "30", RETENTION_EVENTS_HOURS: "24" }).retention).toEqual({ outboxDays: 30, eventsHours: 24 });
    expect(() => loadConfig({ RETENTION_OUTBOX_DAYS: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ RETENTION_OUTBOX_DAYS: "0" })).toThrow(/RETENTION_OUTBOX_DAYS/);
    expect(() => loadConfig({ RETENTION_EVENTS_HOURS: "een uur" })).toThrow(/RETENTION_EVENTS_HOURS/);
  });
});
