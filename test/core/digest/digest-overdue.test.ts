import { beforeEach, expect, it } from "vitest";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const amsterdam = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);
const DAY = 24 * 60 * 60 * 1000;

/** Goals set in November 2026 and due 31 December; the digests are of Monday 11 January 2027. */
forEachDatabase("the digest flags goals and deadlines past their date", { agenda: true, clock: amsterdam("2026-11-02", "10:00") }, (ctx) => {
  const digest = async (overleg: string, locale: "nl" | "en" = "nl") => {
    const now = ctx.clock.now();
    const message = (await ctx.agenda.core.digestFor(overleg, new Date(now.getTime() - 7 * DAY), now, locale)) as Message;
    return renderText(message);
  };

  beforeEach(async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    // 1.3 is in theme 1 (BOA's pillar uitkering naar werk); 7.2 in theme 7 (werkgelegenheid, REO's).
    await ctx.agenda.core.run("doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2026", leader);
    await ctx.agenda.core.run("doel 1.3 bijeenkomsten 4 per 31-12-2026", leader);
    await ctx.agenda.core.run("meting 1.3 1 150", leader);
    await ctx.agenda.core.run("meting 1.3 2 4", leader);
    await ctx.database.prisma.action.updateMany({ where: { code: "7.2" }, data: { deadline: new Date("2026-12-18T00:00:00Z") } });
  });

  it("lists in each overleg's digest only its themes' overdue goals and deadlines, not the reached ones", async () => {
    ctx.clock.set(amsterdam("2026-12-28", "09:00"));
    expect(await digest("BOA")).not.toContain("Over de datum");
    expect(await digest("REO")).toContain("Over de datum (1)\n• 7.2 ");

    ctx.clock.set(amsterdam("2027-01-11", "09:00"));
    const boa = await digest("BOA");
    expect(boa).toContain("Over de datum (1)");
    expect(boa).toContain("doel 1 zzp'ers gesproken · 31 dec 2026 · ████████░░ 150 / 200 zzp'ers (75%)");
    expect(boa).not.toContain("bijeenkomsten");
    expect(boa).not.toContain("7.2");
    const reo = await digest("REO", "en");
    expect(reo).toContain("Past their date (1)");
    expect(reo).toMatch(/• 7\.2 .+\n {4}deadline 18 Dec 2026 · running/);
  });

  it("stops flagging a goal once it is reached, and a deadline once the action is done", async () => {
    ctx.clock.set(amsterdam("2027-01-11", "09:00"));
    const leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("meting 1.3 1 200", leader);
    await ctx.agenda.core.run("status 7.2 afgerond", leader);
    expect(await digest("BOA")).not.toContain("Over de datum");
    expect(await digest("REO")).not.toContain("Over de datum");
  });
});
