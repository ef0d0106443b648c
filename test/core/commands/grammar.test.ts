import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import type { Command, ParseError } from "../../../src/core/commands/types.js";
import { texts } from "../../../src/core/i18n/index.js";

const LONG = "x".repeat(2001);

describe("command grammar: valid input", () => {
  const cases: [string, Command, boolean?][] = [
    ["help", { name: "help" }],
    ["help status", { name: "help", topic: "status" }],
    ["/actie mijn", { name: "mijn" }],
    ["mine", { name: "mijn" }, true],
    ["toon 1.3", { name: "toon", code: "1.3" }],
    ["show hlm.2", { name: "toon", code: "HLM.2" }, true],
    ["toon LOK.4.1", { name: "toon", code: "LOK.4.1" }],
    ["lijst", { name: "lijst", filter: {}, share: false }],
    ["lijst thema 4", { name: "lijst", filter: { themes: [4] }, share: false }],
    ["lijst thema 1,2", { name: "lijst", filter: { themes: [1, 2] }, share: false }],
    ["lijst pijler werk naar werk", { name: "lijst", filter: { pillar: "werk naar werk" }, share: false }],
    ["lijst status nader uit te werken", { name: "lijst", filter: { statuses: ["nader_uit_te_werken"] }, share: false }],
    ["lijst scope ijmond deel", { name: "lijst", filter: { scope: "ijmond" }, share: true }],
    ["list theme 4 status running", { name: "lijst", filter: { themes: [4], statuses: ["loopt"] }, share: false }, true],
    ["lijst trekker UWV", { name: "lijst", filter: { trekker: "UWV" }, share: false }],
    ["zoek scholing", { name: "zoek", text: "scholing" }],
    ["status", { name: "status-form" }],
    ["status 1.3", { name: "status-form", code: "1.3" }],
    ["status 1.3 loopt", { name: "status", code: "1.3", status: "loopt" }],
    ["status 1.3 loopt eerste bijeenkomst gehouden", { name: "status", code: "1.3", status: "loopt", note: "eerste bijeenkomst gehouden" }],
    ["status 2.5 nader uit te werken wacht op UWV", { name: "status", code: "2.5", status: "nader_uit_te_werken", note: "wacht op UWV" }],
    ["status 2.5 Afgerond", { name: "status", code: "2.5", status: "afgerond" }],
    ["status 2.5 on hold budget", { name: "status", code: "2.5", status: "gepauzeerd", note: "budget" }],
    ["notitie 1.3 startbijeenkomst op 12 mei", { name: "notitie", code: "1.3", text: "startbijeenkomst op 12 mei" }],
    ["notitie 1.3 regel een\nregel twee", { name: "notitie", code: "1.3", text: "regel een\nregel twee" }],
    ["escaleer 6.6 wie betaalt?", { name: "escaleer", code: "6.6", question: "wie betaalt?" }],
    ["escaleer 6.6 RWB: wie betaalt?", { name: "escaleer", code: "6.6", overleg: "RWB", question: "wie betaalt?" }],
    ["trekker 1.3 <@U123ABC>", { name: "trekker", codes: ["1.3"], people: [{ kind: "mention", id: "U123ABC" }], remove: false }],
    ["trekker 1.3 <@U123ABC|anna>", { name: "trekker", codes: ["1.3"], people: [{ kind: "mention", id: "U123ABC", label: "anna" }], remove: false }],
    ["trekker 1.3 Anna@Haarlem.nl", { name: "trekker", codes: ["1.3"], people: [{ kind: "email", email: "anna@haarlem.nl" }], remove: false }],
    [
      "trekker 1.3 1.4 2,1 <@U1|anna> bob@uwv.nl",
      {
        name: "trekker",
        codes: ["1.3", "1.4", "2.1"],
        people: [
          { kind: "mention", id: "U1", label: "anna" },
          { kind: "email", email: "bob@uwv.nl" },
        ],
        remove: false,
      },
    ],
    [
      "trekker 1.3 <@29:anna|Anna de Vries>, <@29:bob|Bob>",
      {
        name: "trekker",
        codes: ["1.3"],
        people: [
          { kind: "mention", id: "29:anna", label: "Anna de Vries" },
          { kind: "mention", id: "29:bob", label: "Bob" },
        ],
        remove: false,
      },
    ],
    [
      "trekker 1.3, 1.4, 1.3 weg anna@haarlem.nl, bob@uwv.nl",
      {
        name: "trekker",
        codes: ["1.3", "1.4"],
        people: [
          { kind: "email", email: "anna@haarlem.nl" },
          { kind: "email", email: "bob@uwv.nl" },
        ],
        remove: true,
      },
    ],
    ["trekker 1.3 weg anna@haarlem.nl", { name: "trekker", codes: ["1.3"], people: [{ kind: "email", email: "anna@haarlem.nl" }], remove: true }],
    ["koppel RWB", { name: "koppel", overleg: "RWB" }],
    ["digest", { name: "digest" }],
    ["digest AMRO", { name: "digest", overleg: "AMRO" }],
    ["digest nu", { name: "digest", now: true }],
  ];
  it.each(cases.map(([input, ...rest]) => [input.length > 60 ? `${input.slice(0, 40)}… (${input.length} chars)` : input, input, ...rest] as const))(
    "%s",
    (_label, input, expected, english = false) => {
      const result = parseCommand(input);
      expect(result).toEqual({ ok: true, command: expected, english });
    },
  );
});

describe("command grammar: bad input names the problem", () => {
  const cases: [string, ParseError][] = [
    ["", { code: "empty" }],
    ["stauts 1.3 loopt", { code: "unknown-command", given: "stauts", suggestion: "status", suggestionArgs: "1.3 loopt" }],
    ["lijts", { code: "unknown-command", given: "lijts", suggestion: "lijst" }],
    // The suggestion is the whole command corrected at once: the command word and the status (or filter word) in it.
    ["staus 1.3 lopt", { code: "unknown-command", given: "staus", suggestion: "status", suggestionArgs: "1.3 loopt" }],
    ["staus 1.3 lopt eerste pilot", { code: "unknown-command", given: "staus", suggestion: "status", suggestionArgs: "1.3 loopt eerste pilot" }],
    ["stauts 1.3 nader uit te werkn", { code: "unknown-command", given: "stauts", suggestion: "status", suggestionArgs: "1.3 nader uit te werken" }],
    ["lijts tema 4 status lopt", { code: "unknown-command", given: "lijts", suggestion: "lijst", suggestionArgs: "thema 4 status loopt" }],
    ["stauts 1.3 banaan", { code: "unknown-command", given: "stauts", suggestion: "status", suggestionArgs: "1.3 banaan" }],
    // `lint` is as near to another command word as to `lijst`: a tie keeps the first candidate.
    ["lint", { code: "unknown-command", given: "lint", suggestion: "lijst" }],
    ["1.3", { code: "unknown-command", given: "1.3", suggestion: "toon", suggestionArgs: "1.3" }],
    ["xyzzy", { code: "unknown-command", given: "xyzzy" }],
    ["toon", { code: "missing-action-code", command: "toon" }],
    ["toon abc", { code: "invalid-action-code", command: "toon", given: "abc" }],
    ["status 1.3 lopt", { code: "unknown-status", given: "lopt", suggestion: "loopt", fix: { at: 2, count: 1, to: "loopt" } }],
    ["status 1.3 klaarr", { code: "unknown-status", given: "klaarr", suggestion: "afgerond", fix: { at: 2, count: 1, to: "klaar" } }],
    ["status 1.3 banaan", { code: "unknown-status", given: "banaan" }],
    ["notitie 1.3", { code: "empty-text", command: "notitie" }],
    ["notitie 1.3    ", { code: "empty-text", command: "notitie" }],
    [`notitie 1.3 ${LONG}`, { code: "text-too-long", command: "notitie", length: 2001, max: 2000 }],
    [`status 1.3 loopt ${LONG}`, { code: "text-too-long", command: "status", length: 2001, max: 2000 }],
    ["escaleer 1.3", { code: "empty-text", command: "escaleer" }],
    ["zoek", { code: "empty-text", command: "zoek" }],
    ["trekker 1.3", { code: "missing-person", command: "trekker" }],
    ["trekker 1.3 weg", { code: "missing-person", command: "trekker" }],
    ["trekker 1.3 iemand", { code: "invalid-person", given: "iemand" }],
    ["koppel", { code: "missing-overleg" }],
    ["lijst tema 4", { code: "unknown-list-filter", given: "tema", suggestion: "thema", fix: { at: 1, count: 1, to: "thema" } }],
    ["lijst thema", { code: "missing-filter-value", key: "thema" }],
    ["lijst thema vier", { code: "invalid-theme-number", given: "vier" }],
    ["lijst status blauw", { code: "unknown-status", given: "blauw" }],
  ];
  it.each(cases.map(([input, error]) => [input.length > 60 ? `${input.slice(0, 40)}… (${input.length} chars)` : input, input, error] as const))(
    "%s",
    (_label, input, error) => {
      const result = parseCommand(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual(error);
    },
  );
});

describe("command grammar: the suggestion for a mistyped command is a command that works", () => {
  it.each([
    ["nl", "staus 1.3 lopt", "Bedoel je `status 1.3 loopt`?"],
    ["en", "staus 1.3 lopt", "Did you mean `status 1.3 loopt`?"],
  ] as const)("%s: %s", (locale, input, hint) => {
    const parsed = parseCommand(input);
    if (parsed.ok) throw new Error("parsed");
    expect(texts(locale).parse(parsed.error).hint).toContain(hint);
    const suggested = /`([^`]+)`\?/.exec(hint)?.[1] ?? "";
    expect(parseCommand(suggested).ok).toBe(true);
  });
});
