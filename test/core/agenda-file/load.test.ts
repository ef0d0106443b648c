import { describe, expect, it } from "vitest";
import { AgendaFileError, parseAgendaSource } from "../../../src/core/agenda-file/load.js";

const VALID = {
  version: 1,
  agenda: { slug: "test-regio", name: "Test" },
  pijlers: [{ code: "werk-naar-werk", name: "Werk naar werk" }],
  themas: [{ number: 1, title: "Scholing", pijler: "werk-naar-werk", voorWie: "Werkenden" }],
  acties: [
    { code: "1.1", thema: 1, scope: "REGIONAAL", title: "Eerste", status: "loopt", trekkers: ["UWV"], financiering: "PoW" },
    {
      code: "1.2",
      thema: 1,
      scope: "REGIONAAL",
      title: "Tweede",
      status: "nader uit te werken",
      trekkers: ["nader te bepalen"],
      financiering: "nader te bepalen",
    },
  ],
  overleggen: [],
};

function problems(mutate: (file: typeof VALID) => unknown, name = "agenda.json"): string[] {
  const file = structuredClone(VALID);
  const source = mutate(file) ?? file;
  try {
    parseAgendaSource(typeof source === "string" ? source : JSON.stringify(source), name);
  } catch (error) {
    if (error instanceof AgendaFileError) return error.problems.map((p) => `${p.where}: ${p.problem}`);
    throw error;
  }
  return [];
}

describe("agenda file validation", () => {
  it("accepts a valid file and maps the source's status words", () => {
    const definition = parseAgendaSource(JSON.stringify(VALID), "agenda.json");
    expect(definition.actions.map((action) => action.status)).toEqual(["loopt", "nader_uit_te_werken"]);
  });

  it("names a duplicate code by entry and field", () => {
    expect(
      problems((file) => {
        (file.acties[1] as { code: string }).code = "1.1";
      }),
    ).toEqual(['acties[1] (code "1.1") → code: duplicate action code "1.1": every action needs its own code']);
  });

  it("names an unknown theme", () => {
    expect(
      problems((file) => {
        (file.acties[0] as { thema: number }).thema = 9;
        (file.acties[0] as { code: string }).code = "9.1";
      }),
    ).toEqual(['acties[0] (code "9.1") → thema: unknown theme 9; the file defines themes 1']);
  });

  it("names a missing title", () => {
    const found = problems((file) => {
      delete (file.acties[1] as { title?: string }).title;
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^acties\[1\] \(code "1\.2"\) → title: /);
  });

  it("names an unknown status and a malformed code", () => {
    const found = problems((file) => {
      (file.acties[0] as { status: string }).status = "bezig";
      (file.acties[1] as { code: string }).code = "een";
    });
    expect(found[0]).toMatch(/^acties\[0\] \(code "1\.1"\) → status: /);
    expect(found[1]).toBe('acties[1] (code "een") → code: write the code as <theme>.<n> (e.g. 1.3) or <GROUP>.<n> (e.g. HLM.2)');
  });

  it("reports broken YAML with its line", () => {
    expect(problems(() => "version: 1\nagenda: [unclosed\n", "agenda.yaml")[0]).toMatch(/^line \d+: not valid YAML/);
  });
});
