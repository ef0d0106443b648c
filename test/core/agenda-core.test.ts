import { beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { type Actor, LeaderPolicy } from "../../src/core/actor.js";
import { identify } from "../../src/core/identify.js";
import type { Message } from "../../src/core/messages/model.js";
import { renderText } from "../../src/render/text.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

const LEAD = "anna@haarlem.nl";
const OTHER = "bert@velsen.nl";
const text = (message: Message) => renderText(message);

forEachDatabase("core commands", { agenda: true }, (ctx) => {
  let leader: Actor;
  let reader: Actor;
  const rows = async () => ({
    history: await ctx.agenda.database.prisma.statusChange.count(),
    notes: await ctx.agenda.database.prisma.note.count(),
    escalations: await ctx.agenda.database.prisma.escalation.count(),
    leads: await ctx.agenda.database.prisma.actionLead.count(),
    links: await ctx.agenda.database.prisma.channelLink.count(),
  });

  beforeEach(async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    reader = await ctx.agenda.actor({ email: null });
    // Anna leads 2.5; Bert was its lead and has been removed (so he is known, but leads nothing).
    expect((await ctx.agenda.core.run(`trekker 2.5 ${LEAD}`, leader)).changed).toBe(true);
    expect((await ctx.agenda.core.run(`trekker 2.5 ${OTHER}`, leader)).changed).toBe(true);
    expect((await ctx.agenda.core.run(`trekker 2.5 weg ${OTHER}`, leader)).changed).toBe(true);
  });

  it("lets a lead change the status of their action, and keeps it as history", async () => {
    const lead = await ctx.agenda.actor({ email: LEAD });
    const reply = await ctx.agenda.core.run("status 2.5 loopt profielen worden gemaakt", lead);
    expect(reply.message.tone).toBe("success");
    expect(text(reply.message)).toContain("Status van 2.5 gewijzigd: nader uit te werken → loopt.");
    const shown = text((await ctx.agenda.core.run("toon 2.5", reader)).message);
    expect(shown).toContain("Status:              loopt");
    expect(shown).toContain("nader uit te werken → loopt · door anna@haarlem.nl · via de CLI");
    expect(shown).toContain("profielen worden gemaakt");
    expect(shown).toContain("Trekkers in de chat: anna@haarlem.nl");
  });

  it("welcomes a channel with the help and a line that it answers there only when @mentioned, in Dutch and English", async () => {
    const reader = await ctx.agenda.actor({ email: OTHER });
    const nl = text(ctx.agenda.core.welcome(reader, "nl", { channel: true, botName: "Doe-agenda" }));
    expect(nl).toContain("In dit kanaal reageer ik alleen als je me noemt: typ @Doe-agenda voor de opdracht, bijvoorbeeld `@Doe-agenda help`.");
    expect(nl).toContain("Doe-agenda: opdrachten");
    const en = text(ctx.agenda.core.welcome(reader, "en", { channel: true, botName: "Doe-agenda" }));
    expect(en).toContain("In this channel I answer only when you @mention me: type @Doe-agenda before the command, for example `@Doe-agenda help`.");
    expect(text(ctx.agenda.core.welcome(reader, "nl", { channel: false }))).not.toContain("@Doe-agenda");
  });

  it("marks the detail view's sections (Laatste wijzigingen, Open escalaties) as section headings, not plain text", async () => {
    const lead = await ctx.agenda.actor({ email: LEAD });
    await ctx.agenda.core.run("status 2.5 loopt profielen", lead);
    await ctx.agenda.core.run("escaleer 2.5 wie betaalt de pilot?", lead);
    const blocks = (await ctx.agenda.core.run("toon 2.5", lead)).message.blocks;
    expect(blocks).toContainEqual({ type: "section", text: "Laatste wijzigingen" });
    expect(blocks).toContainEqual({ type: "section", text: "Open escalaties" });
    expect(blocks.filter((block) => block.type === "text").map((block) => (block as { text: string }).text)).not.toContain("Laatste wijzigingen");
  });

  it("confirms an unchanged status and records the confirmation", async () => {
    const lead = await ctx.agenda.actor({ email: LEAD });
    expect((await ctx.agenda.core.run("status 2.5 loopt", lead)).changed).toBe(true);
    const before = await rows();
    const reply = await ctx.agenda.core.run("status 2.5 loopt", lead);
    expect(text(reply.message)).toContain("Status van 2.5 bevestigd: loopt.");
    expect((await rows()).history).toBe(before.history + 1);
  });

  it("refuses a status change by someone who is not a lead, and stores nothing", async () => {
    const other = await ctx.agenda.actor({ email: OTHER });
    const before = await rows();
    const reply = await ctx.agenda.core.run("status 2.5 afgerond", other);
    expect(reply.message.tone).toBe("error");
    expect(text(reply.message)).toContain("Je bent geen trekker van actie 2.5");
    expect(text(reply.message)).toContain("trekker 2.5 @jij");
    const stranger = await ctx.agenda.core.run("status 2.5 afgerond", reader);
    expect(text(stranger.message)).toContain("Je bent (nog) niet bekend in de doe-agenda");
    const lead = await ctx.agenda.actor({ email: LEAD });
    const notTheirs = await ctx.agenda.core.run("notitie 1.1 dit is niet van mij", lead);
    expect(notTheirs.message.tone).toBe("error");
    expect(await rows()).toEqual(before);
    expect((await ctx.agenda.store.findAction("2.5"))?.status).toBe("nader_uit_te_werken");
  });

  it("lets the project leader change any action and refuses leader commands to others", async () => {
    expect((await ctx.agenda.core.run("status 8.1 gepauzeerd wacht op REO", leader)).changed).toBe(true);
    const lead = await ctx.agenda.actor({ email: LEAD });
    const before = await rows();
    const refused = await ctx.agenda.core.run(`trekker 1.1 ${LEAD}`, lead);
    expect(text(refused.message)).toContain("Alleen de projectleider kan `trekker` gebruiken.");
    const link = await ctx.agenda.core.run("koppel RWB", {
      ...lead,
      conversation: { platform: "slack", tenantId: "T1", channelId: "C1", isChannel: true },
    });
    expect(link.message.tone).toBe("error");
    expect(await rows()).toEqual(before);
  });

  it("answers an unknown action with the nearest codes and stores nothing", async () => {
    const before = await rows();
    const reply = await ctx.agenda.core.run("status 1.9 loopt", leader);
    expect(text(reply.message)).toMatch(/Actie `1.9` bestaat niet\. Bedoel je `1\.1` of `1\.6`\?/);
    expect(await rows()).toEqual(before);
  });

  it("rejects empty and over-long notes with a message naming the limit, storing nothing", async () => {
    const before = await rows();
    expect(text((await ctx.agenda.core.run("notitie 2.5", leader)).message)).toContain("Bij `notitie` hoort een tekst.");
    expect(text((await ctx.agenda.core.run(`notitie 2.5 ${"a".repeat(2001)}`, leader)).message)).toContain(
      "Je tekst is 2001 tekens lang; het maximum is 2000.",
    );
    expect(await rows()).toEqual(before);
    expect((await ctx.agenda.core.run("notitie 2.5 eerste 10 profielen klaar", leader)).changed).toBe(true);
    expect((await rows()).notes).toBe(before.notes + 1);
  });

  it("suggests the nearest status for a word that is not one", async () => {
    const reply = await ctx.agenda.core.run("status 2.5 afgrond", leader);
    expect(text(reply.message)).toContain("`afgrond` is geen status.");
    expect(text(reply.message)).toContain("Bedoel je `afgerond`?");
  });

  it("assigns leads by e-mail, refuses to assign nobody, and shows a lead their actions", async () => {
    expect(text((await ctx.agenda.core.run("trekker 4.1", leader)).message)).toContain("Je hebt niemand genoemd.");
    const unresolved = await ctx.agenda.core.run("trekker 4.1 <@U999>", leader);
    expect(text(unresolved.message)).toContain("Ik kan @U999 niet vinden");
    expect(text((await ctx.agenda.core.run(`trekker 4.1 ${LEAD}`, leader)).message)).toContain("anna@haarlem.nl is nu trekker van 4.1.");
    expect(text((await ctx.agenda.core.run(`trekker 4.1 ${LEAD}`, leader)).message)).toContain("was al trekker van 4.1");
    const mine = await ctx.agenda.core.run("mijn", await ctx.agenda.actor({ email: LEAD }));
    expect(mine.message.blocks).toContainEqual(
      expect.objectContaining({ type: "list", items: expect.arrayContaining([expect.objectContaining({ title: expect.stringMatching(/^4\.1 /) })]) }),
    );
    const list = mine.message.blocks.find((block) => block.type === "list");
    expect(list?.type === "list" && list.items.map((item) => item.title.split(" ")[0])).toEqual(["2.5", "4.1"]);
    expect(list?.type === "list" && list.items[0]?.buttons?.map((button) => button.intent)).toEqual(["action.update", "action.confirm"]);
  });

  it("resolves a platform mention through the adapter and links the identity", async () => {
    const reply = await ctx.agenda.core.run("trekker 3.2 <@U42|carla>", leader, {
      resolveMention: async (id) =>
        id === "U42" ? { email: "carla@uwv.nl", displayName: "Carla", identity: { platform: "slack", tenantId: "T1", externalId: "U42" } } : null,
    });
    expect(text(reply.message)).toContain("Carla is nu trekker van 3.2.");
    const carla = await ctx.agenda.actor({ email: null, identity: { platform: "slack", tenantId: "T1", externalId: "U42" } });
    expect(carla.person?.email).toBe("carla@uwv.nl");
    expect((await ctx.agenda.core.run("notitie 3.2 overleg met UWV gepland", carla)).changed).toBe(true);
  });

  it("flags an escalation for a named overleg and shows it on the action until resolved", async () => {
    const unknown = await ctx.agenda.core.run("escaleer 6.6 XYZ: wie betaalt dit?", leader);
    expect(text(unknown.message)).toContain("Overleg `XYZ` ken ik niet. Kies uit: BOA,");
    const reply = await ctx.agenda.core.run("escaleer 6.6 RWB: wie financiert de tweede fase?", leader);
    expect(text(reply.message)).toContain("voorgelegd aan RWB");
    expect(text((await ctx.agenda.core.run("toon 6.6", reader)).message)).toMatch(
      /Open escalaties\n• #\d+ · .* · RWB\n {4}wie financiert de tweede fase\?/,
    );
  });

  it("links a channel to an overleg only inside a channel", async () => {
    expect(text((await ctx.agenda.core.run("koppel RWB", leader)).message)).toContain("`koppel` werkt alleen in een kanaal");
    const inChannel = { ...leader, conversation: { platform: "teams" as const, tenantId: "tenant", channelId: "19:abc", isChannel: true } };
    expect(text((await ctx.agenda.core.run("koppel rwb", inChannel)).message)).toContain("Dit kanaal is gekoppeld aan RWB");
    expect(text((await ctx.agenda.core.run("koppel AMRO", inChannel)).message)).toContain("(was: RWB)");
    expect(await ctx.agenda.store.linkedOverleg("teams", "tenant", "19:abc")).toBe("AMRO");
  });

  it("filters the list by theme, pillar, status, scope and trekker", async () => {
    const codes = async (input: string) => {
      const list = (await ctx.agenda.core.run(input, reader)).message.blocks.find((block) => block.type === "list");
      return list?.type === "list" ? list.items.map((item) => item.title.split(" ")[0]) : [];
    };
    const theme4 = await codes("lijst thema 4");
    expect(theme4.filter((code) => /^4\.\d+$/.test(code ?? ""))).toHaveLength(9);
    expect(theme4.every((code) => code === "HLM.4" || code?.startsWith("4.") || code?.startsWith("LOK.4.") || code?.startsWith("IJM."))).toBe(true);
    const pillar = await codes("lijst pijler werk naar werk");
    expect(pillar.length).toBeGreaterThan(0);
    expect(pillar.every((code) => /^(6\.|LOK\.6\.|HLM\.|IJM\.)/.test(code ?? ""))).toBe(true);
    expect((await codes("lijst scope ijmond")).filter((code) => /^\d/.test(code ?? ""))).toHaveLength(9);
    expect(await codes("lijst trekker techport")).toContain("3.6");
    const both = await codes("lijst thema 1 status nader uit te werken");
    expect(both.filter((code) => /^1\.\d$/.test(code ?? ""))).toEqual(["1.3", "1.4"]);
    expect(text((await ctx.agenda.core.run("lijst pijler maan", reader)).message)).toContain("Pijler `maan` ken ik niet.");
    expect(text((await ctx.agenda.core.run("lijst thema 12", reader)).message)).toContain("Thema 12 bestaat niet.");
  });

  it("draws a status chart above a list", async () => {
    const reply = await ctx.agenda.core.run("lijst thema 1", reader);
    const bar = reply.message.blocks.find((block) => block.type === "chart")?.chart;
    expect(bar).toMatchObject({ kind: "stacked-bar" });
    const total = Number(/^(\d+) acties/.exec(reply.message.summary)?.[1]);
    expect(bar?.series.reduce((sum, series) => sum + (series.values[0] ?? 0), 0)).toBe(total);
  });

  it("searches titles, trekkers and notes", async () => {
    expect((await ctx.agenda.core.run("notitie 2.5 eerste 10 profielen klaar", leader)).changed).toBe(true);
    const search = async (input: string) => text((await ctx.agenda.core.run(input, reader)).message);
    expect(await search("zoek techport")).toContain("3.6");
    expect(await search("zoek profielen klaar")).toContain("in notitie: “eerste 10 profielen klaar”");
    expect(await search("zoek 100%")).toContain('Niets gevonden voor "100%".');
  });

  it("refuses an escalation from a reader or from someone who does not lead the action, and stores nothing", async () => {
    const before = await rows();
    const stranger = await ctx.agenda.core.run("escaleer 2.5 RWB: wie betaalt dit?", reader);
    expect(stranger.message.tone).toBe("error");
    expect(text(stranger.message)).toContain("Je bent (nog) niet bekend in de doe-agenda");
    const other = await ctx.agenda.core.run("escaleer 2.5 RWB: wie betaalt dit?", await ctx.agenda.actor({ email: OTHER }));
    expect(text(other.message)).toContain("Je bent geen trekker van actie 2.5");
    expect(await rows()).toEqual(before);
    expect(text((await ctx.agenda.core.run("toon 2.5", reader)).message)).not.toContain("wie betaalt dit?");
  });

  it("recognises the project leader whatever the case of LEADER_EMAILS and of the chat's e-mail address", async () => {
    for (const [code, leaders] of [
      ["1.1", new LeaderPolicy(["ProjectLeider@Haarlem.NL"])],
      ["1.3", new LeaderPolicy(loadConfig({ LEADER_EMAILS: " Tweede@Haarlem.nl, ProjectLeider@HAARLEM.nl" }).leaderEmails)],
    ] as const) {
      const fromChat = await identify(ctx.agenda.store, leaders, { channel: "slack", email: "Projectleider@haarlem.NL" });
      expect(fromChat.isLeader).toBe(true);
      const reply = await ctx.agenda.core.run(`trekker ${code} ${OTHER}`, fromChat);
      expect(reply.message.tone).toBe("success");
      expect(text((await ctx.agenda.core.run("help", fromChat)).message)).toContain("koppel <overleg>");
    }
  });

  it("shows each user only the commands they may use", async () => {
    const help = async (actor: Actor) => text((await ctx.agenda.core.run("help", actor)).message);
    expect(await help(reader)).not.toContain("status 1.3");
    expect(await help(reader)).toContain("Vraag de projectleider je als trekker te koppelen.");
    expect(await help(await ctx.agenda.actor({ email: LEAD }))).toContain("status 1.3 loopt");
    expect(await help(await ctx.agenda.actor({ email: LEAD }))).not.toContain("koppel <overleg>");
    expect(await help(leader)).toContain("koppel <overleg>");
  });

  it("answers in the person's language, not the command word's: English to an English-speaking user", async () => {
    expect(text((await ctx.agenda.core.run("show 2.5", reader)).message)).toContain("Trekker(s):");
    expect(text((await ctx.agenda.core.run("show 2.5", { ...reader, locale: "en" })).message)).toContain("Lead organisation(s):");
    expect(text((await ctx.agenda.core.run("lijst status lopt", { ...reader, locale: "en" })).message)).toContain("Did you mean `running`?");
    expect(text((await ctx.agenda.core.run("stauts 1.3", reader)).message)).toContain("Bedoel je `status 1.3`?");
  });
});
