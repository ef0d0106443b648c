/**
 * Every overleg of Bijlage 2 against the source: its row (reach, and the x / ? marks in the four pillar columns),
 * the themes and areas its digest covers, and which actions that digest lists on a real database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadAgendaFile } from "../../../src/core/agenda-file/load.js";
import type { AgendaDefinition } from "../../../src/core/agenda-file/schema.js";
import type { Block, Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { AGENDA_FILE, LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const ZK = "Zuid-Kennemerland";
const IJ = "IJmond";
const PILLARS = ["uitkering-naar-werk", "onderwijs-naar-werk", "werk-naar-werk", "werkgelegenheid"] as const;

interface Row {
  code: string;
  /** The BEREIK cell of Bijlage 2. */
  bereik: string;
  /** The marks of the four pillar columns (uitkering, onderwijs, werk naar werk, werkgelegenheid); `-` is blank. */
  marks: string;
  themes: number[];
  areas: string[];
  /** How many actions the digest counts (its status bar). */
  total: number;
  /** The actions still nader uit te werken the digest lists. */
  open: string[];
  /** Actions in its themes that lie outside its reach: never in its digest. */
  leftOut: string[];
}

/** Themes: those of the x-marked pillars (only ? marks: those), theme 4 alone for leerplicht/RMC/VSV, REO's own 6. */
const ROWS: Row[] = [
  {
    code: "BOA",
    bereik: "Zuid-Kennemerland en IJmond",
    marks: "x - - -",
    themes: [1, 2, 3],
    areas: [ZK, IJ],
    total: 28,
    open: ["1.3", "1.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "IJM.2", "LOK.1.1", "LOK.1.2", "LOK.1.3", "LOK.2.1"],
    leftOut: [],
  },
  {
    code: "REO",
    bereik: "Zuid-Kennemerland met optie uitbreiding naar IJmond",
    marks: "- - ? x",
    themes: [6, 7, 8],
    areas: [ZK],
    total: 16,
    open: ["6.5", "6.6", "6.7", "6.8", "7.5", "8.1", "LOK.6.1", "LOK.7.1", "LOK.7.2"],
    leftOut: ["6.2", "7.3", "IJM.3", "IJM.5", "LOK.7.3"],
  },
  {
    code: "RWB",
    bereik: "Zuid-Kennemerland en IJmond",
    marks: "x x x ?",
    themes: [1, 2, 3, 4, 5, 6],
    areas: [ZK, IJ],
    total: 54,
    open: OPEN_1_TO_6(),
    leftOut: [],
  },
  {
    code: "IPO",
    bereik: "Zuid-Kennemerland en IJmond",
    marks: "- - - ?",
    themes: [7, 8],
    areas: [ZK, IJ],
    total: 10,
    open: ["7.5", "8.1", "IJM.5", "LOK.7.1", "LOK.7.2", "LOK.7.3"],
    leftOut: [],
  },
  ...["GR-VSV", "VSV", "RMC-BELEIDSGROEP", "PROJECTGROEP-VSV"].map((code) => ({
    code,
    bereik: "Zuid-Kennemerland en IJmond",
    marks: "- x - -",
    themes: [4],
    areas: [ZK, IJ],
    total: 12,
    open: ["4.4", "IJM.4", "LOK.4.1"],
    leftOut: [],
  })),
  ...["KETEN-MT", "AMRO"].map((code) => ({
    code,
    bereik: "Zuid-Kennemerland en IJmond",
    marks: "x x ? -",
    themes: [1, 2, 3, 4, 5],
    areas: [ZK, IJ],
    total: 43,
    open: [...OPEN_1_TO_6().filter((action) => !/^(6\.|LOK\.6)/.test(action))],
    leftOut: [],
  })),
  {
    code: "REO-AMBTELIJK",
    bereik: "Zuid-Kennemerland",
    marks: "- - ? x",
    themes: [7, 8],
    areas: [ZK],
    total: 7,
    open: ["7.5", "8.1", "LOK.7.1", "LOK.7.2"],
    leftOut: ["7.3", "IJM.5", "LOK.7.3"],
  },
  {
    code: "POW-KLANKBORDGROEP",
    bereik: "Zuid-Kennemerland en IJmond",
    marks: "x x x ?",
    themes: [1, 2, 3, 4, 5, 6],
    areas: [ZK, IJ],
    total: 54,
    open: OPEN_1_TO_6(),
    leftOut: [],
  },
  ...["MRA-BO-ECONOMIE", "MRA-DIRECTIEOVERLEG", "MRA-WERKGROEP-AO", "VBZ-KAM"].map((code) => ({
    code,
    bereik: code === "VBZ-KAM" ? "Kennemerland, Amstelland en de Meerlanden" : "Metropoolregio Amsterdam",
    marks: "- x x x",
    themes: [4, 5, 6, 7, 8],
    areas: [ZK, IJ],
    total: 36,
    open: ["4.4", "5.1", "5.2", "6.5", "6.6", "6.7", "6.8", "7.5", "8.1", "IJM.4", "IJM.5", "LOK.4.1", "LOK.6.1", "LOK.7.1", "LOK.7.2", "LOK.7.3"],
    leftOut: [],
  })),
];

function OPEN_1_TO_6(): string[] {
  return [
    ...["1.3", "1.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "4.4", "5.1", "5.2", "6.5", "6.6", "6.7", "6.8"],
    ...["IJM.2", "IJM.4", "LOK.1.1", "LOK.1.2", "LOK.1.3", "LOK.2.1", "LOK.4.1", "LOK.6.1"],
  ];
}

const pillarsMarked = (marks: string, mark: "x" | "?") => PILLARS.filter((_, column) => marks.split(" ")[column] === mark);

describe("the agenda file's overleggen against Bijlage 2", () => {
  let definition: AgendaDefinition;
  beforeAll(async () => {
    definition = await loadAgendaFile(AGENDA_FILE);
  });

  it("has a row here for every overleg of the file (16: 12 in the main table, 4 under overige overleggen)", () => {
    expect(definition.overleggen.map((overleg) => overleg.code).sort()).toEqual(ROWS.map((row) => row.code).sort());
    expect(ROWS).toHaveLength(16);
  });

  it.each(ROWS)("$code: reach $bereik, marks $marks → themes $themes within $areas", (row) => {
    const overleg = definition.overleggen.find((entry) => entry.code === row.code);
    expect(overleg?.reach).toBe(row.bereik);
    expect(overleg?.pillars).toEqual(pillarsMarked(row.marks, "x"));
    expect(overleg?.pillarsPossible).toEqual(pillarsMarked(row.marks, "?"));
    expect(overleg?.themeNumbers).toEqual(row.themes);
    expect(overleg?.areas).toEqual(row.areas);
  });

  it("puts each action in the areas its scope names; a local line that names its place is only there", () => {
    const areasOf = (code: string) => definition.actions.find((action) => action.code === code)?.areas;
    expect(areasOf("1.1")).toEqual([ZK, IJ]); // REGIONAAL
    expect(areasOf("7.3")).toEqual([IJ]); // IJMOND
    expect(areasOf("6.1")).toEqual([ZK]); // ZUID-KENNEMERLAND
    expect(areasOf("2.4")).toEqual([IJ]); // IJMOND/REGIONAAL MOGELIJK: runs in the IJmond for now
    expect(areasOf("2.6")).toEqual([ZK, IJ]); // LOKALE KEUZE, REGIONAAL MOGELIJK
    expect(areasOf("8.1")).toEqual([ZK, IJ]); // REGIONALE KEUZE MET LOKALE UITWERKING
    expect(areasOf("HLM.1")).toEqual([ZK]);
    expect(areasOf("IJM.5")).toEqual([IJ]);
    expect(areasOf("LOK.7.1")).toEqual([ZK, IJ]);
    expect(areasOf("LOK.6.1")).toEqual([ZK]); // "in Haarlem en Zandvoort"
    expect(areasOf("LOK.7.3")).toEqual([IJ]); // "IJmond: …"
  });
});

/** The action codes of the list under the section whose heading starts with `heading`. */
function listedUnder(message: Message, heading: string): string[] {
  const at = message.blocks.findIndex((block) => block.type === "section" && block.text.startsWith(heading));
  const list = message.blocks[at + 1] as Extract<Block, { type: "list" }> | undefined;
  return at < 0 || !list ? [] : list.items.map((item) => item.title.split(" ")[0] ?? "");
}

const statusTotal = (message: Message) => {
  const chart = message.blocks.find((block) => block.type === "chart")?.chart;
  return chart?.series.reduce((sum, series) => sum + (series.values[0] ?? 0), 0);
};

forEachDatabase("each overleg's digest lists the actions of its themes within its reach", { agenda: true }, (ctx) => {
  /** One note on a regional, an IJmond-only and a Zuid-Kennemerland-only action in every theme group. */
  const NOTED = ["1.1", "1.5", "HLM.1", "4.1", "4.8", "6.1", "6.2", "7.1", "7.3", "LOK.7.3"];

  it.each(ROWS)("$code", async (row) => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    for (const code of NOTED) expect((await ctx.agenda.core.run(`notitie ${code} voortgang op ${code}`, leader)).changed).toBe(true);
    const reader = await ctx.agenda.actor({ email: null });
    const { message } = await ctx.agenda.core.run(`digest ${row.code}`, reader);
    expect(statusTotal(message)).toBe(row.total);
    expect(listedUnder(message, "Nog nader uit te werken").sort()).toEqual([...row.open].sort());
    const themes = new Map(ctx.agenda.definition.actions.map((action) => [action.code, action.themeNumber]));
    const expectedNotes = NOTED.filter((code) => row.themes.includes(themes.get(code) ?? 0) && !row.leftOut.includes(code));
    expect(listedUnder(message, "Wat is er veranderd").sort()).toEqual(expectedNotes.sort());
    const text = renderText(message);
    for (const code of row.leftOut) expect(text).not.toContain(`voortgang op ${code}`);
    expect(text).toContain(
      row.areas.length === 1 ? `Bereik: ${ZK}. Acties die alleen buiten ${ZK} lopen, staan hier niet in.` : `Bereik: ${ZK} en ${IJ}.`,
    );
  });

  it("shows an escalation put to REO-AMBTELIJK by name, but not one on an IJmond action put to nobody in particular", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("escaleer 7.3 REO-AMBTELIJK: kan Haarlem dit overnemen?", leader);
    await ctx.agenda.core.run("escaleer IJM.5 wie sluit aan bij Techport?", leader);
    const reader = await ctx.agenda.actor({ email: null });
    const ambtelijk = renderText((await ctx.agenda.core.run("digest REO-AMBTELIJK", reader)).message);
    expect(ambtelijk).toContain("kan Haarlem dit overnemen?");
    expect(ambtelijk).not.toContain("wie sluit aan bij Techport?");
    expect(renderText((await ctx.agenda.core.run("digest IPO", reader)).message)).toContain("wie sluit aan bij Techport?");
  });
});
