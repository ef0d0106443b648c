import { expect, it } from "vitest";
import { parseAgendaSource } from "../../src/core/agenda-file/load.js";
import type { TestAgenda } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

const REGIONAL = /^\d+\.\d+$/;

function countBy<T>(items: readonly T[], key: (item: T) => string | number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(key(item))] = (counts[String(key(item))] ?? 0) + 1;
  return counts;
}

forEachDatabase("agenda import", { agenda: true }, (ctx) => {
  it("holds every action of Bijlage 1 with the table's counts per theme, status and scope", async () => {
    const regional = (await ctx.agenda.store.listActions({})).filter((action) => REGIONAL.test(action.code));
    expect(regional).toHaveLength(46);
    expect(countBy(regional, (a) => a.themeNumber)).toEqual({ 1: 6, 2: 8, 3: 6, 4: 9, 5: 3, 6: 8, 7: 5, 8: 1 });
    expect(countBy(regional, (a) => a.status)).toEqual({ loopt: 29, nader_uit_te_werken: 17 });
    expect(countBy(regional, (a) => a.scope)).toEqual({
      REGIONAAL: 31,
      IJMOND: 7,
      "LOKALE KEUZE, REGIONAAL MOGELIJK": 4,
      "IJMOND/REGIONAAL MOGELIJK": 2,
      "ZUID-KENNEMERLAND": 1,
      "REGIONALE KEUZE MET LOKALE UITWERKING": 1,
    });
    expect((await ctx.agenda.store.themes()).map((theme) => theme.pillarCode)).toEqual([
      "uitkering-naar-werk",
      "uitkering-naar-werk",
      "uitkering-naar-werk",
      "onderwijs-naar-werk",
      "onderwijs-naar-werk",
      "werk-naar-werk",
      "werkgelegenheid",
      "werkgelegenheid",
    ]);
    expect(await ctx.agenda.store.overleggen()).toHaveLength(16);
  });

  it("models the local additions as actions with a local scope", async () => {
    const local = (await ctx.agenda.store.listActions({})).filter((action) => !REGIONAL.test(action.code));
    expect(local.length).toBeGreaterThan(0);
    expect(new Set(local.map((action) => action.code.split(".")[0]))).toEqual(new Set(["HLM", "IJM", "LOK"]));
    for (const action of local) expect(action.scope).toMatch(/^LOKAAL /);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await counts(ctx.agenda);
    const summary = await ctx.agenda.importer.importAgenda(ctx.agenda.definition);
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: ctx.agenda.definition.actions.length, retired: 0, statusKept: [], fundingKept: [] });
    expect(await counts(ctx.agenda)).toEqual(before);
  });

  it("updates changed fields and retires removed actions without losing history", async () => {
    const leader = await ctx.agenda.actor({ email: "projectleider@haarlem.nl" });
    await ctx.agenda.core.run("status 1.3 loopt gestart met twee pilots", leader);
    const changed = structuredClone(ctx.agenda.definition);
    const target = changed.actions.find((action) => action.code === "1.3");
    if (!target) throw new Error("1.3 missing from the agenda file");
    target.title = "Loopbaanadvies gekoppeld aan om- en bijscholing";
    changed.actions = changed.actions.filter((action) => action.code !== "8.1");

    const summary = await ctx.agenda.importer.importAgenda(changed);
    expect(summary.updated).toBe(1);
    expect(summary.retired).toBe(1);
    expect(summary.statusKept).toEqual(["1.3"]);
    const action = await ctx.agenda.store.findAction("1.3");
    expect(action?.title).toBe("Loopbaanadvies gekoppeld aan om- en bijscholing");
    expect(action?.status).toBe("loopt");
    expect(action?.history.map((entry) => [entry.from, entry.to, entry.note])).toEqual([
      ["nader_uit_te_werken", "loopt", "gestart met twee pilots"],
      [null, "nader_uit_te_werken", null],
    ]);
    expect(await ctx.agenda.store.findAction("8.1")).toBeNull();

    const restored = await ctx.agenda.importer.importAgenda(ctx.agenda.definition);
    expect(restored).toMatchObject({ created: 0, updated: 2, retired: 0 });
    expect((await ctx.agenda.store.findAction("8.1"))?.history).toHaveLength(1);
  });

  it("loads another region's agenda file in the same format", async () => {
    const other = parseAgendaSource(
      `version: 1
agenda: { slug: voorbeeldregio, name: Doe-agenda Voorbeeldregio }
pijlers: [{ code: werk-naar-werk, name: Werk naar werk }]
themas: [{ number: 1, title: Omscholing, pijler: werk-naar-werk, voorWie: Werkenden }]
acties:
  - { code: "1.1", thema: 1, scope: REGIONAAL, title: Omscholingsfonds, status: loopt, trekkers: [UWV], financiering: nader te bepalen }
`,
      "voorbeeld.yaml",
    );
    const summary = await ctx.agenda.importer.importAgenda(other);
    expect(summary.created).toBe(1);
    expect(await ctx.agenda.importer.agendaSlugs()).toEqual(["zuid-kennemerland-ijmond", "voorbeeldregio"]);
  });
});

async function counts(agenda: TestAgenda) {
  const prisma = agenda.database.prisma;
  return {
    actions: await prisma.action.count(),
    history: await prisma.statusChange.count(),
    themes: await prisma.theme.count(),
    overleggen: await prisma.overleg.count(),
    updatedAt: (await prisma.action.findMany({ select: { updatedAt: true }, orderBy: { id: "asc" } })).map((row) => row.updatedAt.getTime()),
  };
}
