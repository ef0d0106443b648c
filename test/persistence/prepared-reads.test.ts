import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEADER, openTestAgenda, type TestAgenda } from "../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../support/databases.js";

describe.each(DATABASE_KINDS)("the per-message reads on %s", (kind) => {
  let agenda: TestAgenda;
  beforeAll(async () => {
    agenda = await openTestAgenda(kind);
  });
  afterAll(async () => agenda?.close());

  it("read the action's last update in UTC, as Prisma does", async () => {
    await agenda.core.run("status 1.3 loopt", await agenda.actor({ email: LEADER }));
    const stored = await agenda.database.prisma.action.findFirstOrThrow({ where: { code: "1.3" }, select: { lastUpdateAt: true } });
    expect((await agenda.store.findAction("1.3"))?.lastUpdateAt.toISOString()).toBe(stored.lastUpdateAt.toISOString());
  });

  it("take quotes and backslashes in values literally", async () => {
    const email = "o'brien\\x@haarlem.nl";
    const person = await agenda.store.ensurePerson(email);
    const identity = { platform: "teams" as const, tenantId: "tenant'\\", externalId: "aad-'; DROP TABLE person; --" };
    expect(await agenda.store.findByIdentityOrEmail(identity, email)).toEqual({ person, linked: false });
    await agenda.store.linkIdentity(person.id, identity);
    expect(await agenda.store.findByIdentityOrEmail(identity, null)).toEqual({ person, linked: true });
    expect(await agenda.store.findAction("1.3'; DROP TABLE action; --")).toBeNull();
    expect(await agenda.store.hasAction("1.3' OR '1'='1")).toBe(false);
    expect(await agenda.store.hasAction("1.3")).toBe(true);
  });

  it("see a lead assigned after an earlier look-up", async () => {
    const person = await agenda.store.ensurePerson("nieuw@haarlem.nl");
    expect(await agenda.store.isLeadOf(person.id, "2.1")).toBe(false);
    await agenda.store.addLead("2.1", person.id, null);
    expect(await agenda.store.isLeadOf(person.id, "2.1")).toBe(true);
  });
});
