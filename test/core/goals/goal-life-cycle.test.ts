import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import { buildExport, exportToCsv } from "../../../src/core/exports.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

/** Monday 1 June 2026, 10:00 in Amsterdam (summer time). */
const START = new Date("2026-06-01T10:00:00+02:00");

forEachDatabase("goals and measurements", { agenda: true, clock: START, importedAt: new Date("2026-06-01T09:00:00+02:00") }, (ctx) => {
  let leader: Actor;
  let anna: Actor;
  let bram: Actor;
  const run = (text: string, actor: Actor) => ctx.agenda.core.run(text, actor);
  const shown = async (text: string, actor: Actor) => renderText((await run(text, actor)).message);
  const counts = async () => ({
    goals: await ctx.database.prisma.goal.count(),
    measurements: await ctx.database.prisma.measurement.count(),
  });

  beforeEach(async () => {
    const { store } = ctx.agenda;
    const annaPerson = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    await store.addLead("1.3", annaPerson.id, null);
    leader = await ctx.agenda.actor({ email: LEADER });
    anna = await ctx.agenda.actor({ email: "anna@haarlem.nl" });
    bram = await ctx.agenda.actor({ email: "bram@velsen.nl" });
  });

  /** The leader and Anna each set a goal on 1.3. */
  async function twoGoals() {
    const first = await run("doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2026", leader);
    expect(first.changed).toBe(true);
    expect(first.message.summary).toBe("Doel 1 van 1.3 vastgelegd: zzp'ers gesproken.");
    expect(renderText(first.message)).toContain("Streefwaarde 200 zzp'ers, per 31 dec 2026. Leg metingen vast met `meting 1.3 1 <waarde>`.");
    const second = await run("doel 1.3 40 trajecten gestart per 31-12", anna);
    expect(second.message.summary).toBe("Doel 2 van 1.3 vastgelegd: trajecten gestart.");
  }

  it("lets the leader and a lead set goals, numbered per action; the lead reports values by number or word", async () => {
    await twoGoals();
    const measured = await run("meting 1.3 zzp 40 eerste kwartaal", anna);
    expect(measured.changed).toBe(true);
    expect(renderText(measured.message)).toContain("Meting bij 1.3, doel 1 (zzp'ers gesproken) opgeslagen.\n  Nu 40 van 200 zzp'ers (20%).");
    expect((await run("meting 1.3 2 10", anna)).changed).toBe(true);
    expect(await counts()).toEqual({ goals: 2, measurements: 2 });
    const rows = await ctx.database.prisma.measurement.findMany({ orderBy: { id: "asc" }, include: { goal: true } });
    expect(rows.map((row) => [row.goal.number, row.value, row.note, row.channel])).toEqual([
      [1, 40, "eerste kwartaal", "cli"],
      [2, 10, null, "cli"],
    ]);
    // A measurement is an update of the action.
    expect((await ctx.agenda.store.findAction("1.3"))?.lastUpdateAt).toEqual(START);
  });

  it("shows each goal in `toon` with a progress bar and whether it is on schedule", async () => {
    await twoGoals();
    await run("meting 1.3 1 40", anna);
    let text = await shown("toon 1.3", bram);
    expect(text).toContain("Doelen (2)");
    expect(text).toContain("• 1. zzp'ers gesproken · per 31 dec 2026\n    ██░░░░░░░░ 40 / 200 zzp'ers (20%) · op schema (verwacht 0%)");
    expect(text).toContain(
      "• 2. trajecten gestart · per 31 dec 2026\n    ░░░░░░░░░░ 0 / 40 trajecten (0%) · op schema (verwacht 0%)\n    nog geen meting",
    );
    // A reader does not get the hint to record measurements; a lead does.
    expect(text).not.toContain("Nieuwe meting:");
    expect(await shown("toon 1.3", anna)).toContain("Nieuwe meting: `meting 1.3 <doel> <waarde> [toelichting]`.");

    // Halfway to the end of the year, 20% is behind.
    ctx.clock.set(new Date("2026-09-15T12:00:00+02:00"));
    text = await shown("toon 1.3", bram);
    expect(text).toMatch(/40 \/ 200 zzp'ers \(20%\) · achter op schema \(verwacht 50%\)/);
    await run("meting 1.3 1 110 na de zomer", anna);
    text = await shown("toon 1.3", bram);
    expect(text).toContain("██████░░░░ 110 / 200 zzp'ers (55%) · op schema (verwacht 50%)");
    expect(text).toContain("laatste meting 15 sep 2026 door Anna de Vries: na de zomer");
    expect(await shown("show 1.3", { ...bram, locale: "en" })).toContain("Goals (2)");
    expect(await shown("show 1.3", { ...bram, locale: "en" })).toContain("110 / 200 zzp'ers (55%) · on schedule (expected 50%)");

    // Past the date and not reached: overdue; reached: reached.
    ctx.clock.set(new Date("2027-01-04T10:00:00+01:00"));
    text = await shown("toon 1.3", bram);
    expect(text).toContain("110 / 200 zzp'ers (55%) · verlopen");
    await run("meting 1.3 1 210", anna);
    expect(await shown("toon 1.3", bram)).toContain("██████████ 210 / 200 zzp'ers (105%) · behaald");
  });

  it("refuses bad input with a clear message and stores nothing", async () => {
    await twoGoals();
    await run("meting 1.3 1 40", anna);
    const before = await counts();
    const refused: [string, Actor, RegExp][] = [
      ["doel 1.3 ondernemers 10", bram, /Je bent geen trekker van actie 1\.3/],
      ["meting 1.3 1 50", bram, /Je bent geen trekker van actie 1\.3/],
      ["meting 1.3 1 50", await ctx.agenda.actor({ email: null }), /niet bekend in de doe-agenda/],
      ["meting 1.3 3 50", anna, /Actie 1\.3 heeft geen doel `3`\.\n {2}De doelen van 1\.3: 1 zzp'ers gesproken, 2 trajecten gestart/],
      ["meting 1.3 ondernemers 50", anna, /Actie 1\.3 heeft geen doel `ondernemers`/],
      ["meting 1.3 ge 50", anna, /`ge` past bij meer dan één doel van 1\.3/],
      ["meting 1.3 1 veel", anna, /`veel` is geen gemeten waarde/],
      ["meting 1.3 1 -4", anna, /getal van 0 of meer/],
      ["doel 1.3 gesprekken 10 per 30-02-2027", anna, /`30-02-2027` is geen datum/],
      ["doel 1.3 gesprekken 0", anna, /groter zijn dan 0/],
      ["meting 2.5 1 10", leader, /Actie 2\.5 heeft nog geen doelen\.\n {2}Voeg er een toe met `doel 2\.5/],
      ["meting 9.9 1 10", leader, /Actie `9\.9` bestaat niet/],
      ["doel 9.9 gesprekken 10", leader, /Actie `9\.9` bestaat niet/],
    ];
    for (const [text, actor, expected] of refused) {
      const reply = await run(text, actor);
      expect(reply.changed, text).toBe(false);
      expect(reply.message.tone, text).toBe("error");
      expect(renderText(reply.message), text).toMatch(expected);
    }
    expect(await counts()).toEqual(before);
  });

  it("keeps measurements as append-only history", async () => {
    await twoGoals();
    await run("meting 1.3 1 40", anna);
    await expect(ctx.database.prisma.measurement.updateMany({ data: { value: 1 } })).rejects.toThrow(/append-only/);
    await expect(ctx.database.prisma.measurement.deleteMany({})).rejects.toThrow(/append-only/);
    expect((await ctx.database.prisma.measurement.findFirstOrThrow()).value).toBe(40);
  });

  it("lists actions and goals past their date until they are finished", async () => {
    await twoGoals();
    await run("meting 1.3 1 150", anna);
    await ctx.database.prisma.action.updateMany({ where: { code: "7.2" }, data: { deadline: new Date("2026-10-01T00:00:00Z") } });
    expect(renderText((await run("lijst verlopen", bram)).message)).toContain("Geen acties of doelen over hun datum.");

    ctx.clock.set(new Date("2027-01-04T10:00:00+01:00"));
    let text = await shown("lijst verlopen", bram);
    expect(text).toContain("Over de datum (3)");
    const deadline = text.indexOf("deadline 1 okt 2026");
    const goal1 = text.indexOf("doel 1 zzp'ers gesproken · 31 dec 2026 · ████████░░ 150 / 200 zzp'ers (75%)");
    const goal2 = text.indexOf("doel 2 trajecten gestart · 31 dec 2026 · ░░░░░░░░░░ 0 / 40 trajecten (0%)");
    expect(deadline).toBeGreaterThan(0);
    expect(goal1).toBeGreaterThan(deadline);
    expect(goal2).toBeGreaterThan(goal1);
    expect(await shown("lijst verlopen thema 7", bram)).toContain("Over de datum (1)");
    expect(await shown("list overdue theme 1", { ...bram, locale: "en" })).toContain("Past their date (2)");

    // A reached goal, and a finished action, are no longer overdue.
    await run("meting 1.3 1 200", anna);
    await run("status 7.2 afgerond", leader);
    text = await shown("lijst verlopen", bram);
    expect(text).toContain("Over de datum (1)");
    expect(text).toContain("doel 2 trajecten gestart");
  });

  it("exports each action's deadline and goals with their latest values", async () => {
    await twoGoals();
    await run("meting 1.3 1 40", anna);
    await ctx.database.prisma.action.updateMany({ where: { code: "1.3" }, data: { deadline: new Date("2027-06-30T00:00:00Z") } });
    const data = await buildExport(ctx.agenda.ports.reader, { goals: ctx.agenda.ports.goals });
    const exported = data.actions.find((action) => action.code === "1.3");
    expect(exported?.deadline).toBe("2027-06-30");
    expect(exported?.doelen).toEqual([
      {
        nummer: 1,
        omschrijving: "zzp'ers gesproken",
        streefwaarde: 200,
        eenheid: "zzp'ers",
        per: "2026-12-31",
        waarde: 40,
        gemetenOp: START.toISOString(),
      },
      { nummer: 2, omschrijving: "trajecten gestart", streefwaarde: 40, eenheid: "trajecten", per: "2026-12-31", waarde: null, gemetenOp: null },
    ]);
    expect(data.actions.find((action) => action.code === "1.1")).toMatchObject({ deadline: null, doelen: [] });
    const line = exportToCsv(data)
      .split("\r\n")
      .find((row) => row.startsWith("1.3,"));
    expect(line).toContain(
      `,2027-06-30,"1 zzp'ers gesproken: 40 / 200 zzp'ers (per 2026-12-31); 2 trajecten gestart: 0 / 40 trajecten (per 2026-12-31)"`,
    );
  });
});
