import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import type { Command, ParseError } from "../../../src/core/commands/types.js";
import { formatEuro, parseEuro } from "../../../src/core/domain/euro.js";
import { seedFunding } from "../../../src/core/domain/funding.js";
import { texts } from "../../../src/core/i18n/index.js";

const LONG = "x".repeat(2001);

describe("funding grammar: valid input", () => {
  const cases: [string, Command, boolean?][] = [
    ["financiering 1.3", { name: "financiering", code: "1.3" }],
    ["funding 2.5", { name: "financiering", code: "2.5" }, true],
    [
      "financiering 1.3 toegekend PoW €40.000 eerste tranche",
      { name: "financiering", code: "1.3", decision: { status: "toegekend", source: "PoW", amountCents: 4_000_000, note: "eerste tranche" } },
    ],
    [
      "funding 1.3 granted PoW €40,000 first tranche",
      { name: "financiering", code: "1.3", decision: { status: "toegekend", source: "PoW", amountCents: 4_000_000, note: "first tranche" } },
      true,
    ],
    [
      "financiering 1.3 aangevraagd ESF € 40.000,50",
      { name: "financiering", code: "1.3", decision: { status: "aangevraagd", source: "ESF", amountCents: 4_000_050 } },
    ],
    [
      "financiering 1.3 aangevraagd ESF 40000",
      { name: "financiering", code: "1.3", decision: { status: "aangevraagd", source: "ESF", amountCents: 4_000_000 } },
    ],
    [
      "financiering 1.3 Aangevraagd esf EUR 1.250",
      { name: "financiering", code: "1.3", decision: { status: "aangevraagd", source: "esf", amountCents: 125_000 } },
    ],
    [
      "financiering 1.3 toegekend gemeente €40.000,-",
      { name: "financiering", code: "1.3", decision: { status: "toegekend", source: "gemeente", amountCents: 4_000_000 } },
    ],
    // A source of several words in quotes; a source without an amount leaves no amount.
    [
      'financiering 1.3 aangevraagd "gemeente Haarlem" €12.500 via W&I',
      { name: "financiering", code: "1.3", decision: { status: "aangevraagd", source: "gemeente Haarlem", amountCents: 1_250_000, note: "via W&I" } },
    ],
    [
      "financiering 1.3 toegekend “landelijk steunpakket”",
      { name: "financiering", code: "1.3", decision: { status: "toegekend", source: "landelijk steunpakket", amountCents: null } },
    ],
    [
      "financiering 1.3 aangevraagd PoW",
      { name: "financiering", code: "1.3", decision: { status: "aangevraagd", source: "PoW", amountCents: null } },
    ],
    // Without a source the current source (and amount, unless given) stays.
    ["financiering 1.3 toegekend", { name: "financiering", code: "1.3", decision: { status: "toegekend" } }],
    ["financiering 1.3 toegekend €40.000", { name: "financiering", code: "1.3", decision: { status: "toegekend", amountCents: 4_000_000 } }],
    [
      "financiering 1.3 afgewezen - geen budget meer",
      { name: "financiering", code: "1.3", decision: { status: "afgewezen", note: "geen budget meer" } },
    ],
    ["funding 1.3 rejected ESF", { name: "financiering", code: "1.3", decision: { status: "afgewezen", source: "ESF", amountCents: null } }, true],
    [
      "financiering 1.3 niet toegekend ESF",
      { name: "financiering", code: "1.3", decision: { status: "afgewezen", source: "ESF", amountCents: null } },
    ],
    [
      "funding 1.3 applied for ESF",
      { name: "financiering", code: "1.3", decision: { status: "aangevraagd", source: "ESF", amountCents: null } },
      true,
    ],
    // Undecided again: the rest is the note; source and amount go.
    [
      "financiering 1.3 nader te bepalen wacht op besluit college",
      {
        name: "financiering",
        code: "1.3",
        decision: { status: "nader_te_bepalen", source: null, amountCents: null, note: "wacht op besluit college" },
      },
    ],
    [
      "funding 1.3 to be decided",
      { name: "financiering", code: "1.3", decision: { status: "nader_te_bepalen", source: null, amountCents: null } },
      true,
    ],
    ["lijst financiering nader te bepalen", { name: "lijst", filter: { funding: ["nader_te_bepalen"] }, share: false }],
    ["lijst financiering", { name: "lijst", filter: { funding: ["nader_te_bepalen", "aangevraagd"] }, share: false }],
    ["list funding granted theme 4", { name: "lijst", filter: { funding: ["toegekend"], themes: [4] }, share: false }, true],
    ["lijst status loopt financiering aangevraagd", { name: "lijst", filter: { statuses: ["loopt"], funding: ["aangevraagd"] }, share: false }],
    ["herinner financiering", { name: "herinner", filter: { funding: ["nader_te_bepalen", "aangevraagd"] }, start: false }],
    ["herinner start financiering thema 4", { name: "herinner", filter: { funding: ["nader_te_bepalen", "aangevraagd"], themes: [4] }, start: true }],
  ];
  it.each(cases.map(([input, ...rest]) => [input, input, ...rest] as const))("%s", (_label, input, expected, english = false) => {
    expect(parseCommand(input)).toEqual({ ok: true, command: expected, english });
  });
});

describe("funding grammar: bad input names the problem", () => {
  const cases: [string, ParseError][] = [
    ["financiering", { code: "missing-action-code", command: "financiering" }],
    ["financiering abc toegekend", { code: "invalid-action-code", command: "financiering", given: "abc" }],
    ["financiering 1.3 banaan", { code: "unknown-funding-status", given: "banaan" }],
    [
      "financiering 1.3 toegekendd PoW",
      { code: "unknown-funding-status", given: "toegekendd", suggestion: "toegekend", fix: { at: 2, count: 1, to: "toegekend" } },
    ],
    ["financiering 1.3 toegekend PoW 40k", { code: "invalid-amount", given: "40k", problem: "invalid-amount" }],
    ["financiering 1.3 toegekend PoW €4.00.0", { code: "invalid-amount", given: "€4.00.0", problem: "invalid-amount" }],
    ["financiering 1.3 toegekend PoW €0", { code: "invalid-amount", given: "€0", problem: "amount-out-of-range" }],
    ["financiering 1.3 toegekend PoW €2.000.000.000", { code: "invalid-amount", given: "€2.000.000.000", problem: "amount-out-of-range" }],
    ['financiering 1.3 aangevraagd "gemeente Haarlem €40.000', { code: "invalid-funding-source", given: "gemeente Haarlem €40.000" }],
    [`financiering 1.3 toegekend PoW €40.000 ${LONG}`, { code: "text-too-long", command: "financiering", length: 2001, max: 2000 }],
    ["lijst financiering banaan", { code: "unknown-funding-status", given: "banaan" }],
    [
      "herinner financiering toegekendd",
      { code: "unknown-funding-status", given: "toegekendd", suggestion: "toegekend", fix: { at: 2, count: 1, to: "toegekend" } },
    ],
  ];
  it.each(cases.map(([input, expected]) => [input.length > 60 ? `${input.slice(0, 40)}… (${input.length} chars)` : input, input, expected] as const))(
    "%s",
    (_label, input, expected) => {
      const result = parseCommand(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual(expected);
    },
  );

  it("says in Dutch and English what was wrong and how to write it", () => {
    const say = (input: string, locale: "nl" | "en") => {
      const result = parseCommand(input);
      if (result.ok) throw new Error(`${input} parsed`);
      return texts(locale).parse(result.error);
    };
    expect(say("financiering 1.3 toegekendd", "nl")).toEqual({
      problem: "`toegekendd` is geen stand van de financiering.",
      hint: "Bedoel je `toegekend`? Kies uit: nader te bepalen, aangevraagd, toegekend, afgewezen. Bijvoorbeeld `financiering 1.3 toegekend PoW €40.000 eerste tranche`.",
    });
    expect(say("funding 1.3 grantd", "en").hint).toContain("Did you mean `granted`? Choose from: to be decided, applied for, granted, rejected.");
    expect(say("financiering 1.3 toegekend PoW 40k", "nl")).toEqual({
      problem: "`40k` is geen bedrag.",
      hint: "Schrijf het bedrag als `€40.000`, `40000` of `€ 40.000,50`, na de bron: `financiering 1.3 toegekend PoW €40.000 eerste tranche`.",
    });
    expect(say("financiering 1.3 toegekend PoW €0", "en").problem).toBe("`€0` is not between €0.01 and €1,000,000,000.");
    expect(say('financiering 1.3 aangevraagd "gemeente', "nl").hint).toContain('"gemeente Haarlem"');
    // A mistyped command word is mended together with its funding state.
    expect(say("finaciering 1.3 toegekendd PoW", "nl").hint).toContain("`financiering 1.3 toegekend PoW`");
  });
});

describe("euro amounts", () => {
  const readable: [string, number][] = [
    ["€40.000", 4_000_000],
    ["€ 40.000", 4_000_000],
    ["€ 40.000,50", 4_000_050],
    ["40000", 4_000_000],
    ["40.000,-", 4_000_000],
    ["1.250.000,75", 125_000_075],
    ["EUR 1.250", 125_000],
    ["€40,000", 4_000_000],
    ["€40,000.50", 4_000_050],
    ["40,5", 4_050],
    ["12.5", 1_250],
    ["1.000.000.000", 100_000_000_000],
  ];
  it.each(readable)("reads %s", (text, cents) => expect(parseEuro(text)).toEqual({ ok: true, cents }));

  const refused: [string, string][] = [
    ["40k", "invalid-amount"],
    ["veertig", "invalid-amount"],
    ["4.00.0", "invalid-amount"],
    ["40.000,505", "invalid-amount"],
    ["40,000,00", "invalid-amount"],
    ["-40", "invalid-amount"],
    ["0", "amount-out-of-range"],
    ["1.000.000.001", "amount-out-of-range"],
  ];
  it.each(refused)("refuses %s", (text, problem) => expect(parseEuro(text)).toEqual({ ok: false, problem }));

  it("writes amounts the way each language does (a non-breaking space after the Dutch €), and reads them back", () => {
    expect(formatEuro(4_000_000, "nl")).toBe("€\u00a040.000");
    expect(formatEuro(4_000_050, "nl")).toBe("€\u00a040.000,50");
    expect(formatEuro(4_000_000, "en")).toBe("€40,000");
    expect(formatEuro(4_000_050, "en")).toBe("€40,000.50");
    for (const cents of [1, 99, 4_000_050, 100_000_000_000]) {
      for (const locale of ["nl", "en"] as const) expect(parseEuro(formatEuro(cents, locale))).toEqual({ ok: true, cents });
    }
  });
});

describe("funding seeded from the agenda's free text", () => {
  const cases: [string, ReturnType<typeof seedFunding>][] = [
    ["nader te bepalen", { status: "nader_te_bepalen", source: null }],
    ["lokaal nader te bepalen", { status: "nader_te_bepalen", source: null }],
    ["nader te bepalen, mogelijk deels uit PoW", { status: "nader_te_bepalen", source: null }],
    ["Nader  te bepalen", { status: "nader_te_bepalen", source: null }],
    ["", { status: "nader_te_bepalen", source: null }],
    ["onbekend", { status: "nader_te_bepalen", source: null }],
    ["n.t.b.", { status: "nader_te_bepalen", source: null }],
    ["?", { status: "nader_te_bepalen", source: null }],
    ["PoW", { status: "toegekend", source: "PoW" }],
    [" Budget IJmond Werkt ", { status: "toegekend", source: "Budget IJmond Werkt" }],
    ["Via landelijk steunpakket", { status: "toegekend", source: "Via landelijk steunpakket" }],
  ];
  it.each(cases)("%j", (text, expected) => expect(seedFunding(text)).toEqual(expected));
});
