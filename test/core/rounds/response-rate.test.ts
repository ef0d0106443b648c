import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../../support/databases.js";

const DAY = 24 * 60 * 60 * 1000;
const clock = { at: new Date("2026-11-30T09:00:00+01:00"), now: () => clock.at };

describe.each(DATABASE_KINDS)("one response rate in `ronde` and the digest, on %s", (kind) => {
  let agenda: TestAgenda;
  let leader: Actor;
  let anna: Actor;

  beforeAll(async () => {
    agenda = await openTestAgenda(kind, { clock });
    const pim = await agenda.store.ensurePerson(LEADER, "Pim Projectleider");
    await agenda.store.linkIdentity(pim.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const annaPerson = await agenda.store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await agenda.store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    const bramPerson = await agenda.store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    await agenda.store.linkIdentity(bramPerson.id, { platform: "slack", tenantId: "T1", externalId: "UBRAM" });
    await agenda.store.addLead("1.3", annaPerson.id, pim.id);
    await agenda.store.addLead("1.4", bramPerson.id, pim.id);
    await agenda.store.addLead("2.5", bramPerson.id, pim.id);
    leader = await agenda.actor({ email: LEADER });
    anna = await agenda.actor({ email: "anna@haarlem.nl" });
    expect((await agenda.core.run("herinner start pijler uitkering naar werk", leader)).changed).toBe(true);
    await agenda.core.press("action.confirm", "1.3", anna, "nl");
    // Bram answers one of his two actions: he has not responded yet.
    await agenda.core.run("status 1.4 loopt eerste gesprekken", await agenda.actor({ email: "bram@velsen.nl" }));
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("counts leads who answered all their actions, in the same words in both", async () => {
    const rate = "1 van de 2 trekkers heeft gereageerd (50%)";
    const status = renderText((await agenda.core.run("ronde", leader)).message);
    expect(status).toContain(rate);
    const digest = await agenda.core.digestFor("RWB", new Date(clock.now().getTime() - 7 * DAY), clock.now(), "nl");
    expect(renderText(digest as Message)).toContain(`Herinneringsronde: ${rate}.`);
  });

  it("says it the same way in English", async () => {
    const status = renderText((await agenda.core.run("ronde", { ...leader, locale: "en" })).message);
    const digest = await agenda.core.digestFor("RWB", new Date(clock.now().getTime() - 7 * DAY), clock.now(), "en");
    expect(renderText(digest as Message)).toContain("1 of the 2 leads has responded (50%)");
    expect(status).toContain("1 of the 2 leads has responded (50%)");
  });
});
