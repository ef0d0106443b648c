import { describe, expect, it } from "vitest";
import { type Message, message, notice } from "../../src/core/messages/model.js";
import { type CardElement, renderCards } from "../../src/teams/adaptive-card.js";

/**
 * Text colours on white as light Teams themes and host configs draw them (approximate values, the darkest and a
 * lighter variant where they differ). `Good` and `Warning` stand for the light green and yellow the issue found
 * unreadable; the renderer must never use them on text.
 */
const ON_WHITE: Record<string, string[]> = {
  Default: ["#242424", "#000000"],
  Accent: ["#5B5FC7", "#0063B1"],
  Attention: ["#C4314B", "#C3112F"],
  Good: ["#92C353", "#54A254"],
  Warning: ["#F8D22A", "#C87000"],
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** Every element of the cards, containers opened. */
function elementsOf(cards: { body: CardElement[] }[]): CardElement[] {
  const all: CardElement[] = [];
  const visit = (element: CardElement) => {
    all.push(element);
    for (const child of (element.items as CardElement[] | undefined) ?? []) visit(child);
  };
  for (const card of cards) for (const element of card.body) visit(element);
  return all;
}

const SIZES = ["Small", "Default", "Medium", "Large", "ExtraLarge"];
const WEIGHTS = ["Lighter", "Default", "Bolder"];
/** How strong a TextBlock reads: its size first, then its weight. */
const strength = (element: CardElement | undefined) =>
  SIZES.indexOf((element?.size as string | undefined) ?? "Default") * 10 + WEIGHTS.indexOf((element?.weight as string | undefined) ?? "Default");

describe("Adaptive Cards: headings and colours people can read", () => {
  it("renders a section heading stronger than the rows under it and weaker than the message's heading", () => {
    const detail = message("1.3", [
      { type: "heading", text: "1.3 Loopbaanadvies" },
      { type: "section", text: "Laatste wijzigingen" },
      { type: "list", items: [{ title: "2 dec 2026 10:14 · nader uit te werken → loopt", detail: "door anna@haarlem.nl · via Teams" }] },
      { type: "section", text: "Open escalaties" },
      { type: "list", items: [{ title: "#1 · RWB", detail: "Wie betaalt de pilot?" }] },
    ]);
    const elements = elementsOf(renderCards(detail));
    const heading = elements.find((element) => element.text === "1.3 Loopbaanadvies");
    const row = elements.find((element) => element.text === "2 dec 2026 10:14 · nader uit te werken → loopt");
    for (const text of ["Laatste wijzigingen", "Open escalaties"]) {
      const section = elements.find((element) => element.text === text);
      expect(section).toMatchObject({ type: "TextBlock", weight: "Bolder" });
      expect(strength(section)).toBeGreaterThan(strength(row));
      expect(strength(section)).toBeLessThan(strength(heading));
    }
  });

  const toned: [Message["tone"], Message][] = [
    ["success", notice("success", "Status van 1.3 bevestigd: loopt.")],
    ["warning", notice("warning", "Niemand krijgt een bericht.")],
    ["error", notice("error", "Je bent geen trekker van actie 1.3.")],
    ["info", notice("info", "Er loopt geen herinneringsronde.")],
  ];
  it.each(toned)("colours a %s message only in ways that meet WCAG AA (4.5:1) on white", (tone, shown) => {
    const elements = elementsOf(renderCards(shown));
    const colours = elements.flatMap((element) => (element.type === "TextBlock" ? [(element.color as string | undefined) ?? "Default"] : []));
    for (const colour of colours) {
      expect(ON_WHITE[colour], colour).toBeDefined();
      for (const hex of ON_WHITE[colour] ?? []) expect(contrastOnWhite(hex), `${colour} ${hex}`).toBeGreaterThanOrEqual(4.5);
    }
    // The tone still shows: a tinted container (text in the default colour) or the attention colour.
    const container = elements.find((element) => element.type === "Container");
    if (tone === "success") expect(container?.style).toBe("good");
    if (tone === "warning") expect(container?.style).toBe("warning");
    if (tone === "error") expect(colours[0]).toBe("Attention");
    if (tone === "info") expect(colours).toEqual(["Default"]);
  });

  it("knows the colours it avoids fail AA: light green and yellow on white", () => {
    expect(contrastOnWhite("#92C353")).toBeLessThan(4.5);
    expect(contrastOnWhite("#F8D22A")).toBeLessThan(4.5);
  });
});
