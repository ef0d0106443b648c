import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import { MAX_INPUT_LENGTH } from "../../../src/core/domain/text-limits.js";
import { texts } from "../../../src/core/i18n/index.js";
import { medianCost } from "../../support/median-cost.js";

describe("command grammar: input refused before it is parsed", () => {
  it("refuses a 100,000-character word with a clear message, in Dutch and English", () => {
    const parsed = parseCommand("x".repeat(100_000));
    expect(parsed).toEqual({ ok: false, error: { code: "input-too-long", length: 100_000, max: MAX_INPUT_LENGTH }, english: false });
    if (parsed.ok) return;
    expect(texts("nl").parse(parsed.error).problem).toBe("Je bericht is 100000 tekens lang; een opdracht mag hoogstens 4000 tekens hebben.");
    expect(texts("en").parse(parsed.error).problem).toBe("Your message is 100000 characters long; a command can be at most 4000 characters.");
    expect(parseCommand(`note 1.3 ${"x".repeat(100_000)}`)).toMatchObject({ ok: false, error: { code: "input-too-long" }, english: true });
  });

  it("parses a long word no slower than a small multiple of a normal command, so other users are not kept waiting", () => {
    const normal = () => parseCommand("lint thema 4");
    // Over the limit: refused at once, whatever the size.
    const refused = ["x".repeat(100_000), "x".repeat(1_000_000), `notitie 1.3 ${"x".repeat(40_000)}`];
    // Just under it: a long word where a command word, a filter or a status is expected, so the matcher runs.
    const matched = [
      "lijst".repeat(798),
      `lijst ${"thema".repeat(797)}`,
      `status 1.3 ${"afgerond".repeat(498)}`,
      `lijst status ${"loopt".repeat(790)}`,
    ];
    for (const input of [...refused, ...matched]) expect(parseCommand(input).ok).toBe(false);
    // A relation between two costs on the same machine, measured side by side, not a speed. Before the input was
    // screened and the matcher bounded, one 100,000-character word cost as much as 60,000 normal commands, and
    // a 4,000-character one several hundred.
    medianCost(normal, 100, 3);
    const normalCost = medianCost(normal, 100, 11);
    const ratio = (input: string) => {
      const cost = medianCost(() => parseCommand(input), 1, 11) / normalCost;
      if (process.env.SHOW_COSTS) console.log(`${input.slice(0, 20)}… (${input.length} characters): ${cost.toFixed(2)} normal commands`);
      return cost;
    };
    for (const input of refused) expect(ratio(input), `${input.slice(0, 20)}… (${input.length} characters)`).toBeLessThan(5);
    for (const input of matched) expect(ratio(input), `${input.slice(0, 20)}… (${input.length} characters)`).toBeLessThan(50);
  });

  it("keeps the specific message for a note that is too long but fits in a command", () => {
    expect(parseCommand(`notitie 1.3 ${"x".repeat(2500)}`)).toMatchObject({ ok: false, error: { code: "text-too-long", length: 2500, max: 2000 } });
  });

  it("refuses control characters, naming the text they are in, and allows tabs and line breaks", () => {
    expect(parseCommand("notitie 1.3 eerste\u0000bijeenkomst")).toEqual({
      ok: false,
      error: { code: "control-character", command: "notitie", character: "U+0000", position: 19 },
      english: false,
    });
    expect(parseCommand("search scho\u001bling")).toMatchObject({
      ok: false,
      error: { code: "control-character", command: "zoek", character: "U+001B" },
      english: true,
    });
    expect(parseCommand("escaleer 1.3 RWB: wie\u007f?")).toMatchObject({
      ok: false,
      error: { code: "control-character", command: "escaleer", character: "U+007F" },
    });
    expect(parseCommand("\u0001")).toMatchObject({ ok: false, error: { code: "control-character", character: "U+0001" } });
    expect(parseCommand("notitie 1.3 regel één\r\n\tregel twee")).toEqual({
      ok: true,
      command: { name: "notitie", code: "1.3", text: "regel één\r\n\tregel twee" },
      english: false,
    });
    const nul = parseCommand("notitie 1.3 a\u0000b");
    if (nul.ok) throw new Error("accepted");
    expect(texts("nl").parse(nul.error).problem).toBe(
      "Je notitie bevat een onzichtbaar stuurteken (U+0000, teken 14). Dat kan ik niet opslaan of zoeken.",
    );
    const search = parseCommand("zoek a\u0000b");
    if (search.ok) throw new Error("accepted");
    expect(texts("en").parse(search.error).problem).toBe(
      "Your search text contains an invisible control character (U+0000, character 7). I cannot store or search for it.",
    );
  });
});
