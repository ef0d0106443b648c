import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { texts } from "../../../src/core/i18n/index.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";

describe("Dutch wording", () => {
  it("agrees the verb with the count: 1 van de 1 trekker heeft gereageerd", () => {
    expect(texts("nl").digest.round(1, 1)).toBe("Herinneringsronde: 1 van de 1 trekker heeft gereageerd (100%).");
    expect(texts("nl").rounds.responseRate(2, 3)).toBe("2 van de 3 trekkers hebben gereageerd (67%)");
    expect(texts("en").rounds.responseRate(1, 1)).toBe("1 of the 1 lead has responded (100%)");
  });

  it("names platforms as they are written", () => {
    expect(texts("nl").history.via).toEqual({
      slack: "via Slack",
      teams: "via Teams",
      cli: "via de CLI",
      import: "via de import",
      system: "door het systeem",
      mail: "via e-mail",
      web: "via de bijwerkpagina",
    });
    expect(texts("en").history.via.cli).toBe("via the CLI");
  });
});

describe("Dutch wording in replies (PGlite)", () => {
  let agenda: TestAgenda;
  beforeAll(async () => {
    agenda = await openTestAgenda("pglite");
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("says 'ze' for de vraag of an escalation", async () => {
    const leader = await agenda.actor({ email: LEADER });
    const text = renderText((await agenda.core.run("escaleer 1.3 RWB: wie betaalt fase 2?", leader)).message);
    expect(text).toContain("ze staat in de volgende digest tot ze is opgelost");
    expect(text).not.toContain("hij staat");
  });

  it("shows where a change came from in capitals: via de CLI, via de import", async () => {
    const leader = await agenda.actor({ email: LEADER });
    await agenda.core.run("status 1.4 loopt gestart", leader);
    const text = renderText((await agenda.core.run("toon 1.4", leader)).message);
    expect(text).toContain("· via de CLI");
    expect(text).toContain("· via de import");
    expect(text).not.toMatch(/via (cli|import|teams|slack)\b/);
  });

  it("names the theme in a list's filter: thema 4 (its title)", async () => {
    const reader = await agenda.actor({ email: null });
    const title = agenda.definition.themes.find((theme) => theme.number === 4)?.title;
    expect(renderText((await agenda.core.run("lijst thema 4", reader)).message)).toContain(`Filter: thema 4 (${title})`);
  });
});
