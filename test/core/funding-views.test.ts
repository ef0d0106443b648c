import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { buildExport, exportToCsv, exportToMarkdown } from "../../src/core/exports.js";
import type { Message } from "../../src/core/messages/model.js";
import { renderText } from "../../src/render/text.js";
import { openTestAgenda, type TestAgenda } from "../support/agenda-fixture.js";

const fields = (message: Message) => message.blocks.flatMap((block) => (block.type === "fields" ? block.fields : []));
const items = (message: Message) => message.blocks.flatMap((block) => (block.type === "list" ? block.items : []));

describe("the funding decision where people look (PGlite)", () => {
  let agenda: TestAgenda;
  let anna: Actor;
  let reader: Actor;
  beforeAll(async () => {
    agenda = await openTestAgenda("pglite");
    const person = await agenda.store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await agenda.store.addLead("2.5", person.id, null);
    anna = await agenda.actor({ email: "anna@haarlem.nl" });
    reader = await agenda.actor({ email: null });
    await agenda.core.run("financiering 2.5 aangevraagd ESF €40.000 aanvraag bij de provincie", anna);
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("shows it in `toon`, with the agenda's own words when they differ", async () => {
    const decided = fields((await agenda.core.run("toon 2.5", reader)).message);
    const funding = (shown: typeof decided) => shown.filter((field) => ["Financiering", "In de agenda"].includes(field.label));
    expect(funding(decided)).toEqual([
      { label: "Financiering", value: "aangevraagd · ESF · €\u00a040.000\naanvraag bij de provincie" },
      { label: "In de agenda", value: "nader te bepalen" },
    ]);
    // The agenda's words only when they say more than the decision.
    expect(funding(fields((await agenda.core.run("toon 1.1", reader)).message))).toEqual([{ label: "Financiering", value: "toegekend · PoW" }]);
    expect(funding(fields((await agenda.core.run("toon 2.7", reader)).message))).toEqual([{ label: "Financiering", value: "nader te bepalen" }]);
    expect(funding(fields((await agenda.core.run("toon 2.6", reader)).message))).toEqual([
      { label: "Financiering", value: "nader te bepalen" },
      { label: "In de agenda", value: "lokaal nader te bepalen" },
    ]);
    const english = fields((await agenda.core.run("show 2.5", { ...reader, locale: "en" })).message);
    expect(english.find((field) => field.label === "Funding")?.value).toBe("applied for · ESF · €40,000\naanvraag bij de provincie");
  });

  it("filters `lijst` on it, showing each action's funding", async () => {
    const applied = await agenda.core.run("lijst financiering aangevraagd", reader);
    expect(applied.message.summary).toBe("1 actie");
    expect(renderText(applied.message)).toContain("Filter: financiering aangevraagd");
    expect(items(applied.message)[0]?.detail).toMatch(/ · financiering aangevraagd · ESF · €\u00a040\.000$/);
    const open = await agenda.core.run("lijst financiering", reader);
    const openCount = (await agenda.store.listActions({ fundingStatuses: ["nader_te_bepalen", "aangevraagd"] })).length;
    expect(open.message.summary).toBe(`${openCount} acties`);
    expect(renderText(open.message)).toContain("Filter: financiering nader te bepalen of aangevraagd");
    // Without a funding filter the list stays as it was.
    expect(items((await agenda.core.run("lijst thema 2", reader)).message)[4]?.detail).not.toContain("financiering");
  });

  it("finds an action by its funding's source and note with `zoek`", async () => {
    const found = await agenda.core.run("zoek provincie", reader);
    expect(found.message.summary).toBe('1 resultaat voor "provincie"');
    expect(items(found.message)[0]?.title).toMatch(/^2\.5 /);
  });

  it("shows it on the App Home, for each of the user's actions", async () => {
    const home = await agenda.core.home(anna, "nl");
    const mine = items(home).find((item) => item.title.startsWith("2.5 "));
    expect(mine?.detail).toMatch(/ · financiering aangevraagd · ESF · €\u00a040\.000$/);
  });

  it("exports it: JSON fields, CSV columns and the Markdown cell", async () => {
    const data = await buildExport(agenda.ports.reader);
    expect(data.actions.find((action) => action.code === "2.5")).toMatchObject({
      financiering: "nader te bepalen",
      financieringStatus: "aangevraagd",
      financieringBron: "ESF",
      financieringBedrag: 40000,
      financieringToelichting: "aanvraag bij de provincie",
    });
    expect(data.actions.find((action) => action.code === "1.1")).toMatchObject({
      financieringStatus: "toegekend",
      financieringBron: "PoW",
      financieringBedrag: null,
    });
    const csv = exportToCsv(data).split("\r\n");
    expect(csv[0]).toBe(
      "code,thema,pijler,scope,titel,status,trekkers,financiering,financiering_status,financiering_bron,financiering_bedrag,financiering_toelichting,laatste_update,deadline,doelen",
    );
    expect(csv.find((line) => line.startsWith("2.5,"))).toContain(",nader te bepalen,aangevraagd,ESF,40000.00,aanvraag bij de provincie,");
    expect(csv.find((line) => line.startsWith("1.1,"))).toContain(",PoW,toegekend,PoW,,,");
    expect(exportToMarkdown(data)).toContain("| aangevraagd: nader te bepalen |");
  });

  it("lists `financiering` in the help, for everyone", async () => {
    expect(renderText((await agenda.core.run("help", reader)).message)).toContain("financiering 1.3 [toegekend PoW €40.000 <toelichting>]");
    expect(renderText((await agenda.core.run("help", { ...reader, locale: "en" })).message)).toContain("funding 1.3 [granted PoW €40,000 <note>]");
    expect((await agenda.core.run("financiering 2.5", reader)).message.tone).toBe("info");
  });
});
