import { describe, expect, it } from "vitest";
import { AgendaFileError, parseAgendaSource } from "../../src/core/agenda-file/load.js";
import type { AgendaDefinition } from "../../src/core/agenda-file/schema.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

const FILE = `
version: 1
agenda: { slug: test-regio, name: Test }
pijlers: [{ code: werk-naar-werk, name: Werk naar werk }]
themas: [{ number: 1, title: Scholing, pijler: werk-naar-werk, voorWie: Werkenden }]
acties:
  - code: "1.1"
    thema: 1
    scope: REGIONAAL
    title: Eerste
    status: loopt
    trekkers: [UWV]
    financiering: PoW
    deadline: 2026-12-31
    doelen:
      - omschrijving: zzp'ers gesproken
        streefwaarde: 200
        eenheid: zzp'ers
        per: 31-12-2026
      - omschrijving: bijeenkomsten
        streefwaarde: 4
`;

function problems(source: string): string[] {
  try {
    parseAgendaSource(source, "agenda.yaml");
  } catch (error) {
    if (error instanceof AgendaFileError) return error.problems.map((p) => `${p.where}: ${p.problem}`);
    throw error;
  }
  return [];
}

describe("goals and deadlines in the agenda file", () => {
  it("reads them per action in the core's terms", () => {
    const [action] = parseAgendaSource(FILE, "agenda.yaml").actions;
    expect(action?.deadline).toBe("2026-12-31");
    expect(action?.goals).toEqual([
      { description: "zzp'ers gesproken", target: 200, unit: "zzp'ers", dueDate: "2026-12-31" },
      { description: "bijeenkomsten", target: 4, unit: null, dueDate: null },
    ]);
  });

  it("names the entry and the field of a bad goal or date", () => {
    expect(problems(FILE.replace("per: 31-12-2026", "per: 31-12"))).toEqual([
      'acties[0] (code "1.1") → doelen[0] → per: "31-12" is not a date with a year; write e.g. 2026-12-31 or 31-12-2026',
    ]);
    expect(problems(FILE.replace("deadline: 2026-12-31", "deadline: 2026-02-30"))[0]).toMatch(
      /acties\[0\] \(code "1\.1"\) → deadline: "2026-02-30" is not a date/,
    );
    expect(problems(FILE.replace("streefwaarde: 4", "streefwaarde: 0"))[0]).toMatch(/doelen\[1\] → streefwaarde/);
    expect(problems(FILE.replace("streefwaarde: 4", "streefwaarde: veel"))[0]).toMatch(/doelen\[1\] → streefwaarde/);
    expect(problems(FILE.replace("omschrijving: bijeenkomsten", "omschrijving: ZZP'ers gesproken"))).toEqual([
      `acties[0] (code "1.1") → doelen[1] → omschrijving: duplicate goal "ZZP'ers gesproken" in this action`,
    ]);
    expect(problems(FILE.replace("eenheid: zzp'ers", "unit: zzp'ers"))[0]).toMatch(/doelen\[0\].*unit/);
  });
});

forEachDatabase("re-importing goals", { agenda: true }, (ctx) => {
  /** The project's agenda with goals and a deadline on 1.3, as a region would add them to its file. */
  function withGoals(change: (goals: NonNullable<AgendaDefinition["actions"][number]["goals"]>) => void = () => undefined): AgendaDefinition {
    const definition = structuredClone(ctx.agenda.definition);
    const action = definition.actions.find((candidate) => candidate.code === "1.3");
    if (!action) throw new Error("1.3 missing");
    action.deadline = "2027-06-30";
    action.goals = [
      { description: "zzp'ers gesproken", target: 200, unit: "zzp'ers", dueDate: "2026-12-31" },
      { description: "bijeenkomsten", target: 4, unit: null, dueDate: null },
    ];
    change(action.goals);
    return definition;
  }

  it("keeps every measurement, number and goal added by command, and follows the file's targets and dates", async () => {
    expect((await ctx.agenda.importer.importAgenda(withGoals())).updated).toBe(1);
    const leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("doel 1.3 trajecten 10", leader);
    await ctx.agenda.core.run("meting 1.3 1 40", leader);
    await ctx.agenda.core.run("meting 1.3 3 2", leader);

    // Unchanged: nothing updated. Changed target and date, one goal renamed in the file (a new goal), the deadline gone.
    expect((await ctx.agenda.importer.importAgenda(withGoals())).updated).toBe(0);
    const changed = withGoals((goals) => {
      goals[0] = { description: "ZZP'ers gesproken", target: 250, unit: "zzp'ers", dueDate: "2027-03-31" };
      goals[1] = { description: "werkbijeenkomsten", target: 6, unit: null, dueDate: null };
    });
    const action = changed.actions.find((candidate) => candidate.code === "1.3");
    if (action) action.deadline = null;
    expect((await ctx.agenda.importer.importAgenda(changed)).updated).toBe(1);

    const goals = await ctx.agenda.ports.goals.goalsOf("1.3");
    expect(goals?.deadline).toBeNull();
    expect(goals?.goals.map((goal) => [goal.number, goal.description, goal.target, goal.dueDate, goal.latest?.value ?? null])).toEqual([
      [1, "zzp'ers gesproken", 250, "2027-03-31", 40],
      [2, "bijeenkomsten", 4, null, null],
      [3, "trajecten", 10, null, 2],
      [4, "werkbijeenkomsten", 6, null, null],
    ]);
    expect(await ctx.database.prisma.measurement.count()).toBe(2);
    // A file without goals leaves them all.
    expect((await ctx.agenda.importer.importAgenda(ctx.agenda.definition)).updated).toBe(0);
    expect(await ctx.database.prisma.goal.count()).toBe(4);
  });
});
