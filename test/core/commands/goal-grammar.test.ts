import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import type { Command, ParseError } from "../../../src/core/commands/types.js";
import { texts } from "../../../src/core/i18n/index.js";

describe("goal grammar: valid input", () => {
  const cases: [string, Command, boolean?][] = [
    [
      "doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2026",
      { name: "doel", code: "1.3", description: "zzp'ers gesproken", target: 200, unit: "zzp'ers", due: { day: 31, month: 12, year: 2026 } },
    ],
    // The number first: the words after it describe the goal, the first of them is the unit.
    [
      "doel 1.3 200 zzp'ers gesproken per 31-12",
      { name: "doel", code: "1.3", description: "zzp'ers gesproken", target: 200, unit: "zzp'ers", due: { day: 31, month: 12 } },
    ],
    ["doel 2.5 plaatsingen 40", { name: "doel", code: "2.5", description: "plaatsingen", target: 40 }],
    ["doel 2.5 bereik 75%", { name: "doel", code: "2.5", description: "bereik", target: 75, unit: "%" }],
    [
      "doel 2.5 trajecten 1.000 per 2027-03-01",
      { name: "doel", code: "2.5", description: "trajecten", target: 1000, due: { day: 1, month: 3, year: 2027 } },
    ],
    ["doel 2.5 uren 12,5 uur per week", { name: "doel", code: "2.5", description: "uren", target: 12.5, unit: "uur per week" }],
    ["doel 2.5 2 banenmarkten 3 markten", { name: "doel", code: "2.5", description: "2 banenmarkten", target: 3, unit: "markten" }],
    [
      "goal 1.3 people reached 200 people by 31/12/2026",
      { name: "doel", code: "1.3", description: "people reached", target: 200, unit: "people", due: { day: 31, month: 12, year: 2026 } },
      true,
    ],
    ["meting 1.3 1 120", { name: "meting", code: "1.3", goal: "1", value: 120 }],
    ["meting 1.3 #2 12,5 eerste kwartaal", { name: "meting", code: "1.3", goal: "2", value: 12.5, note: "eerste kwartaal" }],
    ["meting 1.3 zzp 0", { name: "meting", code: "1.3", goal: "zzp", value: 0 }],
    ["measure 1.3 1 1.200 end of Q1", { name: "meting", code: "1.3", goal: "1", value: 1200, note: "end of Q1" }, true],
    ["lijst verlopen", { name: "verlopen", filter: {} }],
    ["lijst verlopen thema 5", { name: "verlopen", filter: { themes: [5] } }],
    ["list overdue", { name: "verlopen", filter: {} }, true],
  ];
  it.each(cases)("%s", (input, expected, english = false) => {
    expect(parseCommand(input)).toEqual({ ok: true, command: expected, english });
  });
});

describe("goal grammar: bad input names the problem and how to write it", () => {
  const cases: [string, ParseError, RegExp][] = [
    ["doel 1.3", { code: "missing-goal-description" }, /hoort een omschrijving/],
    ["doel 1.3 zzp'ers gesproken", { code: "missing-goal-target" }, /hoort een streefwaarde: een getal/],
    ["doel 1.3 200", { code: "missing-goal-description" }, /hoort een omschrijving/],
    ["doel 1.3 zzp'ers gesproken 0", { code: "invalid-goal-target", given: "0" }, /groter zijn dan 0/],
    ["doel 1.3 gesprekken 10 per 31-02-2026", { code: "invalid-date", given: "31-02-2026" }, /`31-02-2026` is geen datum/],
    ["doel 1.3 gesprekken 10 per 32-12", { code: "invalid-date", given: "32-12" }, /dag-maand-jaar \(31-12-2026\)/],
    ["doel 1.3 gesprekken 10 per 12-2026", { code: "invalid-date", given: "12-2026" }, /is geen datum/],
    ["doel 1.3 gesprekken 10 per 31-12-1999", { code: "invalid-date", given: "31-12-1999" }, /is geen datum/],
    [
      `doel 1.3 ${"x".repeat(301)} 10`,
      { code: "goal-text-too-long", what: "description", length: 301, max: 300 },
      /301 tekens lang; het maximum is 300/,
    ],
    ["doel 13 gesprekken 10", { code: "invalid-action-code", command: "doel", given: "13" }, /geen actiecode/],
    ["meting 1.3", { code: "missing-goal" }, /horen het doel en de gemeten waarde/],
    ["meting 1.3 1", { code: "invalid-goal-value", given: "" }, /hoort een gemeten waarde/],
    ["meting 1.3 1 veel", { code: "invalid-goal-value", given: "veel" }, /`veel` is geen gemeten waarde/],
    ["meting 1.3 1 -5", { code: "invalid-goal-value", given: "-5" }, /getal van 0 of meer/],
    ["meting 1.3 1 12abc", { code: "invalid-goal-value", given: "12abc" }, /geen gemeten waarde/],
    ["meting", { code: "missing-action-code", command: "meting" }, /hoort de code van een actie/],
  ];
  it.each(cases)("%s", (input, error, dutch) => {
    const result = parseCommand(input);
    expect(result).toEqual({ ok: false, error, english: false });
    const { problem, hint } = texts("nl").parse(error);
    expect(`${problem} ${hint}`).toMatch(dutch);
    const english = texts("en").parse(error);
    expect(english.problem.length).toBeGreaterThan(0);
    expect(english.hint).toMatch(/`/);
  });

  it("suggests the goal commands for a typo", () => {
    expect(parseCommand("doell 1.3 x 5")).toMatchObject({ ok: false, error: { code: "unknown-command", suggestion: "doel" } });
    expect(parseCommand("mting 1.3 1 5")).toMatchObject({ ok: false, error: { code: "unknown-command", suggestion: "meting" } });
  });
});
