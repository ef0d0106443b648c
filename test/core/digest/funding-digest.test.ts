import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import { buildDigest } from "../../../src/core/digest/digest.js";
import { DIGEST_FUNDING_LIMIT, fundingSection } from "../../../src/core/digest/sections/funding.js";
import type { ActionSummary, OverlegInfo } from "../../../src/core/domain/agenda.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const DAY = 24 * 60 * 60 * 1000;
/** Monday 23 November 2026, 09:00 in Amsterdam; the agenda counts as imported a week earlier. */
const START = new Date("2026-11-23T09:00:00+01:00");

function section(message: Message, heading: RegExp): string[] {
  const at = message.blocks.findIndex((block) => block.type === "section" && heading.test(block.text));
  const list = message.blocks[at + 1];
  return at >= 0 && list?.type === "list" ? list.items.map((item) => `${item.title} | ${item.detail ?? ""}`) : [];
}

forEachDatabase("the digest's open funding decisions", { agenda: true, clock: START, importedAt: new Date(START.getTime() - 7 * DAY) }, (ctx) => {
  let leader: Actor;
  const digest = async (overleg: string, locale: "nl" | "en" = "nl") => {
    const now = ctx.clock.now();
    const message = await ctx.agenda.core.digestFor(overleg, new Date(now.getTime() - 7 * DAY), now, locale);
    if (!message) throw new Error(`${overleg} has no digest`);
    return message;
  };

  it("lists the open decisions of the overleg's themes, the longest open first, with source, amount and age", async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    // Three weeks ago 2.5 was applied for; a week later 3.2 too, and 2.7 was granted. 1.3 was rejected yesterday.
    ctx.clock.advance(-21);
    await ctx.agenda.core.run("financiering 2.5 aangevraagd ESF €40.000 aanvraag bij de provincie", leader);
    ctx.clock.advance(7);
    await ctx.agenda.core.run("financiering 3.2 aangevraagd gemeente", leader);
    await ctx.agenda.core.run("financiering 2.7 toegekend PoW €12.000", leader);
    ctx.clock.advance(13);
    await ctx.agenda.core.run("financiering 1.3 afgewezen - landelijk steunpakket is op", leader);
    // A dropped action needs no decision.
    await ctx.agenda.core.run("status 3.3 vervallen", leader);
    ctx.clock.advance(1);

    // BOA covers the pillar uitkering naar werk: themes 1 to 3.
    const message = await digest("BOA");
    const open = section(message, /^Open financieringsbesluiten/);
    const heading = message.blocks.find((block) => block.type === "section" && block.text.startsWith("Open financieringsbesluiten"));
    expect(heading).toEqual({ type: "section", text: `Open financieringsbesluiten (${open.length})` });
    // Never decided since the import first, in agenda order; then the longest unchanged.
    expect(open[0]).toMatch(/^2\.6 .* \| nader te bepalen · nog niet gewijzigd sinds de import$/);
    expect(open.slice(-2)).toEqual([
      expect.stringMatching(/^2\.5 .* \| aangevraagd · ESF · €\u00a040\.000 · laatst gewijzigd 3 weken geleden\naanvraag bij de provincie$/),
      expect.stringMatching(/^3\.2 .* \| aangevraagd · gemeente · laatst gewijzigd 2 weken geleden$/),
    ]);
    for (const code of ["2.7 ", "1.3 ", "3.3 ", "1.1 "])
      expect(
        open.some((line) => line.startsWith(code)),
        code,
      ).toBe(false);
    // RWB covers more themes than fit: the rest is counted, with where to see them.
    const rwb = await digest("RWB");
    expect(section(rwb, /^Open financieringsbesluiten/)).toHaveLength(DIGEST_FUNDING_LIMIT);
    expect(renderText(rwb)).toMatch(/… en nog \d+ acties: `lijst financiering` toont ze allemaal, `financiering [\w.]+` één\./);
  });

  it("shows an applied-for decision with its source, amount, note and how long it has stood", () => {
    const action = (code: string, funding: ActionSummary["funding"], status: ActionSummary["status"] = "loopt"): ActionSummary => ({
      code,
      title: `Actie ${code}`,
      status,
      themeNumber: 1,
      pillarCode: "uitkering-naar-werk",
      scope: "REGIONAAL",
      trekkers: ["UWV"],
      financiering: "nader te bepalen",
      funding,
      lastUpdateAt: START,
    });
    const now = START;
    const blocks = fundingSection(
      [
        action("1.1", { status: "toegekend", source: "PoW", amountCents: 100, note: null, changedAt: new Date(now.getTime() - DAY) }),
        action("1.2", {
          status: "aangevraagd",
          source: "ESF",
          amountCents: 4_000_000,
          note: "bij de provincie",
          changedAt: new Date(now.getTime() - 21 * DAY),
        }),
        action("1.3", { status: "aangevraagd", source: null, amountCents: null, note: null, changedAt: new Date(now.getTime() - 2 * DAY) }),
        action("1.4", { status: "nader_te_bepalen", source: null, amountCents: null, note: null, changedAt: null }, "afgerond"),
      ],
      now,
      "nl",
    );
    const list = blocks.find((block) => block.type === "list");
    expect(list?.type === "list" && list.items.map((item) => [item.title, item.detail])).toEqual([
      ["1.2 Actie 1.2", "aangevraagd · ESF · €\u00a040.000 · laatst gewijzigd 3 weken geleden\nbij de provincie"],
      ["1.3 Actie 1.3", "aangevraagd · bron onbekend · laatst gewijzigd 2 dagen geleden"],
    ]);
    expect(fundingSection([], now, "en")).toEqual([{ type: "context", text: "No open funding decisions." }]);
  });

  describe("in the whole digest", () => {
    it("comes after what is still to be worked out and before the escalations, in Dutch and English", async () => {
      const message = await digest("RWB", "en");
      const sections = message.blocks.flatMap((block) => (block.type === "section" ? [block.text] : []));
      const funding = sections.findIndex((text) => text.startsWith("Open funding decisions"));
      expect(funding).toBeGreaterThan(sections.findIndex((text) => text.startsWith("Still to be worked out")));
      expect(renderText(message)).toContain("to be decided · unchanged since the import");
      const overleg: OverlegInfo = { code: "X", name: "X", level: "", reach: "", themesText: "", pillars: ["p"], pillarsPossible: [] };
      const empty = buildDigest(
        { overleg, themes: [], actions: [], activity: [], escalations: { open: [], resolved: [] }, since: START, now: START },
        "nl",
      );
      expect(renderText(empty)).toContain("Geen open financieringsbesluiten.");
    });
  });
});
