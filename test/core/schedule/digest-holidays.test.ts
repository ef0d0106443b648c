import { expect, it } from "vitest";
import { composeApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const inChannel = (actor: Actor, channelId: string): Actor => ({
  ...actor,
  conversation: { platform: "slack", tenantId: "T1", channelId, isChannel: true },
});

// Monday 19 April 2027, 12:00 in Amsterdam: the leader links two channels and sets their digests for Tuesday 09:00.
forEachDatabase("a digest due on Koningsdag", { agenda: true, clock: new Date("2027-04-19T10:00:00Z") }, (ctx) => {
  it("comes on Wednesday 28 April 2027 in the channel that skips holidays, exactly once across two instances", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    const reader = await ctx.agenda.actor({ email: null });
    const amro = inChannel(leader, "C-AMRO");
    const rwb = inChannel(leader, "C-RWB");
    expect((await ctx.agenda.core.run("koppel AMRO", amro)).changed).toBe(true);
    expect((await ctx.agenda.core.run("koppel RWB", rwb)).changed).toBe(true);
    const set = await ctx.agenda.core.run("digest schema dinsdag 9:00 feestdagen overslaan", amro);
    expect(set.message.summary).toBe(
      "Het weekoverzicht van AMRO komt in dit kanaal voortaan elke dinsdag om 09:00 (Nederlandse tijd). Valt het op een feestdag, dan komt het op de eerstvolgende werkdag.",
    );
    expect((await ctx.agenda.core.run("digest schema dinsdag 9:00", rwb)).changed).toBe(true);
    expect((await ctx.agenda.core.run("digest schema", inChannel(reader, "C-AMRO"))).message.summary).toBe(
      "Het weekoverzicht van AMRO komt in dit kanaal elke dinsdag om 09:00 (Nederlandse tijd). Valt het op een feestdag, dan komt het op de eerstvolgende werkdag.",
    );
    expect((await ctx.agenda.core.run("digest schema feestdagen overslaan", inChannel(reader, "C-AMRO"))).message.summary).toBe(
      "Alleen de projectleider kan `digest schema` gebruiken.",
    );

    const second = await composeApp(ctx.database, loadConfig({}), { clock: ctx.clock, owner: "instance-2", seed: false });
    const instances = [ctx.agenda.schedulers.digests, second.schedulers.digests];
    const race = async (iso: string) => {
      ctx.clock.set(new Date(iso));
      return (await Promise.all(instances.map((scheduler) => scheduler.runDue()))).reduce((sum, n) => sum + n, 0);
    };
    const digests = async (channel: string) =>
      (await ctx.database.prisma.outboxMessage.findMany({ where: { target: channel }, orderBy: { id: "asc" } })).map((row) => ({
        key: row.dedupeKey,
        text: renderText(row.payload as unknown as Message),
      }));

    expect(await race("2027-04-20T07:00:30Z")).toBe(2); // an ordinary Tuesday: both
    expect(await race("2027-04-27T07:00:30Z")).toBe(1); // Koningsdag: only the channel that does not skip holidays
    expect((await digests("C-RWB")).at(-1)?.text).toContain("Weekoverzicht RWB · 27 apr 2027");
    expect(await race("2027-04-27T15:00:00Z")).toBe(0);
    expect(await race("2027-04-28T06:59:00Z")).toBe(0);
    expect(await race("2027-04-28T07:00:30Z")).toBe(1); // Wednesday 09:00:30: Koningsdag's digest, once
    expect(await race("2027-04-28T12:00:00Z")).toBe(0);
    expect(await race("2027-04-29T07:00:30Z")).toBe(0);
    expect(await Promise.all(instances.map((scheduler) => scheduler.resumeUnfinished()))).toEqual([0, 0]);

    const amroDigests = await digests("C-AMRO");
    expect(amroDigests.map((digest) => digest.key)).toEqual([
      "digest:slack:T1:C-AMRO:2027-04-20T07:00:00.000Z",
      "digest:slack:T1:C-AMRO:2027-04-27T07:00:00.000Z",
    ]);
    expect(amroDigests[1]?.text).toContain("Weekoverzicht AMRO · 28 apr 2027");
    expect(amroDigests[1]?.text).toContain("sinds 20 apr 2027");
    expect(await ctx.database.prisma.jobClaim.count({ where: { job: "digest", target: "slack:T1:C-AMRO" } })).toBe(2);

    // And back: the next holiday's digest comes on the day itself.
    ctx.clock.set(new Date("2027-04-29T10:00:00Z"));
    expect((await ctx.agenda.core.run("digest schema ook op feestdagen", amro)).message.summary).toBe(
      "Het weekoverzicht van AMRO komt in dit kanaal voortaan elke dinsdag om 09:00 (Nederlandse tijd). Het komt ook op feestdagen.",
    );
    expect((await ctx.agenda.ports.channels.linkedChannel("slack", "T1", "C-AMRO"))?.skipHolidays).toBe(false);
  });

  it("gives a daily digest on Koningsdag to the next day's digest: one on Wednesday, none on the holiday", async () => {
    const amro = inChannel(await ctx.agenda.actor({ email: LEADER }), "C-AMRO");
    await ctx.agenda.core.run("koppel AMRO", amro);
    const set = await ctx.agenda.core.run("digest schema dagelijks 9:00 skip holidays", amro);
    expect(set.message.summary).toContain("elke dag om 09:00 (Nederlandse tijd). Valt het op een feestdag");
    const run = async (iso: string) => {
      ctx.clock.set(new Date(iso));
      return ctx.agenda.schedulers.digests.runDue();
    };
    expect(await run("2027-04-26T07:00:30Z")).toBe(1);
    expect(await run("2027-04-27T07:00:30Z")).toBe(0);
    expect(await run("2027-04-27T20:00:00Z")).toBe(0);
    expect(await run("2027-04-28T07:00:30Z")).toBe(1);
    const rows = await ctx.database.prisma.outboxMessage.findMany({ where: { target: "C-AMRO" }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.dedupeKey.split(":").slice(-3).join(":"))).toEqual(["2027-04-26T07:00:00.000Z", "2027-04-28T07:00:00.000Z"]);
    // The Wednesday digest covers the holiday too: everything since Monday's.
    expect(renderText(rows[1]?.payload as unknown as Message)).toContain("sinds 26 apr 2027");
  });
});
