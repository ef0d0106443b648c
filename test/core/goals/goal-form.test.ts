import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

/** Monday 23 November 2026, 09:00 in Amsterdam; the agenda counts as imported an hour earlier. */
const options = { agenda: true, clock: new Date("2026-11-23T09:00:00+01:00"), importedAt: new Date("2026-11-23T08:00:00+01:00") };

forEachDatabase("goal values in the status form and the reminder round", options, (ctx) => {
  let leader: Actor;
  let anna: Actor;
  let bram: Actor;
  const stored = async () => ({
    changes: await ctx.database.prisma.statusChange.count({ where: { channel: { not: "import" } } }),
    measurements: await ctx.database.prisma.measurement.count(),
  });

  beforeEach(async () => {
    const { store } = ctx.agenda;
    const leaderPerson = await store.ensurePerson(LEADER, "Pim Projectleider");
    await store.linkIdentity(leaderPerson.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const annaPerson = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    for (const code of ["1.3", "2.5"]) await store.addLead(code, annaPerson.id, leaderPerson.id);
    leader = await ctx.agenda.actor({ email: LEADER });
    anna = await ctx.agenda.actor({ email: "anna@haarlem.nl" });
    bram = await ctx.agenda.actor({ email: "bram@velsen.nl" });
    await ctx.agenda.core.run("doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2026", leader);
    await ctx.agenda.core.run("doel 1.3 bijeenkomsten 4", leader);
    await ctx.agenda.core.run("meting 1.3 1 40", anna);
  });

  it("offers a value field per goal when the form is for one action, and none otherwise", async () => {
    const form = (await ctx.agenda.core.run("status 1.3", anna)).form;
    expect(form?.goals).toEqual([
      { id: "goal:1.3:1", label: "Doel 1: zzp'ers gesproken", placeholder: "nu 40, streefwaarde 200 zzp'ers (leeg laten: ongewijzigd)" },
      { id: "goal:1.3:2", label: "Doel 2: bijeenkomsten", placeholder: "nu 0, streefwaarde 4 (leeg laten: ongewijzigd)" },
    ]);
    expect((await ctx.agenda.core.run("status", anna)).form?.goals).toBeUndefined();
    expect((await ctx.agenda.core.run("status 2.5", anna)).form?.goals).toBeUndefined();
    // *Bijwerken* opens the same form.
    expect((await ctx.agenda.core.press("action.update", "1.3", anna, "en")).reply.form?.goals?.[0]?.label).toBe("Goal 1: zzp'ers gesproken");
  });

  it("stores the status and the goal values together, the note with both; an empty field changes nothing", async () => {
    const result = await ctx.agenda.core.submitStatusForm(
      { code: "1.3", status: "loopt", note: "eerste ronde gesprekken", goals: { "goal:1.3:1": "120", "goal:1.3:2": " " } },
      anna,
      "nl",
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(renderText(result.reply.message)).toContain(
        "Status van 1.3 gewijzigd: nader uit te werken → loopt.\n  eerste ronde gesprekken\n  1 meting opgeslagen.",
      );
    const goals = await ctx.agenda.ports.goals.goalsOf("1.3");
    expect(goals?.goals.map((goal) => goal.latest?.value ?? null)).toEqual([120, null]);
    expect(goals?.goals[0]?.latest?.note).toBe("eerste ronde gesprekken");
    expect(goals?.goals[0]?.latest?.by?.email).toBe("anna@haarlem.nl");
  });

  it("shows a bad value next to its field and stores nothing, neither status nor values", async () => {
    const before = await stored();
    const cases: [Record<string, unknown>, string, Actor, Record<string, string>][] = [
      [
        { "goal:1.3:1": "veel", "goal:1.3:2": "3" },
        "1.3",
        anna,
        { "goal:1.3:1": "Vul een getal in (0 of meer), bijvoorbeeld 120 of 12,5; of laat het veld leeg." },
      ],
      [{ "goal:1.3:1": "-2" }, "1.3", anna, { "goal:1.3:1": "Vul een getal in (0 of meer), bijvoorbeeld 120 of 12,5; of laat het veld leeg." }],
      [
        { "goal:1.3:1": { value: 3 } },
        "1.3",
        anna,
        { "goal:1.3:1": "Vul een getal in (0 of meer), bijvoorbeeld 120 of 12,5; of laat het veld leeg." },
      ],
      [{ "goal:1.3:7": "3" }, "1.3", anna, { "goal:1.3:7": "Dit doel (7) bestaat niet (meer)." }],
      // The action chosen in the form is not the one whose goals it showed.
      [
        { "goal:1.3:1": "50" },
        "2.5",
        anna,
        { "goal:1.3:1": "Deze doelen horen bij actie 1.3: kies die actie, of maak de velden van de doelen leeg." },
      ],
    ];
    for (const [goals, code, actor, errors] of cases) {
      expect(await ctx.agenda.core.submitStatusForm({ code, status: "loopt", note: "", goals }, actor, "nl")).toEqual({ ok: false, errors });
    }
    // Not a lead: the status command refuses, and no value is stored either.
    const refused = await ctx.agenda.core.submitStatusForm({ code: "1.3", status: "loopt", goals: { "goal:1.3:1": "50" } }, bram, "nl");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.code).toContain("Je bent geen trekker van actie 1.3");
    expect(await stored()).toEqual(before);
  });

  it("tells a lead in the round's message where each goal stands and how to report a value", async () => {
    expect((await ctx.agenda.core.run("herinner start", leader)).changed).toBe(true);
    const [dm] = await ctx.database.prisma.outboxMessage.findMany({ where: { target: "UANNA" } });
    const text = renderText(dm?.payload as unknown as Message);
    expect(text).toContain("• 1.3 Loopbaanadvies");
    expect(text).toContain("nader uit te werken\n    doel 1 zzp'ers gesproken: ██░░░░░░░░ 40 / 200 zzp'ers (20%) · `meting 1.3 1 <waarde>`");
    expect(text).toContain("doel 2 bijeenkomsten: ░░░░░░░░░░ 0 / 4 (0%) · `meting 1.3 2 <waarde>`");
    // A measurement answers the action in the round, like a status update.
    const measured = await ctx.agenda.core.run("meting 1.3 2 1", anna);
    expect(renderText(measured.message)).toContain("Je antwoord over 1.3 staat in de ronde.");
    const round = await ctx.agenda.rounds.status("nl");
    expect(renderText(round.message)).toContain("Bijgewerkt: 1 · ongewijzigd: 0");
  });
});
