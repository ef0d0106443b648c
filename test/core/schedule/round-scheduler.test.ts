import { beforeEach, expect, it } from "vitest";
import { RoundScheduler } from "../../../src/core/schedule/round-scheduler.js";
import { PrismaJobClaims } from "../../../src/persistence/prisma-job-claims.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

/** Amsterdam wall-clock time in winter (UTC+1). */
const amsterdam = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

forEachDatabase("automatic reminder rounds", { agenda: true, clock: amsterdam("2026-12-24", "12:00") }, (ctx) => {
  beforeEach(async () => {
    const leader = await ctx.agenda.store.ensurePerson(LEADER, "Pim Projectleider");
    await ctx.agenda.store.linkIdentity(leader.id, { platform: "teams", tenantId: "tenant", externalId: "29:pim" });
    await ctx.agenda.store.rememberConversation({
      platform: "teams",
      tenantId: "tenant",
      conversationId: "a:pim-chat",
      kind: "personal",
      personId: leader.id,
      reference: { conversation: { id: "a:pim-chat" } },
    });
    const anna = await ctx.agenda.store.ensurePerson("anna@haarlem.nl", "Anna");
    await ctx.agenda.store.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await ctx.agenda.store.addLead("1.3", anna.id, leader.id);
  });

  function scheduler(owner: string) {
    return new RoundScheduler({
      rounds: ctx.agenda.rounds,
      claims: new PrismaJobClaims(ctx.agenda.database.prisma),
      clock: ctx.clock,
      owner,
      // Christmas Day 09:00: in 2026 a Friday and a holiday, followed by Boxing Day (Saturday) and a Sunday.
      schedule: "0 9 25 12 *",
      agenda: "zk-ijmond",
      locale: "nl",
    });
  }

  /** Christmas Day's round, started on the next working day, Monday 28 December. */
  async function startChristmasRound() {
    ctx.clock.set(amsterdam("2026-12-28", "09:01"));
    expect((await scheduler("instance-a").runDue()).started).toBe(true);
  }

  it("holds an occurrence on a holiday and weekend until the next working day, and starts it once", async () => {
    const first = scheduler("instance-a");
    const second = scheduler("instance-b");
    for (const at of [amsterdam("2026-12-25", "09:00"), amsterdam("2026-12-26", "12:00"), amsterdam("2026-12-28", "08:59")]) {
      ctx.clock.set(at);
      expect((await first.runDue()).started).toBe(false);
    }
    expect(await ctx.agenda.database.prisma.reminderRound.count()).toBe(0);
    ctx.clock.set(amsterdam("2026-12-28", "09:01"));
    const runs = await Promise.all([first.runDue(), second.runDue()]);
    expect(runs.filter((run) => run.started)).toHaveLength(1);
    expect((await first.runDue()).started).toBe(false);
    expect(await ctx.agenda.database.prisma.reminderRound.count()).toBe(1);
    const round = await ctx.agenda.database.prisma.reminderRound.findFirstOrThrow();
    expect(round.automatic).toBe(true);
    expect(round.startedById).toBeNull();
  });

  it("tells the leaders in chat what started, and messages the leads", async () => {
    await startChristmasRound();
    const queued = await ctx.agenda.database.prisma.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(queued.map((row) => `${row.platform}:${row.target}`)).toEqual(["slack:UANNA", "teams:a:pim-chat"]);
    expect((queued[1]?.payload as { summary?: string } | undefined)?.summary).toMatch(
      /^Een geplande herinneringsronde is gestart: 1 trekker, \d+ acties\.$/,
    );
  });

  it("follows up and closes on working days after the start, and the summary goes to the leaders", async () => {
    await startChristmasRound();
    // Five working days after Monday 28 December (1 January is a holiday): Tuesday 5 January.
    const round = await ctx.agenda.database.prisma.reminderRound.findFirstOrThrow();
    expect(round.followUpAt?.toISOString()).toBe(amsterdam("2027-01-05", "09:01").toISOString());
    expect(round.closesAt?.toISOString()).toBe(amsterdam("2027-01-07", "09:01").toISOString());
    ctx.clock.set(amsterdam("2027-01-05", "09:02"));
    expect(await scheduler("instance-a").runDue()).toEqual({ started: false, nudged: 1, closed: false });
    ctx.clock.set(amsterdam("2027-01-07", "09:02"));
    expect(await scheduler("instance-a").runDue()).toEqual({ started: false, nudged: 0, closed: true });
    const last = await ctx.agenda.database.prisma.outboxMessage.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last.target).toBe("a:pim-chat");
    expect((last.payload as { summary: string }).summary).toBe("Herinneringsronde gesloten: 0 van de 1 trekker heeft gereageerd (0%)");
  });

  it("does not start a round missed days ago when the service comes back", async () => {
    const scheduled = new RoundScheduler({
      rounds: ctx.agenda.rounds,
      claims: new PrismaJobClaims(ctx.agenda.database.prisma),
      clock: ctx.clock,
      owner: "instance-c",
      schedule: "0 9 * * 1",
      agenda: "zk-ijmond",
      locale: "nl",
    });
    // Monday 4 January's round was missed (the service was down); on Thursday 7 January it is not started late.
    ctx.clock.set(amsterdam("2027-01-07", "10:00"));
    expect((await scheduled.runDue()).started).toBe(false);
    ctx.clock.set(amsterdam("2027-01-11", "09:00"));
    expect((await scheduled.runDue()).started).toBe(true);
    // A week later that round is still open (it closes on Wednesday): the next one does not start, and the
    // leaders hear why instead of nothing.
    ctx.clock.set(amsterdam("2027-01-18", "09:00"));
    expect((await scheduled.runDue()).started).toBe(false);
    const told = await ctx.agenda.database.prisma.outboxMessage.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(told.target).toBe("a:pim-chat");
    expect((told.payload as { summary?: string }).summary).toBe("De geplande herinneringsronde is niet gestart: de ronde van 11 jan 2027 loopt nog.");
  });
});
