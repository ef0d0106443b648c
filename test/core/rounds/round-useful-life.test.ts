import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../../support/databases.js";

const DAY = 24 * 60 * 60 * 1000;

/** Monday 23 November 2026 09:00 in Amsterdam, moved by the test, so the round's dates are known. */
class MovableClock {
  private at = new Date("2026-11-23T09:00:00+01:00").getTime();
  now = () => new Date(this.at);
  advance(days: number) {
    this.at += days * DAY;
  }
}

describe.each(DATABASE_KINDS)("how long a round's messages are worth sending, on %s", (kind) => {
  let agenda: TestAgenda;
  const clock = new MovableClock();

  beforeAll(async () => {
    agenda = await openTestAgenda(kind, { clock });
    const { store } = agenda;
    const leader = await store.ensurePerson(LEADER, "Pim Projectleider");
    await store.linkIdentity(leader.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const anna = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await store.addLead("1.3", anna.id, leader.id);
  }, 60_000);
  afterAll(async () => agenda?.close());

  it("stores a reminder as useful until the follow-up, and the nudge until the round closes", async () => {
    const leader = await agenda.actor({ email: LEADER });
    expect((await agenda.core.run("herinner start thema 1", leader)).changed).toBe(true);
    const round = await agenda.database.prisma.reminderRound.findFirstOrThrow({ where: { status: "open" } });
    const queued = async (target: string) =>
      (await agenda.database.prisma.outboxMessage.findMany({ where: { target }, orderBy: { id: "asc" } })).map((row) => row.usefulUntil);
    expect(await queued("UANNA")).toEqual([round.followUpAt]);
    clock.advance(7);
    expect(await agenda.rounds.runDue()).toEqual({ nudged: 1, closed: false });
    expect(await queued("UANNA")).toEqual([round.followUpAt, round.closesAt]);
  });
});
