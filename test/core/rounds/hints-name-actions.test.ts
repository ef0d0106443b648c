import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../../support/databases.js";

const clock = { at: new Date("2026-11-30T09:00:00+01:00"), now: () => clock.at };

describe.each(DATABASE_KINDS)("the round's hints name the actions concerned, on %s", (kind) => {
  let agenda: TestAgenda;
  let leader: Actor;
  let anna: Actor;

  beforeAll(async () => {
    agenda = await openTestAgenda(kind, { clock });
    const pim = await agenda.store.ensurePerson(LEADER, "Pim Projectleider");
    await agenda.store.linkIdentity(pim.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const annaPerson = await agenda.store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await agenda.store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await agenda.store.addLead("1.4", annaPerson.id, pim.id);
    leader = await agenda.actor({ email: LEADER });
    anna = await agenda.actor({ email: "anna@haarlem.nl" });
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("says `trekker 1.4 @naam` when 1.4 is not Anna's", async () => {
    expect((await agenda.core.run("herinner start thema 1", leader)).changed).toBe(true);
    await agenda.core.press("action.not-mine", "1.4", anna, "nl");
    const text = renderText((await agenda.core.run("ronde", leader)).message);
    expect(text).toContain("Koppel de juiste trekker met `trekker 1.4 @naam` (en ontkoppel met `trekker 1.4 weg @naam`).");
    expect(text).not.toContain("Koppel de juiste trekker met `trekker 1.3 @naam`");
  });

  it("names an action without lead in the without-lead hint", async () => {
    const round = await agenda.database.prisma.reminderRound.findFirstOrThrow({ include: { items: { include: { action: true } } } });
    const withoutLead = round.items
      .toSorted((a, b) => a.action.position - b.action.position)
      .map((item) => item.action.code)
      .filter((code) => code !== "1.4");
    expect(withoutLead.length).toBeGreaterThan(0);
    const text = renderText((await agenda.core.run("ronde", leader)).message);
    const named = /Koppel een trekker met `trekker ([^ ]+) @naam`/.exec(text)?.[1];
    // The first action in the list is the example (not the fixed 1.3 of before).
    expect(withoutLead[0]).not.toBe("1.3");
    expect(named).toBe(withoutLead[0]);
  });
});
