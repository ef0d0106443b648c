import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import type { Command, ParseError } from "../../../src/core/commands/types.js";
import { texts } from "../../../src/core/i18n/index.js";

const LONG = "x".repeat(2001);

describe("escalation grammar: valid input", () => {
  const cases: [string, Command, boolean?][] = [
    ["escalaties", { name: "escalaties" }],
    ["escalaties RWB", { name: "escalaties", overleg: "RWB" }],
    ["escalations amro", { name: "escalaties", overleg: "amro" }, true],
    ["antwoord 12 het RWB financiert fase 2", { name: "antwoord", number: 12, text: "het RWB financiert fase 2" }],
    ["antwoord #12 ja", { name: "antwoord", number: 12, text: "ja" }],
    ["beantwoord 3 regel een\nregel twee", { name: "antwoord", number: 3, text: "regel een\nregel twee" }],
    ["answer #1 RWB pays", { name: "antwoord", number: 1, text: "RWB pays" }, true],
    ["sluit 4 dubbel gesteld, zie #3", { name: "sluit", number: 4, text: "dubbel gesteld, zie #3" }],
    ["close #4 asked twice", { name: "sluit", number: 4, text: "asked twice" }, true],
    [`antwoord 1 ${"a".repeat(2000)}`, { name: "antwoord", number: 1, text: "a".repeat(2000) }],
    // With the overleg named, a question may start with the word: it is a question, not a closure.
    ["escaleer 1.3 RWB: sluit 1 school eerder?", { name: "escaleer", code: "1.3", overleg: "RWB", question: "sluit 1 school eerder?" }],
    ["escaleer 1.3 sluit de school eerder?", { name: "escaleer", code: "1.3", question: "sluit de school eerder?" }],
  ];
  it.each(cases.map(([input, ...rest]) => [input.length > 60 ? `${input.slice(0, 40)}… (${input.length} chars)` : input, input, ...rest] as const))(
    "%s",
    (_label, input, expected, english = false) => {
      expect(parseCommand(input)).toEqual({ ok: true, command: expected, english });
    },
  );
});

describe("escalation grammar: bad input names the problem, in Dutch and English", () => {
  const cases: [string, ParseError, string, string][] = [
    [
      "antwoord",
      { code: "missing-escalation-number", command: "antwoord" },
      "Bij `antwoord` hoort het nummer van een escalatie.",
      "`answer` needs the number of an escalation.",
    ],
    [
      "sluit",
      { code: "missing-escalation-number", command: "sluit" },
      "Bij `sluit` hoort het nummer van een escalatie.",
      "`close` needs the number of an escalation.",
    ],
    [
      "antwoord abc ja",
      { code: "invalid-escalation-number", command: "antwoord", given: "abc" },
      "`abc` is geen nummer van een escalatie.",
      "`abc` is not the number of an escalation.",
    ],
    ["antwoord 0 ja", { code: "invalid-escalation-number", command: "antwoord", given: "0" }, "`0` is geen nummer", "`0` is not the number"],
    ["sluit #-1 weg", { code: "invalid-escalation-number", command: "sluit", given: "#-1" }, "`#-1` is geen nummer", "`#-1` is not the number"],
    ["antwoord 12", { code: "empty-text", command: "antwoord" }, "Bij `antwoord` hoort een tekst.", "`answer` needs a text."],
    ["antwoord 12    ", { code: "empty-text", command: "antwoord" }, "Bij `antwoord` hoort een tekst.", "`answer` needs a text."],
    ["sluit 12", { code: "empty-text", command: "sluit" }, "Bij `sluit` hoort een tekst.", "`close` needs a text."],
    [
      `antwoord 12 ${LONG}`,
      { code: "text-too-long", command: "antwoord", length: 2001, max: 2000 },
      "Je tekst is 2001 tekens lang; het maximum is 2000.",
      "Your text is 2001 characters long; the maximum is 2000.",
    ],
    [
      "escaleer 1.3 sluit 1",
      { code: "escalation-command-in-question", command: "sluit", action: "1.3", number: 1 },
      "Dit maakt geen nieuwe escalatie: sluit escalatie #1 met `sluit 1 <reden>`. Er is niets opgeslagen.",
      "This raises no new escalation: close escalation #1 with `close 1 <reason>`. Nothing was stored.",
    ],
    [
      "escaleer 1.3 sluit #1 dubbel",
      { code: "escalation-command-in-question", command: "sluit", action: "1.3", number: 1 },
      "`sluit 1 <reden>`",
      "`close 1 <reason>`",
    ],
    [
      "escalate 2.5 close 3",
      { code: "escalation-command-in-question", command: "sluit", action: "2.5", number: 3 },
      "`sluit 3 <reden>`",
      "`close 3 <reason>`",
    ],
    [
      "escaleer 1.3 antwoord 2 ja",
      { code: "escalation-command-in-question", command: "antwoord", action: "1.3", number: 2 },
      "beantwoord escalatie #2 met `antwoord 2 <tekst>`",
      "answer escalation #2 with `answer 2 <text>`",
    ],
    [
      "antwoord 1 a\u0000b",
      { code: "control-character", command: "antwoord", character: "U+0000", position: 13 },
      "Je antwoord bevat een onzichtbaar stuurteken",
      "Your answer contains an invisible control character",
    ],
  ];
  it.each(cases.map(([input, ...rest]) => [input.length > 60 ? `${input.slice(0, 40)}… (${input.length} chars)` : input, input, ...rest] as const))(
    "%s",
    (_label, input, error, dutch, english) => {
      const result = parseCommand(input);
      if (result.ok) throw new Error(`parsed: ${JSON.stringify(result.command)}`);
      expect(result.error).toEqual(error);
      expect(texts("nl").parse(result.error).problem).toContain(dutch);
      expect(texts("en").parse(result.error).problem).toContain(english);
      expect(texts("nl").parse(result.error).hint).toBeTruthy();
      expect(texts("en").parse(result.error).hint).toBeTruthy();
    },
  );

  it("points `escaleer 1.3 sluit 1` to `sluit 1`, and says how to ask such a question after all", () => {
    const parsed = parseCommand("escaleer 1.3 sluit 1");
    if (parsed.ok) throw new Error("parsed");
    expect(texts("nl").parse(parsed.error).hint).toBe("Is het toch een nieuwe vraag? Noem dan het overleg ervoor: `escaleer 1.3 RWB: …`.");
    expect(texts("en").parse(parsed.error).hint).toBe("A new question after all? Then name the overleg first: `escalate 1.3 RWB: …`.");
  });

  it("suggests the command for a mistyped escalation word", () => {
    expect(parseCommand("antwrd 3 ja")).toMatchObject({
      ok: false,
      error: { code: "unknown-command", suggestion: "antwoord", suggestionArgs: "3 ja" },
    });
    expect(parseCommand("escalatis")).toMatchObject({ ok: false, error: { code: "unknown-command", suggestion: "escalaties" } });
  });
});
