import { expect, it } from "vitest";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

forEachDatabase("the per-message reads", { agenda: true }, (ctx) => {
  it("read the action's last update in UTC, as Prisma does", async () => {
    await ctx.agenda.core.run("status 1.3 loopt", await ctx.agenda.actor({ email: LEADER }));
    const stored = await ctx.agenda.database.prisma.action.findFirstOrThrow({ where: { code: "1.3" }, select: { lastUpdateAt: true } });
    expect((await ctx.agenda.store.findAction("1.3"))?.lastUpdateAt.toISOString()).toBe(stored.lastUpdateAt.toISOString());
  });

  it("take quotes and backslashes in values literally", async () => {
    const email = "o'brien\\x@haarlem.nl";
    const person = await ctx.agenda.store.ensurePerson(email);
    const identity = { platform: "teams" as const, tenantId: "tenant'\\", externalId: "aad-'; DROP TABLE person; --" };
    expect(await ctx.agenda.store.findByIdentityOrEmail(identity, email)).toEqual({ person, linked: false });
    await ctx.agenda.store.linkIdentity(person.id, identity);
    expect(await ctx.agenda.store.findByIdentityOrEmail(identity, null)).toEqual({ person, linked: true });
    expect(await ctx.agenda.store.findAction("1.3'; DROP TABLE action; --")).toBeNull();
    expect(await ctx.agenda.store.hasAction("1.3' OR '1'='1")).toBe(false);
    expect(await ctx.agenda.store.hasAction("1.3")).toBe(true);
  });

  it("see a lead assigned after an earlier look-up", async () => {
    const person = await ctx.agenda.store.ensurePerson("nieuw@haarlem.nl");
    expect(await ctx.agenda.store.isLeadOf(person.id, "2.1")).toBe(false);
    await ctx.agenda.store.addLead("2.1", person.id, null);
    expect(await ctx.agenda.store.isLeadOf(person.id, "2.1")).toBe(true);
  });
});
