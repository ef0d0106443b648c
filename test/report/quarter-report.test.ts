/**
 * The quarterly report built from a history written at known moments, on both databases: its numbers checked
 * against that history; then each format read back with a library for it (pdf-parse, mammoth, exceljs).
 */
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuarter, quarterOf } from "../../src/core/report/quarter.js";
import { buildQuarterReport, type QuarterReport } from "../../src/core/report/quarter-report.js";
import { openDashboardStores } from "../../src/persistence/dashboard-stores.js";
import { renderReport } from "../../src/report/render-report.js";
import { openTestAgenda, type TestAgenda } from "../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../support/databases.js";
import { clock, writeQuarterHistory } from "./report-history.js";

const Q4 = quarterOf(2026, 4);

describe("quarters", () => {
  it("reads 2026-K4 and 2026-Q4 alike, from midnight on 1 October to midnight after 31 December in Amsterdam", () => {
    const k4 = parseQuarter("2026-K4");
    expect(k4.ok && k4.quarter).toMatchObject({ label: "2026-K4", firstDay: "2026-10-01", lastDay: "2026-12-31" });
    expect(k4.ok && k4.quarter.start.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(k4.ok && k4.quarter.end.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(parseQuarter("2026 K4").ok).toBe(true);
    const q4 = parseQuarter("2026-q4");
    expect(q4.ok && q4.quarter.label).toBe("2026-K4");
    expect(quarterOf(2027, 1).start.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    for (const bad of ["2026-K5", "2026", "K4", "vierde", "1999-K1"]) expect(parseQuarter(bad).ok).toBe(false);
  });
});

describe.each(DATABASE_KINDS)("the quarterly report on %s", (kind) => {
  let agenda: TestAgenda;
  let report: QuarterReport;
  const source = () => openDashboardStores(agenda.database, agenda.ports.agendaId).report;

  beforeAll(async () => {
    agenda = await openTestAgenda(kind, { clock });
    await writeQuarterHistory(agenda);
    report = await buildQuarterReport(source(), Q4, clock.now());
  }, 180_000);
  afterAll(async () => agenda?.close());

  it("counts the statuses at the start and the end of the quarter from the history", () => {
    expect(report.until).toEqual(Q4.end);
    expect(report.totals.start).toEqual({ loopt: 34, nader_uit_te_werken: 29, afgerond: 0, gepauzeerd: 1, vervallen: 0, total: 64 });
    // 1.3 ran and finished, 1.4 started in the last half hour; 2.5's pause on New Year's Day is not in it.
    expect(report.totals.end).toEqual({ loopt: 35, nader_uit_te_werken: 27, afgerond: 1, gepauzeerd: 1, vervallen: 0, total: 64 });
    const themeOne = report.pillars.flatMap((p) => p.themes).find((t) => t.number === 1);
    expect([themeOne?.start.nader_uit_te_werken, themeOne?.end.nader_uit_te_werken, themeOne?.end.afgerond]).toEqual([5, 3, 1]);
    const sum = report.pillars.reduce((total, p) => total + p.end.total, 0);
    expect(sum).toBe(64);
  });

  it("lists the changes of the quarter with their explanations, a confirmation with one too", () => {
    const changes = report.pillars.flatMap((p) => p.themes.flatMap((t) => t.changes));
    expect(changes.map((c) => [c.code, c.from, c.to, c.note])).toEqual([
      ["1.3", "nader_uit_te_werken", "loopt", "pilot gestart"],
      ["1.1", null, "gepauzeerd", "nog steeds gepauzeerd"],
      ["1.3", "loopt", "afgerond", "klaar"],
      ["1.4", "nader_uit_te_werken", "loopt", "eindelijk"],
    ]);
  });

  it("gives the actions finished, and those still to be worked out with how long", () => {
    expect(report.finished.map((f) => [f.code, f.at.toISOString()])).toEqual([["1.3", "2026-11-20T08:05:00.000Z"]]);
    expect(report.stillOpen).toHaveLength(27);
    expect(report.stillOpen.map((o) => o.code)).toContain("2.5");
    expect(report.stillOpen.map((o) => o.code)).not.toContain("1.4");
    // Since the import on 1 September 09:00 to midnight after 31 December.
    expect(new Set(report.stillOpen.map((o) => o.days))).toEqual(new Set([121]));
  });

  it("gives the funding decided in the quarter and what is still open at its end", async () => {
    expect(report.funding.decided.map((d) => [d.code, d.to, d.source, d.amountCents, d.note])).toEqual([
      ["1.3", "toegekend", "PoW", 4_000_000, "besluit college"],
    ]);
    expect(report.funding.grantedCents).toBe(4_000_000);
    const open = (await agenda.store.listActions({})).filter((a) => a.funding.status === "nader_te_bepalen" || a.funding.status === "aangevraagd");
    expect(report.funding.open.map((f) => f.code).sort()).toEqual(open.map((a) => a.code).sort());
    expect(report.funding.open.map((f) => f.code)).not.toContain("1.3");
  });

  it("gives each goal's value at the start and the end, and the measurements within", () => {
    expect(report.goals).toMatchObject([
      { code: "1.3", number: 1, target: 200, unit: "zzp'ers", dueDate: "2026-12-31", valueAtStart: 40, valueAtEnd: 150, measurements: 2 },
    ]);
  });

  it("gives the escalations raised and those answered in the quarter", () => {
    expect(report.escalations.raised.map((e) => [e.number, e.code, e.outcome])).toEqual([[2, "2.6", null]]);
    expect(report.escalations.resolved.map((e) => [e.number, e.code, e.outcome, e.resolution])).toEqual([
      [1, "1.4", "answered", "Uit het steunpakket."],
    ]);
  });

  it("gives the rounds with their response, as the dashboard counts it", async () => {
    const rounds = await openDashboardStores(agenda.database, agenda.ports.agendaId).reader.rounds();
    expect(report.rounds).toHaveLength(1);
    expect(report.rounds[0]).toMatchObject({ actions: rounds[0]?.actions, answered: 2, leadsAnswered: 2 });
    expect(report.rounds[0]?.rate).toBeCloseTo(2 / (rounds[0]?.actions ?? 1));
  });

  it("gives the counts at each week's end, from the quarter's first week to its last", () => {
    expect(report.weeks.at(0)).toMatchObject({ week: "2026-09-28", counts: { loopt: 34, nader_uit_te_werken: 29, gepauzeerd: 1 } });
    expect(report.weeks.at(-1)).toMatchObject({ week: "2026-12-28", counts: { loopt: 35, nader_uit_te_werken: 27, afgerond: 1, gepauzeerd: 1 } });
    expect(report.weeks.find((w) => w.week === "2026-11-16")?.counts).toMatchObject({ loopt: 34, afgerond: 1 });
    expect(report.weeks).toHaveLength(14);
  });

  it("reports a quarter under way up to now", async () => {
    const now = new Date("2026-11-01T12:00:00+01:00");
    const partial = await buildQuarterReport(source(), Q4, now);
    expect(partial.until).toEqual(now);
    expect(partial.totals.end).toMatchObject({ loopt: 35, nader_uit_te_werken: 28 });
    expect(partial.funding.decided).toEqual([]);
  });

  it("writes the PDF with the numbers, the changes and the charts", async () => {
    const pdf = await renderReport(report, "pdf", "nl");
    expect(pdf.contentType).toBe("application/pdf");
    const parser = new PDFParse({ data: new Uint8Array(pdf.body) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain("Kwartaalrapportage");
    expect(text).toContain("2026-K4");
    expect(text).toContain("Aan het begin van het kwartaal 64 acties, aan het eind 64. 3 statuswijzigingen, 1 afgerond, nog 27 nader uit te werken.");
    expect(text).toContain("pilot gestart");
    expect(text).toContain("Uit het steunpakket.");
    expect(text).toContain("€ 40.000,00");
    // The charts' own labels are drawn as text in the PDF.
    expect(text).toContain("nader uit te werken: 27");
  });

  it("writes the Word document with headings, tables and the charts as images", async () => {
    const docx = await renderReport(report, "docx", "nl");
    const html = (await mammoth.convertToHtml({ buffer: docx.body })).value;
    expect(html).toContain("<h1>Samenvatting</h1>");
    expect(html).toContain("<h2>Gesteld in het kwartaal</h2>");
    expect(html).toContain("hoe verder?");
    expect(html).toContain("besluit college");
    expect((html.match(/<img /g) ?? []).length).toBe(2);
    expect(html).toContain('alt="Acties per status aan het eind van het kwartaal, per pijler"');
  });

  it("writes the workbook with one sheet per table, numbers as numbers and dates as dates", async () => {
    const xlsx = await renderReport(report, "xlsx", "nl");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.body).buffer);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      "Samenvatting",
      "Status",
      "Wijzigingen",
      "Afgerond",
      "Nader uit te werken",
      "Financiering besloten",
      "Financiering open",
      "Doelen",
      "Escalaties gesteld",
      "Escalaties afgehandeld",
      "Rondes",
    ]);
    const changes = book.getWorksheet("Wijzigingen");
    expect(changes?.getRow(1).values).toEqual([undefined, "Datum", "Thema", "Actie", "Titel", "Van", "Naar", "Toelichting", "Door"]);
    const first = changes?.getRow(2);
    expect(first?.getCell(1).value).toBeInstanceOf(Date);
    expect(String((first?.getCell(1).value as Date | undefined)?.toISOString()).slice(0, 10)).toBe("2026-10-05");
    expect(first?.getCell(2).value).toBe(1);
    expect(first?.getCell(7).value).toBe("pilot gestart");
    const funding = book.getWorksheet("Financiering besloten")?.getRow(2);
    expect(funding?.getCell(6).value).toBe(40000);
    expect(funding?.getCell(6).numFmt).toContain("€");
    const goals = book.getWorksheet("Doelen")?.getRow(2);
    expect([goals?.getCell(4).value, goals?.getCell(7).value, goals?.getCell(8).value]).toEqual([200, 40, 150]);
    const rounds = book.getWorksheet("Rondes")?.getRow(2);
    expect(typeof rounds?.getCell(5).value).toBe("number");
    expect(rounds?.getCell(5).numFmt).toBe("0%");
  });

  it("writes Markdown tables, and English with the English texts", async () => {
    const md = (await renderReport(report, "md", "nl")).body.toString("utf8");
    expect(md).toContain("# Kwartaalrapportage");
    expect(md).toContain("## Status per pijler en thema");
    expect(md).toMatch(/\| 1\.3 \| Loopbaanadvies[^|]*\| 1 \| 20 nov\.? 2026 \|/);
    const en = await renderReport(report, "md", "en");
    expect(en.fileName).toBe(`quarterly-report-${(await agenda.store.agenda()).slug}-2026-K4.md`);
    const text = en.body.toString("utf8");
    expect(text).toContain("# Quarterly report");
    expect(text).toContain("## Funding still open");
    expect(text).toMatch(/\| 1\.1 \| [^|]+ \| confirmed \| on hold \| nog steeds gepauzeerd \|/);
  });
});
