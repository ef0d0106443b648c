import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { DEADLINE_JOB, DeadlineReminders } from "../../../src/core/schedule/deadline-reminders.js";
import { PrismaJobClaims } from "../../../src/persistence/prisma-job-claims.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

/** Amsterdam wall-clock time in winter (UTC+1). */
const amsterdam = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

/**
 * Goals due Thursday 31 December 2026: five working days before is Wednesday 23 December (the weekend, Christmas
 * Day and Boxing Day do not count). The goals are set on 2 November.
 */
forEachDatabase("reminders before goal dates and deadlines", { agenda: true, clock: amsterdam("2026-11-02", "10:00") }, (ctx) => {
  let leader: Actor;
  let anna: Actor;

  async function queued(): Promise<{ key: string; target: string; text: string; usefulUntil: Date | null }[]> {
    const rows = await ctx.database.prisma.outboxMessage.findMany({ orderBy: { id: "asc" } });
    return rows.map((row) => ({
      key: row.dedupeKey,
      target: row.target,
      text: renderText(row.payload as unknown as Message),
      usefulUntil: row.usefulUntil,
    }));
  }
  function reminders(owner: string, workingDays = 5) {
    const { goals } = ctx.agenda.ports;
    const { outbox } = ctx.agenda.ports;
    return new DeadlineReminders({
      goals,
      claims: new PrismaJobClaims(ctx.database.prisma),
      outbox,
      clock: ctx.clock,
      owner,
      workingDays,
      defaultLocale: "nl",
    });
  }

  beforeEach(async () => {
    const { store } = ctx.agenda;
    // Anna reads Dutch in Slack; Bram's Teams is in English (remembered when he last wrote to the bot).
    const annaPerson = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    const bram = await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    await store.rememberConversation({
      platform: "teams",
      tenantId: "tenant",
      conversationId: "a:bram-chat",
      kind: "personal",
      personId: bram.id,
      reference: { conversation: { id: "a:bram-chat" } },
    });
    await store.setLocale(bram.id, "en");
    // Carla leads 1.3 too but never spoke to the bot: nothing can reach her.
    const carla = await store.ensurePerson("carla@uwv.nl");
    for (const person of [annaPerson, bram, carla]) await store.addLead("1.3", person.id, null);
    await store.addLead("2.5", annaPerson.id, null);
    leader = await ctx.agenda.actor({ email: LEADER });
    anna = await ctx.agenda.actor({ email: "anna@haarlem.nl" });
    await ctx.agenda.core.run("doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2026", leader);
    await ctx.agenda.core.run("doel 1.3 bijeenkomsten 4 per 31-12-2026", leader);
    await ctx.agenda.core.run("meting 1.3 2 4", anna);
    await ctx.database.prisma.action.updateMany({ where: { code: "2.5" }, data: { deadline: new Date("2026-12-31T00:00:00Z") } });
  });

  it("reminds each reachable lead once, five working days before, from 09:00, in their language", async () => {
    const first = reminders("instance-a");
    for (const at of [amsterdam("2026-12-22", "12:00"), amsterdam("2026-12-23", "08:59")]) {
      ctx.clock.set(at);
      expect(await first.runDue()).toBe(0);
    }
    ctx.clock.set(amsterdam("2026-12-23", "09:00"));
    const second = reminders("instance-b");
    const runs = await Promise.all([first.runDue(), second.runDue()]);
    // Goal 1 of 1.3 to Anna and Bram; the deadline of 2.5 to Anna. Goal 2 is reached; Carla cannot be reached.
    expect(runs[0] + runs[1]).toBe(3);
    const messages = await queued();
    expect(messages.map((message) => message.target).sort()).toEqual(["UANNA", "UANNA", "a:bram-chat"]);
    const annaGoal = messages.find((message) => message.target === "UANNA" && message.key.startsWith("deadline:goal:"));
    expect(annaGoal?.text).toContain("Doel 1 van 1.3 (zzp'ers gesproken) moet 31 dec 2026 bereikt zijn, over 5 werkdagen.");
    expect(annaGoal?.text).toContain("Nu: ░░░░░░░░░░ 0 / 200 zzp'ers (0%), achter op schema (verwacht 86%).");
    expect(annaGoal?.text).toContain("Geef de stand door met `meting 1.3 1 <waarde>`, of kies *Bijwerken*.");
    expect(annaGoal?.usefulUntil).toEqual(new Date("2026-12-31T23:00:00Z"));
    const bramGoal = messages.find((message) => message.target === "a:bram-chat");
    expect(bramGoal?.text).toContain("Goal 1 of 1.3 (zzp'ers gesproken) is to be reached by 31 Dec 2026, in 5 working days.");
    expect(bramGoal?.text).toContain("`measure 1.3 1 <value>`");
    const deadline = messages.find((message) => message.key.startsWith("deadline:deadline:2.5"));
    expect(deadline?.text).toMatch(/De deadline van 2\.5 \(.+\) is 31 dec 2026, over 5 werkdagen\. Status: nader uit te werken\./);

    // Later runs, another instance, a restart, the next days: nothing more.
    for (const at of [amsterdam("2026-12-23", "09:01"), amsterdam("2026-12-24", "10:00"), amsterdam("2026-12-31", "09:00")]) {
      ctx.clock.set(at);
      expect(await first.runDue()).toBe(0);
      expect(await reminders("restarted").runDue()).toBe(0);
    }
    expect(await queued()).toHaveLength(3);
    const claims = await ctx.database.prisma.jobClaim.findMany({ where: { job: DEADLINE_JOB } });
    expect(claims.every((claim) => claim.doneAt !== null)).toBe(true);
    expect(claims).toHaveLength(2);
  });

  it("catches up a reminder missed while the service was down, until the date", async () => {
    ctx.clock.set(amsterdam("2026-12-29", "14:00"));
    expect(await reminders("late").runDue()).toBe(3);
    expect((await queued()).find((message) => message.target === "UANNA")?.text).toContain("over 2 werkdagen");
    ctx.clock.set(amsterdam("2027-01-04", "09:00"));
    await ctx.agenda.core.run("doel 2.5 plaatsingen 10 per 31-12-2026", leader);
    expect(await reminders("after").runDue()).toBe(0);
  });

  it("sends nothing for a goal reached, an action finished, or a goal set after its reminder day", async () => {
    await ctx.agenda.core.run("meting 1.3 1 200", anna);
    await ctx.agenda.core.run("status 2.5 afgerond", anna);
    ctx.clock.set(amsterdam("2026-12-28", "10:00"));
    await ctx.agenda.core.run("doel 1.3 trajecten 10 per 31-12-2026", leader);
    expect(await reminders("a").runDue()).toBe(0);
    expect(await queued()).toHaveLength(0);
  });

  it("finishes a reminder whose claim an instance left unfinished when it died, without sending twice", async () => {
    ctx.clock.set(amsterdam("2026-12-23", "09:20"));
    const goal = await ctx.database.prisma.goal.findFirstOrThrow({ where: { number: 1 } });
    // The dead instance claimed goal 1 at 09:00 and queued Anna's message before it died.
    await ctx.database.prisma.jobClaim.create({
      data: { job: DEADLINE_JOB, period: "2026-12-31", target: `goal:${goal.id}`, claimedBy: "dead", claimedAt: amsterdam("2026-12-23", "09:00") },
    });
    const anna = await ctx.agenda.store.findByEmail("anna@haarlem.nl");
    await ctx.agenda.ports.outbox.enqueue({
      dedupeKey: `deadline:goal:${goal.id}:2026-12-31:lead:${anna?.id}`,
      platform: "slack",
      target: "UANNA",
      message: { summary: "sent before the crash", blocks: [], tone: "info", visibility: "public" },
    });
    // Bram's goal reminder and the deadline of 2.5 are queued now; Anna's is not queued again.
    expect(await reminders("survivor").runDue()).toBe(2);
    expect(await queued()).toHaveLength(3);
    expect(await reminders("again").runDue()).toBe(0);
    expect(await ctx.database.prisma.jobClaim.count({ where: { job: DEADLINE_JOB, doneAt: null } })).toBe(0);
  });

  it("takes the number of working days from the configuration", async () => {
    ctx.clock.set(amsterdam("2026-12-24", "09:30"));
    expect(await reminders("five", 5).runDue()).toBe(3);
    const twoDays = await ctx.database.prisma.outboxMessage.count();
    expect(twoDays).toBe(3);
    await ctx.database.prisma.outboxMessage.deleteMany({});
    await ctx.database.prisma.jobClaim.deleteMany({});
    ctx.clock.set(amsterdam("2026-12-24", "09:30"));
    expect(await reminders("two", 2).runDue()).toBe(0);
    ctx.clock.set(amsterdam("2026-12-29", "09:30"));
    expect(await reminders("two", 2).runDue()).toBe(3);
  });
});
