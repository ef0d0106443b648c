import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../../src/core/commands/closest.js";
import { parseCommand } from "../../../src/core/commands/grammar.js";
import { medianCost } from "../../support/median-cost.js";

/** The full table, as the matcher computed it before it was bounded: the reference for the banded one. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe("closest: the matcher behind 'did you mean'", () => {
  it("computes the same distance as the full table, and limit + 1 once it is certain to be over the limit", () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () => Array.from({ length: Math.floor(random() * 9) }, () => "abc"[Math.floor(random() * 3)]).join("");
    for (let i = 0; i < 5000; i++) {
      const a = word();
      const b = word();
      const limit = Math.floor(random() * 5);
      const full = fullDistance(a, b);
      expect(editDistance(a, b)).toBe(full);
      expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(full > limit ? limit + 1 : full);
    }
    expect(editDistance("statsu", "status")).toBe(1);
    expect(editDistance("x".repeat(100_000), "lijst", 2)).toBe(3);
  });

  it("suggests the first of two equally near candidates, not the last", () => {
    // `lint` is one letter from both `list` (lijst) and `link` (koppel); `list` comes first in the grammar.
    expect(closest("lint", ["list", "link"])).toBe("list");
    expect(closest("lint", ["link", "list"])).toBe("link");
    expect(closest("lnik", ["link", "lijst", "lint"])).toBe("link");
    const parsed = parseCommand("lint thema 4");
    expect(parsed).toMatchObject({ ok: false, error: { code: "unknown-command", given: "lint", suggestion: "lijst", suggestionArgs: "thema 4" } });
  });

  it("still finds typos and prefixes, and nothing for words that are far off", () => {
    expect(closest("stauts", ["status", "notitie"])).toBe("status");
    expect(closest("not", ["status", "notitie"])).toBe("notitie");
    expect(closest("xyzzy", ["status", "notitie"])).toBeUndefined();
  });

  it("costs no more for a word of thousands of letters than for a short typo", () => {
    const candidates = ["help", "hulp", "mijn", "mine", "toon", "bekijk", "show", "lijst", "list", "zoek", "search", "status", "notitie", "escaleer"];
    const typo = () => closest("notiite", candidates);
    const long = "notitie".repeat(570);
    const huge = () => closest(long, candidates);
    // Warm both paths up, then compare medians: a relation between two costs on this machine, not a speed.
    medianCost(typo, 200, 3);
    medianCost(huge, 1, 3);
    const typoCost = medianCost(typo, 200, 11);
    const hugeCost = medianCost(huge, 5, 11);
    expect(hugeCost / typoCost).toBeLessThan(10);
  });
});
