import { describe, expect, it } from "vitest";
import { message } from "../../src/core/messages/model.js";
import { cardText, renderCards } from "../../src/teams/adaptive-card.js";
import { statusCard } from "../../src/teams/status-card.js";
import { emphasisMarks, inlineLinks, markdownTexts, visibleText } from "./card-markdown.js";

const LINK = "[Klik hier](https://evil.example/login)";
const ATTACKS = [
  LINK,
  `![logo](https://evil.example/pixel.png) en ${LINK}`,
  "**vet** _schuin_ ~~weg~~ *ook*",
  "&#91;Klik&#93;&#40;https://evil.example/login&#41;",
  `\\${LINK}`,
];

describe("Adaptive Cards: user text is escaped markdown", () => {
  it("renders user text in every kind of block as visible text: no link, no emphasis, nothing lost", () => {
    for (const attack of ATTACKS) {
      const cards = renderCards(
        message(attack, [
          { type: "heading", text: `1.3 ${attack}` },
          { type: "text", text: attack },
          { type: "context", text: `Petra: ${attack}` },
          { type: "fields", fields: [{ label: attack, value: attack }] },
          { type: "list", items: [{ title: attack, detail: `loopt · ${attack}` }] },
        ]),
      );
      const texts = markdownTexts(cards);
      expect(texts.length).toBeGreaterThanOrEqual(7);
      for (const text of texts) {
        expect(inlineLinks(text), text).toEqual([]);
        // A renderer that ignores escapes must not find a link either.
        expect(text).not.toContain("](");
        expect(emphasisMarks(text), text).toBe(0);
        expect(visibleText(text)).toContain(attack);
      }
    }
  });

  it("keeps lines of user text from becoming headings, quotes or lists", () => {
    const text = cardText("# kop\n> citaat\n- punt\n+ plus\n1. een\n2) twee\n1.3 blijft");
    expect(text).toBe("\\# kop\n\\> citaat\n\\- punt\n\\+ plus\n1\\. een\n2\\) twee\n1.3 blijft");
  });

  it("still shows the core's `commands` in bold, with user text inside escaped", () => {
    expect(cardText("Typ `help` voor alle opdrachten.")).toBe("Typ **help** voor alle opdrachten.");
    expect(cardText("Bedoel je `zoek [x](y)`?")).toBe("Bedoel je **zoek \\[x\\]\\(y)**?");
    expect(cardText("Een actiecode is <thema>.<nummer>")).toBe("Een actiecode is ‹thema›.‹nummer›");
  });

  it("escapes user text in the status form card too", () => {
    const action = {
      code: "1.3",
      title: LINK,
      status: "loopt" as const,
      themeNumber: 1,
      pillarCode: "uitkering-naar-werk",
      scope: "REGIONAAL",
      trekkers: [LINK],
      financiering: LINK,
      funding: { status: "nader_te_bepalen" as const, source: null, amountCents: null, note: null, changedAt: null },
      lastUpdateAt: new Date(),
    };
    const form = statusCard({ actions: [action] }, "nl", {
      values: { code: "1.3", note: LINK },
      errors: { note: `Niet goed: ${LINK}` },
    });
    const texts = markdownTexts(form);
    expect(texts.some((text) => visibleText(text).includes(LINK))).toBe(true);
    for (const text of texts) expect(inlineLinks(text)).toEqual([]);
  });
});
