import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAgo, formatDateTime } from "../../../src/core/i18n/time.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";

const NOW = new Date("2026-12-01T10:42:00+01:00"); // Tuesday in Amsterdam
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("relative times as people say them", () => {
  it.each([
    [20 * 1000, "zojuist", "just now"],
    [-5 * 1000, "zojuist", "just now"],
    [4 * MINUTE, "4 minuten geleden", "4 minutes ago"],
    [1 * MINUTE, "1 minuut geleden", "1 minute ago"],
    [3 * HOUR, "3 uur geleden", "3 hours ago"],
    [11 * HOUR, "gisteren", "yesterday"], // 23:42 on Monday
    [2 * DAY, "2 dagen geleden", "2 days ago"],
    [21 * DAY, "3 weken geleden", "3 weeks ago"],
    [120 * DAY, "4 maanden geleden", "4 months ago"],
  ])("%d ms ago is %s", (ms, nl, en) => {
    expect(formatAgo(ago(ms), NOW, "nl")).toBe(nl);
    expect(formatAgo(ago(ms), NOW, "en")).toBe(en);
  });

  it("never says 'binnen een minuut' or 'in 0 minutes'", () => {
    expect(formatAgo(NOW, NOW, "nl")).toBe("zojuist");
    expect(formatAgo(NOW, NOW, "en")).toBe("just now");
  });

  it("gives the time of day in Amsterdam", () => {
    expect(formatDateTime(NOW, "nl")).toBe("1 dec 2026 10:42");
    expect(formatDateTime(NOW, "en")).toBe("1 Dec 2026 10:42");
  });
});

describe("an import is not an update (PGlite)", () => {
  let agenda: TestAgenda;
  beforeAll(async () => {
    agenda = await openTestAgenda("pglite");
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("lists imported actions as not updated since the import, in the digest and in `toon`", async () => {
    const reader = await agenda.actor({ email: null });
    const digest = renderText((await agenda.core.run("digest RWB", reader)).message);
    expect(digest).toContain("nog geen update sinds de import");
    expect(digest).not.toContain("laatste update");
    expect(renderText((await agenda.core.run("toon 1.3", reader)).message)).toMatch(/Laatste update\W+nog geen \(geïmporteerd op \d+ \w+ \d{4}\)/);
    const digestEn = await agenda.core.digestFor("RWB", new Date(Date.now() - 7 * DAY), new Date(), "en");
    expect(renderText(digestEn as Message)).toContain("no update since the import");
  });

  it("shows a real update as one, and the time of day in the history", async () => {
    const leader = await agenda.actor({ email: LEADER });
    await agenda.core.run("status 1.3 loopt eerste gesprekken", leader);
    const shown = renderText((await agenda.core.run("toon 1.3", leader)).message);
    expect(shown).toMatch(/Laatste update\W+\d+ \w+ \d{4} \(zojuist\)/);
    expect(shown).toMatch(/\d+ \w+ \d{4} \d\d:\d\d · nader uit te werken → loopt/);
  });
});
