import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";

describe("the reply language is the person's, not the command word's (PGlite)", () => {
  let agenda: TestAgenda;
  let dutch: Actor;
  let english: Actor;
  beforeAll(async () => {
    agenda = await openTestAgenda("pglite");
    dutch = { ...(await agenda.actor({ email: LEADER })), locale: "nl" };
    english = { ...dutch, locale: "en" };
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("answers a Dutch user in Dutch when they type English command words", async () => {
    expect(renderText((await agenda.core.run("show 1.3", dutch)).message)).toContain("Trekker(s):");
    expect(renderText((await agenda.core.run("list theme 4", dutch)).message)).toContain("Filter: thema 4 (");
    expect(renderText((await agenda.core.run("remind", dutch)).message)).toContain("Herinneringsronde:");
  });

  it("answers an English user in English when they type Dutch command words", async () => {
    expect(renderText((await agenda.core.run("toon 1.3", english)).message)).toContain("Lead organisation(s):");
    expect(renderText((await agenda.core.run("lijst thema 4", english)).message)).toContain("Filter: theme 4 (");
  });

  it("uses DEFAULT_LOCALE (nl) when the platform gives no locale", async () => {
    const unknown = await agenda.actor({ email: null });
    expect(unknown.locale).toBeUndefined();
    expect(renderText((await agenda.core.run("show 1.3", unknown)).message)).toContain("Trekker(s):");
    expect(renderText((await agenda.core.run("show 99.9", unknown)).message)).toContain("bestaat niet");
  });
});
