import { expect, it } from "vitest";
import { composeApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const CHANNEL = { platform: "slack" as const, tenantId: "T1", channelId: "C-RWB", isChannel: true };
const inChannel = (actor: Actor): Actor => ({ ...actor, conversation: CHANNEL });

// Monday 7 December 2026, 10:00 in Amsterdam.
forEachDatabase("a channel's language", { agenda: true, clock: new Date("2026-12-07T09:00:00Z") }, (ctx) => {
  const posted = async () => {
    const rows = await ctx.database.prisma.outboxMessage.findMany({ where: { target: CHANNEL.channelId }, orderBy: { id: "asc" } });
    return rows.map((row) => renderText(row.payload as unknown as Message));
  };
  const stored = async () => (await ctx.database.prisma.channelLink.findFirstOrThrow({ where: { channelId: CHANNEL.channelId } })).locale;

  it("is set by the leader with `digest taal en`; the digests posted there are English, the answers stay in each person's language", async () => {
    const leader = inChannel(await ctx.agenda.actor({ email: LEADER }));
    const reader = inChannel(await ctx.agenda.actor({ email: null }));
    expect((await ctx.agenda.core.run("koppel RWB", leader)).changed).toBe(true);
    expect((await ctx.agenda.core.run("digest taal", reader)).message.summary).toBe("Dit kanaal krijgt het weekoverzicht van RWB in het Nederlands.");

    expect((await ctx.agenda.core.run("digest taal en", reader)).message.summary).toBe("Alleen de projectleider kan `digest taal` gebruiken.");
    const wrong = await ctx.agenda.core.run("digest taal fr", leader);
    expect([wrong.message.tone, wrong.message.summary, wrong.changed]).toEqual(["error", "`fr` is geen taal van de bot.", false]);
    expect(renderText(wrong.message)).toContain("Kies `digest taal nl` (Nederlands) of `digest taal en` (Engels).");
    expect(await stored()).toBe("nl");

    const set = await ctx.agenda.core.run("digest taal en", leader);
    expect([set.message.tone, set.changed]).toEqual(["success", true]);
    expect(set.message.summary).toBe(
      "Dit kanaal krijgt het weekoverzicht van RWB voortaan in het Engels, net als alles wat de bot hier uit zichzelf plaatst.",
    );
    expect(await stored()).toBe("en");
    expect((await ctx.agenda.core.run("digest taal", reader)).message.summary).toBe("Dit kanaal krijgt het weekoverzicht van RWB in het Engels.");

    // `digest nu`: the leader hears it in Dutch, the channel reads English.
    expect((await ctx.agenda.core.run("digest nu", leader)).message.summary).toBe("Het weekoverzicht van RWB wordt zo in dit kanaal geplaatst.");
    expect((await posted()).at(-1)).toContain("Weekly digest RWB · 7 Dec 2026");
    // The scheduled digest of Monday 14 December 09:00 too.
    ctx.clock.set(new Date("2026-12-14T08:00:30Z"));
    expect(await ctx.agenda.schedulers.digests.runDue()).toBe(1);
    const scheduled = (await posted()).at(-1) ?? "";
    expect(scheduled).toContain("Weekly digest RWB · 14 Dec 2026");
    expect(scheduled).toContain("Themes: 1 ");
    expect(scheduled).not.toContain("Weekoverzicht");
    // What the bot posts there on its own when it is added again (the Teams welcome): English as well.
    expect(await ctx.agenda.core.postingLocale(CHANNEL, "nl")).toBe("en");
    expect(await ctx.agenda.core.postingLocale({ ...CHANNEL, channelId: "C-OTHER" }, "nl")).toBe("nl");
    expect(await ctx.agenda.core.postingLocale({ ...CHANNEL, isChannel: false }, "nl")).toBe("nl");
  });

  it("is set back by an English-speaking leader, who is answered in English (`digest language nl`)", async () => {
    const leader = inChannel({ ...(await ctx.agenda.actor({ email: LEADER })), locale: "en" });
    await ctx.agenda.core.run("link RWB", leader);
    await ctx.agenda.core.run("digest language english", leader);
    expect(await stored()).toBe("en");
    const back = await ctx.agenda.core.run("digest language dutch", leader);
    expect(back.message.summary).toBe(
      "From now on this channel gets the weekly digest of RWB in Dutch, as everything else the bot posts here on its own.",
    );
    expect(await stored()).toBe("nl");
    expect((await ctx.agenda.core.run("digest now", leader)).message.summary).toBe(
      "The weekly digest of RWB will be posted in this channel in a moment.",
    );
    expect((await posted()).at(-1)).toContain("Weekoverzicht RWB · 7 dec 2026");
  });

  it("of a channel linked on an English service is English from the start", async () => {
    const english = await composeApp(ctx.database, loadConfig({ LEADER_EMAILS: LEADER, DEFAULT_LOCALE: "en" }), { clock: ctx.clock, seed: false });
    const leader = inChannel(await ctx.agenda.actor({ email: LEADER }));
    expect((await english.core.run("koppel RWB", leader)).changed).toBe(true);
    expect(await stored()).toBe("en");
  });
});
