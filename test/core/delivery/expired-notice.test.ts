import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tellLeadersAboutFailure } from "../../../src/core/delivery/failure-notice.js";
import { type Message, notice } from "../../../src/core/messages/model.js";
import { PrismaOutbox } from "../../../src/persistence/prisma-outbox.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";

describe("telling the project leader about a message that was not sent in time", () => {
  let agenda: TestAgenda;

  beforeAll(async () => {
    agenda = await openTestAgenda("pglite");
    await agenda.actor({ email: LEADER, identity: { platform: "slack", tenantId: "T1", externalId: "U-LEADER" } });
  });
  afterAll(async () => agenda?.close());

  it("says in Dutch that the platform did not take it while it was useful, not a technical error", async () => {
    const outbox = new PrismaOutbox(agenda.database.prisma, agenda.ports.agendaId);
    const item = {
      id: 7n,
      dedupeKey: "round:1:lead:2",
      platform: "slack" as const,
      target: "U-ANNA",
      message: notice("info", "Herinnering: 3 acties"),
      failures: 0,
    };
    const deps = { outbox, people: agenda.store, leaders: agenda.leaders, locale: "nl" as const };
    expect(await tellLeadersAboutFailure({ item, error: "ratelimited: still rate limited when it stopped being useful", expired: true }, deps)).toBe(
      1,
    );
    const row = await agenda.database.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "failed:7:slack:U-LEADER" } });
    const text = renderText(row.payload as unknown as Message);
    expect(text).toContain('"Herinnering: 3 acties" is niet bezorgd in slack U-ANNA: Slack nam het niet aan zolang het nog zin had');
    expect(text).toContain("Het bericht is niet opnieuw ingepland.");
    expect(text).not.toContain("ratelimited");
  });
});
