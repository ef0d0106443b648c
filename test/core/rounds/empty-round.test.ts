import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { RoundScheduler } from "../../../src/core/schedule/round-scheduler.js";
import { PrismaJobClaims } from "../../../src/persistence/prisma-job-claims.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../../support/databases.js";

/** Monday 30 November 2026 09:00 in Amsterdam. */
const clock = { at: new Date("2026-11-30T09:00:00+01:00"), now: () => clock.at };

const buttons = (message: Message) => message.blocks.flatMap((block) => (block.type === "buttons" ? block.buttons : []));

describe.each(DATABASE_KINDS)("a round that would message nobody, on %s", (kind) => {
  let agenda: TestAgenda;
  let leader: Actor;

  beforeAll(async () => {
    agenda = await openTestAgenda(kind, { clock });
    const person = await agenda.store.ensurePerson(LEADER, "Pim Projectleider");
    await agenda.store.linkIdentity(person.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    leader = await agenda.actor({ email: LEADER });
  }, 60_000);
  afterAll(async () => agenda?.close());

  const rounds = () => agenda.database.prisma.reminderRound.count();

  it("is previewed without a start button, saying how to link leads", async () => {
    const preview = (await agenda.core.run("herinner", leader)).message;
    const text = renderText(preview);
    expect(text).toContain("0 trekkers");
    expect(buttons(preview).filter((button) => button.intent === "round.start")).toEqual([]);
    expect(text).toContain("Deze ronde zou niemand een bericht sturen");
    expect(text).toContain("Koppel trekkers met `trekker 1.3 @naam`");
    expect(text).not.toContain("herinner start");
  });

  it("does not start by command or by a (stale) start button", async () => {
    const started = await agenda.core.run("herinner start", leader);
    expect(started.changed).toBeFalsy();
    expect(started.message.tone).toBe("warning");
    expect(renderText(started.message)).toContain("Koppel trekkers met `trekker 1.3 @naam`");
    const pressed = (await agenda.core.press("round.start", "{}", leader, "nl")).reply;
    expect(pressed.changed).toBeFalsy();
    expect(renderText(pressed.message)).not.toContain("0 trekkers krijgen een bericht");
    expect(await rounds()).toBe(0);
  });

  it("does not start on the schedule; the leaders hear why, once", async () => {
    const scheduler = new RoundScheduler({
      rounds: agenda.rounds,
      claims: new PrismaJobClaims(agenda.database.prisma),
      clock,
      owner: "instance-a",
      schedule: "0 9 * * 1",
      agenda: "zk-ijmond",
      locale: "nl",
    });
    expect((await scheduler.runDue()).started).toBe(false);
    expect((await scheduler.runDue()).started).toBe(false);
    expect(await rounds()).toBe(0);
    const queued = await agenda.database.prisma.outboxMessage.findMany({ where: { target: "ULEADER" } });
    expect(queued.map((row) => (row.payload as unknown as Message).summary)).toEqual([
      "De geplande herinneringsronde is niet gestart: ze zou niemand een bericht sturen, want geen van de acties heeft een bereikbare trekker.",
    ]);
  });

  it("starts once a reachable lead is linked, and only messages that lead", async () => {
    const anna = await agenda.store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await agenda.store.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await agenda.core.run("trekker 1.3 anna@haarlem.nl", leader);
    const preview = (await agenda.core.run("herinner", leader)).message;
    expect(buttons(preview).map((button) => button.intent)).toContain("round.start");
    const started = await agenda.core.run("herinner start", leader);
    expect(started.changed).toBe(true);
    expect(renderText(started.message)).toContain("1 trekker krijgt een bericht");
    expect(await rounds()).toBe(1);
  });
});
