import { beforeEach, expect, it } from "vitest";
import type { Actor, Conversation } from "../../../src/core/actor.js";
import { buildExport, exportToJson, exportToMarkdown } from "../../../src/core/exports.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const START = new Date("2026-12-01T10:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const text = (message: Message) => renderText(message);
const channel = (platform: "slack" | "teams", channelId: string): Conversation => ({
  platform,
  tenantId: platform === "slack" ? "T1" : "tenant",
  channelId,
  isChannel: true,
});
const RWB_SLACK = channel("slack", "C-RWB");
const RWB_TEAMS = channel("teams", "19:rwb@thread.tacv2");
const AMRO_SLACK = channel("slack", "C-AMRO");

forEachDatabase("escalation life cycle", { agenda: true, clock: START }, (ctx) => {
  let leader: Actor;
  let anna: Actor;
  let reader: Actor;
  const run = async (input: string, actor: Actor) => ctx.agenda.core.run(input, actor);
  const say = async (input: string, actor: Actor) => text((await run(input, actor)).message);
  /** Someone the agenda does not know, writing in a channel. */
  const inChannel = (email: string, where: Conversation) => ctx.agenda.actor({ email, channel: where.platform, conversation: where });
  const prisma = () => ctx.agenda.database.prisma;
  const outbox = (prefix = "escalation:") =>
    prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: prefix } }, orderBy: { id: "asc" } });
  const stored = async () => ({
    escalations: await prisma().escalation.findMany({ orderBy: { id: "asc" } }),
    outbox: await prisma().outboxMessage.count(),
  });

  beforeEach(async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    reader = await ctx.agenda.actor({ email: null });
    const annaPerson = await ctx.agenda.store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await ctx.agenda.store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await ctx.agenda.store.addLead("2.5", annaPerson.id, null);
    // Bert leads 2.5 too, but has never used the bot: no chat to write to.
    const bert = await ctx.agenda.store.ensurePerson("bert@velsen.nl");
    await ctx.agenda.store.addLead("2.5", bert.id, null);
    anna = await ctx.agenda.actor({ email: "anna@haarlem.nl" });
    for (const [where, overlegCode] of [
      [RWB_SLACK, "RWB"],
      [RWB_TEAMS, "RWB"],
      [AMRO_SLACK, "AMRO"],
    ] as const) {
      await ctx.agenda.store.linkChannel({ ...where, overlegCode, linkedById: null });
    }
    await prisma().channelLink.updateMany({ where: { platform: "teams" }, data: { locale: "en" } });
  });

  it("numbers escalations from #1 and posts each at once in its overleg's channels, in the channel's language", async () => {
    const raised = await run("escaleer 2.5 RWB: wie financiert de pilot?", anna);
    expect(raised.changed).toBe(true);
    expect(text(raised.message)).toContain("Vraag #1 over 2.5 voorgelegd aan RWB; ze staat in de volgende digest tot ze is opgelost.");
    expect(text(raised.message)).toContain("Geplaatst in 2 kanalen van RWB.");
    expect(text(raised.message)).toContain("Beantwoorden: `antwoord 1 <tekst>` · sluiten zonder antwoord: `sluit 1 <reden>`.");
    const posts = await outbox();
    expect(posts.map((row) => [row.platform, row.target])).toEqual([
      ["slack", "C-RWB"],
      ["teams", "19:rwb@thread.tacv2"],
    ]);
    const [slack, teams] = posts.map((row) => text(row.payload as unknown as Message));
    expect(slack).toContain("Escalatie #1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(slack).toContain("wie financiert de pilot?");
    expect(slack).toContain("Gesteld door Anna de Vries, voor RWB.");
    expect(teams).toContain("Escalation #1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(teams).toContain("Raised by Anna de Vries, for RWB.");

    // Put to nobody in particular: every overleg of theme 2 with a channel hears it (RWB twice, AMRO).
    ctx.clock.advance(1);
    expect(await say("escaleer 2.5 wie betaalt de tweede fase?", leader)).toContain("Vraag #2 over 2.5 voorgelegd aan de overleggen van dit thema");
    expect((await outbox()).slice(2).map((row) => row.target)).toEqual(["C-RWB", "19:rwb@thread.tacv2", "C-AMRO"]);
    const rows = (await stored()).escalations;
    expect(rows.map((row) => [row.number, row.createdAt.toISOString(), row.resolvedAt])).toEqual([
      [1, START.toISOString(), null],
      [2, new Date(START.getTime() + DAY).toISOString(), null],
    ]);
    // An overleg without a channel: the question is kept for its digest, and the asker hears how to link one.
    const unlinked = await say("escaleer 2.5 BOA: kan de BOA meekijken?", anna);
    expect(unlinked).toContain("Vraag #3 over 2.5 voorgelegd aan BOA");
    expect(unlinked).toContain("Er is nog geen kanaal gekoppeld aan BOA, dus de vraag is nog nergens geplaatst");
  });

  it("lists the open escalations oldest first with their age: all, of an overleg, or of this channel's overleg", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", anna);
    ctx.clock.advance(3);
    await run("escaleer 1.3 AMRO: wie levert de loopbaanadviseurs?", leader);
    ctx.clock.advance(2);
    const all = await say("escalaties", reader);
    expect(all).toContain("Open escalaties (2)");
    expect(all.indexOf("#1 · 2.5")).toBeLessThan(all.indexOf("#2 · 1.3"));
    expect(all).toContain("gesteld 5 dagen geleden door Anna de Vries · voor RWB");
    expect(all).toContain("gesteld 2 dagen geleden door projectleider@haarlem.nl · voor AMRO");
    const amro = await say("escalaties amro", reader);
    expect(amro).toContain("Open escalaties van AMRO (1)");
    expect(amro).not.toContain("#1 ·");
    const here = await say("escalaties", await inChannel("carla@uwv.nl", RWB_SLACK));
    expect(here).toContain("Open escalaties van RWB (1)");
    expect(here).not.toContain("#2 ·");
    expect(await say("escalaties XYZ", reader)).toContain("Overleg `XYZ` ken ik niet.");
    const english = await say("escalations", { ...reader, locale: "en" });
    expect(english).toContain("Open escalations (2)");
    expect(english).toContain("raised 5 days ago by Anna de Vries · for RWB");
    expect(await say("escalaties BOA", reader)).toContain("Er zijn geen open escalaties voor BOA.");
  });

  it("answers from a channel of the overleg: who, when and how are kept, the asker hears it by DM, toon shows it", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", anna);
    ctx.clock.advance(2);
    const carla = await inChannel("carla@uwv.nl", RWB_SLACK);
    const answered = await run("antwoord #1 het RWB betaalt de pilot uit het werkbudget", carla);
    expect(answered.changed).toBe(true);
    expect(text(answered.message)).toContain("Escalatie #1 over 2.5 is beantwoord en gesloten.");
    expect(text(answered.message)).toContain("Anna de Vries krijgt een bericht.");
    expect(text(answered.message)).toContain("Niet bereikbaar in de chat, dus zonder bericht: bert@velsen.nl.");
    const [row] = (await stored()).escalations;
    const carlaPerson = await ctx.agenda.store.findByEmail("carla@uwv.nl");
    expect(row).toMatchObject({
      resolvedAt: new Date(START.getTime() + 2 * DAY),
      resolvedById: carlaPerson?.id,
      resolution: "het RWB betaalt de pilot uit het werkbudget",
      outcome: "answered",
      resolvedVia: "slack",
    });
    const dms = await outbox("escalation:1:resolved:");
    expect(dms.map((dm) => [dm.platform, dm.target])).toEqual([["slack", "UANNA"]]);
    const dm = text(dms[0]?.payload as unknown as Message);
    expect(dm).toContain("Antwoord op escalatie #1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(dm).toMatch(/Vraag:\s+wie financiert de pilot\?/);
    expect(dm).toMatch(/Antwoord:\s+het RWB betaalt de pilot uit het werkbudget/);
    expect(dm).toContain("beantwoord op 3 dec 2026 door carla@uwv.nl");

    const shown = await say("toon 2.5", reader);
    expect(shown).not.toContain("Open escalaties");
    expect(shown).toContain(
      "Afgehandelde escalaties\n• #1 · RWB\n    wie financiert de pilot?\n    Antwoord: het RWB betaalt de pilot uit het werkbudget",
    );
    expect(await say("escalaties", reader)).toContain("Er zijn geen open escalaties.");
    // Open ones come first in `toon`, with their age.
    await run("escaleer 2.5 RWB: en de tweede fase?", anna);
    const both = await say("toon 2.5", reader);
    expect(both.indexOf("Open escalaties")).toBeLessThan(both.indexOf("Afgehandelde escalaties"));
    expect(both).toMatch(/Open escalaties\n• #2 · 3 dec 2026 \(zojuist\) · Anna de Vries · RWB\n {4}en de tweede fase\?/);
  });

  it("closes without an answer, and refuses what may not be done with a clear message, storing nothing", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", anna);
    const before = await stored();
    const refusals: [string, Actor, string][] = [
      [
        "sluit 1 dubbel",
        await inChannel("dirk@ijmuiden.nl", AMRO_SLACK),
        "Alleen de projectleider en wie in een kanaal van RWB zit, kan escalatie #1 beantwoorden of sluiten",
      ],
      ["antwoord 1 ja", anna, "Alleen de projectleider en wie in een kanaal van het overleg zit, kan `antwoord` gebruiken."],
      ["sluit 1 weg", reader, "Alleen de projectleider en wie in een kanaal van het overleg zit, kan `sluit` gebruiken."],
      ["antwoord 9 ja", leader, "Escalatie #9 bestaat niet; er is niets opgeslagen."],
      ["antwoord 1", leader, "Bij `antwoord` hoort een tekst."],
      [`antwoord 1 ${"x".repeat(2001)}`, leader, "Je tekst is 2001 tekens lang; het maximum is 2000."],
      ["sluit #1", leader, "Bij `sluit` hoort een tekst."],
      ["escaleer 2.5 sluit 1", anna, "Dit maakt geen nieuwe escalatie: sluit escalatie #1 met `sluit 1 <reden>`."],
    ];
    for (const [input, actor, message] of refusals) {
      const refused = await run(input, actor);
      expect(refused.message.tone, input).toBe("error");
      expect(refused.changed, input).toBe(false);
      expect(text(refused.message), input).toContain(message);
    }
    const english = await run("answer 1 yes", { ...(await inChannel("dirk@ijmuiden.nl", AMRO_SLACK)), locale: "en" });
    expect(text(english.message)).toContain(
      "Only the project leader and people in a channel of RWB can answer or close escalation #1; nothing was stored.",
    );
    expect(text(english.message)).toContain("Type the command in the channel linked to RWB.");
    expect(await stored()).toEqual(before);
    expect(await ctx.agenda.store.findByEmail("dirk@ijmuiden.nl")).toBeNull();

    const closed = await run("sluit 1 dubbel gesteld, zie de vraag in het RWB-overleg", leader);
    expect(text(closed.message)).toContain("Escalatie #1 over 2.5 is gesloten zonder antwoord.");
    const dm = text((await outbox("escalation:1:resolved:"))[0]?.payload as unknown as Message);
    expect(dm).toContain("Escalatie #1 gesloten zonder antwoord · 2.5");
    expect(dm).toMatch(/Reden:\s+dubbel gesteld/);
    const [row] = (await stored()).escalations;
    expect(row).toMatchObject({ outcome: "closed", resolvedVia: "cli", resolution: "dubbel gesteld, zie de vraag in het RWB-overleg" });

    const after = await stored();
    for (const [input, actor] of [
      ["antwoord 1 toch nog", leader],
      ["sluit #1 nogmaals", await inChannel("carla@uwv.nl", RWB_SLACK)],
    ] as const) {
      const again = await run(input, actor);
      expect(text(again.message)).toContain("Escalatie #1 is al gesloten (1 dec 2026 door projectleider@haarlem.nl); er is niets opgeslagen.");
      expect(text(again.message)).toContain("Is er een nieuwe vraag over 2.5? Leg die voor met `escaleer 2.5 <vraag>`.");
    }
    expect(await stored()).toEqual(after);
    expect(await say("escalaties", reader)).toContain("Er zijn geen open escalaties.");
  });

  it("shows answer and close in help to those who may use them", async () => {
    const help = async (actor: Actor) => say("help", actor);
    expect(await help(leader)).toContain("antwoord 12 <tekst>");
    expect(await help(await inChannel("carla@uwv.nl", RWB_SLACK))).toContain("sluit 12 <reden>");
    expect(await help(anna)).not.toContain("antwoord 12");
    expect(await help(reader)).toContain("escalaties [overleg]");
  });

  it("keeps the history: an escalation is resolved once, never changed after or deleted, and of two answers one wins", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", anna);
    await run("escaleer 2.5 RWB: en wie de tweede fase?", anna);
    const open = await prisma().escalation.findFirstOrThrow({ where: { number: 2 } });
    await expect(prisma().escalation.update({ where: { id: open.id }, data: { question: "iets anders" } })).rejects.toThrow();
    await expect(prisma().escalation.delete({ where: { id: open.id } })).rejects.toThrow();

    const carla = await inChannel("carla@uwv.nl", RWB_SLACK);
    const replies = await Promise.all([run("antwoord 1 het RWB", leader), run("antwoord 1 de gemeente", carla)]);
    expect(replies.filter((reply) => reply.changed)).toHaveLength(1);
    expect(text(replies.find((reply) => !reply.changed)?.message as Message)).toContain("Escalatie #1 is al beantwoord");
    expect(await outbox("escalation:1:resolved:")).toHaveLength(1);

    const resolved = await prisma().escalation.findFirstOrThrow({ where: { number: 1 } });
    await expect(prisma().escalation.update({ where: { id: resolved.id }, data: { resolution: "herschreven" } })).rejects.toThrow();
    await expect(prisma().escalation.delete({ where: { id: resolved.id } })).rejects.toThrow();
    expect(await prisma().escalation.findUniqueOrThrow({ where: { id: resolved.id } })).toEqual(resolved);
  });

  it("exports every escalation with its life cycle in JSON and Markdown", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", anna);
    await run("escaleer 2.5 en de tweede fase?", anna);
    ctx.clock.advance(1);
    await run("sluit 2 dubbel | zie #1", leader);
    const data = await buildExport(ctx.agenda.ports.reader, { escalations: ctx.agenda.ports.escalations });
    expect(data.escalaties).toEqual([
      {
        nummer: 1,
        actie: "2.5",
        overleg: "RWB",
        vraag: "wie financiert de pilot?",
        gesteldOp: START.toISOString(),
        gesteldDoor: "Anna de Vries",
        status: "open",
        afgehandeldOp: null,
        afgehandeldDoor: null,
        afhandeling: null,
      },
      expect.objectContaining({ nummer: 2, overleg: null, status: "gesloten", afgehandeldOp: new Date(START.getTime() + DAY).toISOString() }),
    ]);
    expect(JSON.parse(exportToJson(data)).escalaties).toHaveLength(2);
    const markdown = exportToMarkdown(data);
    expect(markdown).toContain("## Escalaties");
    expect(markdown).toContain("| #1 | 2.5 | RWB | wie financiert de pilot? | open |  |");
    expect(markdown).toContain("| #2 | 2.5 | overleggen van het thema | en de tweede fase? | gesloten | dubbel \\| zie #1 |");
  });
});
