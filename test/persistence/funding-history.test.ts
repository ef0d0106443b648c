import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { seedFunding } from "../../src/core/domain/funding.js";
import { renderText } from "../../src/render/text.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

const REGIONAL = /^\d+\.\d+$/;
const MIGRATION = resolve(import.meta.dirname, "../../prisma/migrations/20261201111000_funding_decision/migration.sql");

forEachDatabase("funding decisions", { agenda: true }, (ctx) => {
  let leader: Actor;
  let carla: Actor;
  const funding = async (code: string) => (await ctx.agenda.store.findAction(code))?.funding;
  const historyRows = () => ctx.agenda.database.prisma.fundingEntry.count();

  async function withCarlaLeading(code: string) {
    leader = await ctx.agenda.actor({ email: LEADER });
    const person = await ctx.agenda.store.ensurePerson("carla@uwv.nl", "Carla Smit");
    await ctx.agenda.store.addLead(code, person.id, null);
    carla = await ctx.agenda.actor({ email: "carla@uwv.nl" });
  }

  it("seeds every action from the agenda's free text: the 17 regional actions that say so are open", async () => {
    const actions = await ctx.agenda.store.listActions({});
    const regional = actions.filter((action) => REGIONAL.test(action.code));
    expect(regional.filter((action) => action.funding.status === "nader_te_bepalen")).toHaveLength(17);
    for (const action of actions)
      expect(action.funding).toEqual({ ...seedFunding(action.financiering), amountCents: null, note: null, changedAt: null });
    expect((await funding("1.1"))?.source).toBe("PoW");
    // Each action starts its funding history with the import, which keeps the agenda's own words.
    const first = await ctx.agenda.ports.funding.fundingHistory("2.5", 10);
    expect(first).toEqual([
      {
        at: expect.any(Date),
        from: null,
        to: "nader_te_bepalen",
        source: null,
        amountCents: null,
        note: "nader te bepalen",
        by: null,
        channel: "import",
      },
    ]);
  });

  it("keeps the life cycle as history: who, when, from, to, source, amount, note and channel, newest first", async () => {
    await withCarlaLeading("2.5");
    await ctx.agenda.core.run("financiering 2.5 aangevraagd ESF €40.000 aanvraag bij de provincie", carla);
    await ctx.agenda.core.run("financiering 2.5 toegekend", { ...carla, channel: "slack" });
    const granted = await ctx.agenda.core.run("funding 2.5 granted PoW €12.500,50 second tranche", { ...leader, channel: "teams" });
    expect(granted.message.summary).toBe("Financiering van 2.5 gewijzigd: toegekend · ESF · €\u00a040.000 → toegekend · PoW · €\u00a012.500,50.");
    const history = await ctx.agenda.ports.funding.fundingHistory("2.5", 10);
    expect(
      history.map((entry) => [entry.from, entry.to, entry.source, entry.amountCents, entry.note, entry.channel, entry.by?.email ?? null]),
    ).toEqual([
      ["toegekend", "toegekend", "PoW", 1_250_050, "second tranche", "teams", LEADER],
      // No source given: source and amount stay.
      ["aangevraagd", "toegekend", "ESF", 4_000_000, null, "slack", "carla@uwv.nl"],
      ["nader_te_bepalen", "aangevraagd", "ESF", 4_000_000, "aanvraag bij de provincie", "cli", "carla@uwv.nl"],
      [null, "nader_te_bepalen", null, null, "nader te bepalen", "import", null],
    ]);
    expect(await funding("2.5")).toEqual({
      status: "toegekend",
      source: "PoW",
      amountCents: 1_250_050,
      note: "second tranche",
      changedAt: history[0]?.at,
    });
    // Undecided again: source and amount go, the note says why.
    await ctx.agenda.core.run("financiering 2.5 nader te bepalen provincie trekt subsidie in", carla);
    expect(await funding("2.5")).toMatchObject({ status: "nader_te_bepalen", source: null, amountCents: null, note: "provincie trekt subsidie in" });
    // A decision is an update of the action.
    expect((await ctx.agenda.store.findAction("2.5"))?.importedOnly).toBe(false);
  });

  it("shows the funding and its history with `financiering 1.3`, to everyone", async () => {
    await withCarlaLeading("2.5");
    await ctx.agenda.core.run("financiering 2.5 aangevraagd ESF €40.000 aanvraag ingediend", carla);
    const reader = await ctx.agenda.actor({ email: null });
    const shown = await ctx.agenda.core.run("financiering 2.5", reader);
    const text = renderText(shown.message);
    expect(shown.message.summary).toMatch(/^Financiering van 2\.5 .* \(aangevraagd · ESF · €\u00a040\.000\)$/);
    expect(text).toContain("aanvraag ingediend");
    expect(text).toContain("nader te bepalen → aangevraagd · door Carla Smit · via de CLI");
    expect(text).toContain("start: nader te bepalen · via de import");
    // Only who may change it is told how.
    expect(text).not.toContain("Leg het besluit vast");
    expect(renderText((await ctx.agenda.core.run("financiering 2.5", carla)).message)).toContain("Leg het besluit vast");
  });

  it("refuses bad input, an unknown action and anyone who is not a lead, with a clear message, storing nothing", async () => {
    await withCarlaLeading("2.5");
    const before = await historyRows();
    const cases: [Actor, string, RegExp][] = [
      [carla, "financiering 2.5 banaan", /`banaan` is geen stand van de financiering/],
      [carla, "financiering 2.5 toegekend PoW 40k", /`40k` is geen bedrag/],
      [carla, "financiering 2.5 toegekend PoW €0", /ligt niet tussen/],
      [carla, "financiering 9.9 toegekend PoW", /Actie `9\.9` bestaat niet/],
      [carla, "financiering 1.1 afgewezen PoW", /Je bent geen trekker van actie 1\.1/],
      [await ctx.agenda.actor({ email: "rob@velsen.nl" }), "financiering 2.5 toegekend PoW", /niet bekend in de doe-agenda/],
    ];
    for (const [actor, input, problem] of cases) {
      const answer = await ctx.agenda.core.run(input, actor);
      expect(answer.message.tone, input).toBe("error");
      expect(answer.changed).toBe(false);
      expect(renderText(answer.message), input).toMatch(problem);
    }
    expect(await historyRows()).toBe(before);
    expect(await funding("2.5")).toMatchObject({ status: "nader_te_bepalen", changedAt: null });
    expect(await funding("1.1")).toMatchObject({ status: "toegekend", source: "PoW", changedAt: null });
  });

  it("refuses to rewrite or delete funding history, in the database itself", async () => {
    const prisma = ctx.agenda.database.prisma;
    const count = await historyRows();
    const refusal = ctx.kind === "postgres" ? /history is append-only/ : /Raw query failed/;
    await expect(prisma.$executeRawUnsafe(`UPDATE "funding_entry" SET note = 'rewritten'`)).rejects.toThrow(refusal);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "funding_entry"`)).rejects.toThrow(refusal);
    expect(await historyRows()).toBe(count);
  });

  it("keeps concurrent decisions consistent: every change sees the funding before it", async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    const targets = ["aangevraagd ESF", "toegekend", "afgewezen", "aangevraagd PoW", "toegekend €5.000"];
    await Promise.all(targets.map((decision) => ctx.agenda.core.run(`financiering 3.2 ${decision}`, leader)));
    const rows = await ctx.agenda.database.prisma.fundingEntry.findMany({ where: { action: { code: "3.2" } }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(targets.length + 1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.fromStatus).toBe(rows[i - 1]?.toStatus);
    expect((await funding("3.2"))?.status).toBe(rows.at(-1)?.toStatus);
  });

  it("never lets a re-import overwrite a decision made by command; the file's text stays the description", async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("financiering 2.5 toegekend PoW €40.000 besluit college", leader);
    const same = await ctx.agenda.importer.importAgenda(ctx.agenda.definition);
    expect(same.fundingKept).toEqual(["2.5"]);
    expect(same.updated).toBe(0);
    const changed = structuredClone(ctx.agenda.definition);
    const target = changed.actions.find((action) => action.code === "2.5");
    const other = changed.actions.find((action) => action.code === "2.7");
    if (!target || !other) throw new Error("2.5 or 2.7 missing from the agenda file");
    target.financiering = "Via landelijk steunpakket";
    other.financiering = "PoW";
    changed.actions.push({ ...other, code: "2.99", financiering: "nader te bepalen, mogelijk ESF" });
    const summary = await ctx.agenda.importer.importAgenda(changed);
    expect(summary).toMatchObject({ created: 1, updated: 2 });
    // 2.5's file now names another source than the decision; 2.7's file would grant what is still open in the bot.
    expect(summary.fundingKept).toEqual(["2.5", "2.7"]);
    const decided = await ctx.agenda.store.findAction("2.5");
    expect(decided?.financiering).toBe("Via landelijk steunpakket");
    expect(decided?.funding).toMatchObject({ status: "toegekend", source: "PoW", amountCents: 4_000_000, note: "besluit college" });
    // Like a status, the file's funding only seeds a new action.
    expect((await funding("2.7"))?.status).toBe("nader_te_bepalen");
    expect(await funding("2.99")).toMatchObject({ status: "nader_te_bepalen", source: null });
    expect(await ctx.agenda.ports.funding.fundingHistory("2.5", 10)).toHaveLength(2);
  });

  it("seeds existing rows in the migration by the same rule as the import", async () => {
    const sql = await readFile(MIGRATION, "utf8");
    const pattern = /"financiering" ~\* '([^']+)'/.exec(sql)?.[1];
    if (!pattern) throw new Error("the migration's seeding pattern is missing");
    const texts = [...new Set(ctx.agenda.definition.actions.map((action) => action.financiering))];
    texts.push("", "  ", "onbekend", "N.T.B.", "??", "-", "Nader  te bepalen", "PoW (nader te bepalen deel)", "ntb-budget");
    for (const text of texts) {
      const [row] = await ctx.agenda.database.prisma.$queryRawUnsafe<{ open: boolean }[]>(`SELECT $1::text ~* $2::text AS open`, text, pattern);
      expect(row?.open, JSON.stringify(text)).toBe(seedFunding(text).status === "nader_te_bepalen");
    }
  });
});
