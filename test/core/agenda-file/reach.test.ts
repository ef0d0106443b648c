import { describe, expect, it } from "vitest";
import { AgendaFileError, parseAgendaSource } from "../../../src/core/agenda-file/load.js";

/** A small region with two areas: an overleg for the north, one for all, one without a `dekking`. */
const VALID = {
  version: 1,
  agenda: { slug: "test-regio", name: "Test" },
  pijlers: [
    { code: "werk-naar-werk", name: "Werk naar werk" },
    { code: "werkgelegenheid", name: "Werkgelegenheid" },
  ],
  themas: [
    { number: 1, title: "Scholing", pijler: "werk-naar-werk", voorWie: "Werkenden" },
    { number: 2, title: "Banen", pijler: "werkgelegenheid", voorWie: "Ondernemers" },
  ],
  gebieden: [{ name: "Noord", gemeenten: ["Aadorp"] }, { name: "Zuid" }],
  scopeGebieden: { REGIONAAL: ["Noord", "Zuid"], NOORD: ["noord"] } as Record<string, string[]>,
  acties: [
    { code: "1.1", thema: 1, scope: "REGIONAAL", title: "Eerste", status: "loopt", trekkers: ["UWV"], financiering: "PoW" },
    { code: "1.2", thema: 1, scope: "Noord", title: "Tweede", status: "loopt", trekkers: ["UWV"], financiering: "PoW" },
    { code: "2.1", thema: 2, scope: "LOKAAL", title: "Derde", status: "loopt", trekkers: ["UWV"], financiering: "PoW", gebieden: ["Zuid"] },
  ] as Record<string, unknown>[],
  overleggen: [
    { code: "NOORD", name: "Noord", niveau: "x", bereik: "Noord", pijlers: ["werk-naar-werk"], dekking: { themas: [1, 2], gebieden: ["Noord"] } },
    { code: "ALLE", name: "Alle", niveau: "x", bereik: "Alle", pijlers: [], pijlersMogelijk: ["werkgelegenheid"] },
  ] as Record<string, unknown>[],
};

function problems(mutate: (file: typeof VALID) => void): string[] {
  const file = structuredClone(VALID);
  mutate(file);
  try {
    parseAgendaSource(JSON.stringify(file), "agenda.json");
  } catch (error) {
    if (error instanceof AgendaFileError) return error.problems.map((p) => `${p.where}: ${p.problem}`);
    throw error;
  }
  return [];
}

describe("agenda file: what each overleg's digest covers", () => {
  it("gives each action the areas of its scope (any case) or its own, and each overleg its dekking or its pillars and the whole region", () => {
    const definition = parseAgendaSource(JSON.stringify(VALID), "agenda.json");
    expect(definition.actions.map((action) => [action.code, action.areas])).toEqual([
      ["1.1", ["Noord", "Zuid"]],
      ["1.2", ["Noord"]],
      ["2.1", ["Zuid"]],
    ]);
    expect(definition.overleggen.map((overleg) => [overleg.code, overleg.themeNumbers, overleg.areas])).toEqual([
      ["NOORD", [1, 2], ["Noord"]],
      ["ALLE", [2], ["Noord", "Zuid"]],
    ]);
  });

  it("loads a file without areas as before: no areas, themes from the pillars", () => {
    const definition = parseAgendaSource(
      JSON.stringify({
        ...VALID,
        gebieden: undefined,
        scopeGebieden: undefined,
        acties: VALID.acties.map(({ gebieden: _, ...action }) => action),
        overleggen: [VALID.overleggen[1]],
      }),
      "agenda.json",
    );
    expect(definition.actions.every((action) => action.areas?.length === 0)).toBe(true);
    expect(definition.overleggen[0]).toMatchObject({ themeNumbers: [2], areas: [] });
  });

  it("names an action whose scope lies in no area, with the fix", () => {
    expect(
      problems((file) => {
        delete (file.acties[2] as { gebieden?: string[] }).gebieden;
      }),
    ).toEqual(['acties[2] (code "2.1") → scope: scope "LOKAAL" lies in no gebied: add it under scopeGebieden, or give the action its own gebieden']);
  });

  it("names unknown areas and themes where they are used, and a duplicate area", () => {
    expect(
      problems((file) => {
        file.gebieden.push({ name: "zuid" });
        file.scopeGebieden.NOORD = ["Noordoost"];
        (file.acties[2] as { gebieden: string[] }).gebieden = ["West"];
        (file.overleggen[0] as { dekking: unknown }).dekking = { themas: [1, 9], gebieden: ["Oost"] };
      }),
    ).toEqual([
      'acties[2] (code "2.1") → gebieden[0]: unknown gebied "West"; use one of: Noord, Zuid, zuid',
      'gebieden[2] → name: duplicate gebied "zuid"',
      'overleggen[0] (code "NOORD") → dekking → gebieden[0]: unknown gebied "Oost"; use one of: Noord, Zuid, zuid',
      'overleggen[0] (code "NOORD") → dekking → themas[1]: unknown theme 9',
      'scopeGebieden → NOORD[0]: unknown gebied "Noordoost"; use one of: Noord, Zuid, zuid',
    ]);
  });

  it("refuses an empty dekking, and areas used without the region's gebieden", () => {
    expect(
      problems((file) => {
        (file.overleggen[0] as { dekking: unknown }).dekking = { themas: [], gebieden: [] };
      }),
    ).toEqual([
      'overleggen[0] (code "NOORD") → dekking → gebieden: name at least one gebied, or leave gebieden out for the whole region',
      'overleggen[0] (code "NOORD") → dekking → themas: name at least one theme number',
    ]);
    expect(
      problems((file) => {
        (file as { gebieden?: unknown }).gebieden = undefined;
        file.scopeGebieden = {};
      }),
    ).toEqual([
      'acties[2] (code "2.1") → gebieden[0]: define the region\'s gebieden (top-level `gebieden:`) first',
      'overleggen[0] (code "NOORD") → dekking → gebieden[0]: define the region\'s gebieden (top-level `gebieden:`) first',
    ]);
  });
});
