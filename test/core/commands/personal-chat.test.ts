/** Issue 16: a command for a linked channel typed in a personal chat says where it works and how to link one; `ronde sluit` reads naturally. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import { texts } from "../../../src/core/i18n/index.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../../support/agenda-fixture.js";

const DIRECT = { platform: "slack" as const, tenantId: "T1", channelId: "D-LEADER", isChannel: false };
const HOW_TO_LINK = "Zo koppel je een kanaal: nodig de bot uit in het kanaal van het overleg en typ daar `koppel RWB` (projectleider).";

describe("commands for a linked channel, in a personal chat (PGlite)", () => {
  let agenda: TestAgenda;
  let leader: Actor;
  beforeAll(async () => {
    agenda = await openTestAgenda("pglite");
    leader = { ...(await agenda.actor({ email: LEADER })), conversation: DIRECT };
  }, 120_000);
  afterAll(async () => agenda?.close());

  it.each([
    ["digest nu", "digest nu"],
    ["digest schema", "digest schema"],
    ["digest schema vrijdag 14:00 feestdagen overslaan", "digest schema"],
    ["digest taal", "digest taal"],
    ["digest taal en", "digest taal"],
  ])("`%s` says it works in a channel linked to an overleg, and how to link one", async (typed, spoken) => {
    const { conversation: _, ...inTheCli } = leader;
    for (const actor of [leader, inTheCli]) {
      const reply = await agenda.core.run(typed, actor);
      expect(reply.message.summary).toBe(`\`${spoken}\` werkt in een kanaal dat aan een overleg gekoppeld is, niet in een persoonlijke chat.`);
      const text = renderText(reply.message);
      expect(text).toContain(HOW_TO_LINK);
      expect(text).toContain("Het weekoverzicht van een overleg bekijk je ook hier, met `digest RWB`.");
      expect(text).not.toContain("Dit kanaal");
      expect(reply.changed).toBe(false);
    }
    expect(await agenda.database.prisma.channelLink.count()).toBe(0);
  });

  it("`digest` asks which overleg, naming them, instead of saying this chat is not linked", async () => {
    const text = renderText((await agenda.core.run("digest", leader)).message);
    expect(text).toContain("Noem het overleg waarvan je het weekoverzicht wilt zien, bijvoorbeeld `digest RWB`. De overleggen: BOA, REO, RWB, IPO,");
    expect(text).toContain(`In een kanaal dat aan een overleg gekoppeld is, is \`digest\` genoeg. ${HOW_TO_LINK}`);
    expect(text).not.toContain("Dit kanaal is niet gekoppeld");
  });

  it("`koppel` says to type it in the overleg's channel, after inviting the bot there", async () => {
    const text = renderText((await agenda.core.run("koppel RWB", leader)).message);
    expect(text).toContain("`koppel` werkt alleen in een kanaal van Slack of Teams");
    expect(text).toContain(
      "Nodig de bot eerst uit in het kanaal van het overleg (Slack: `/invite @Doe-agenda`; Teams: voeg de app toe aan het team)",
    );
  });

  it("says it in English to an English-speaking user", async () => {
    const english = { ...leader, locale: "en" as const };
    const reply = await agenda.core.run("digest schedule friday 14:00", english);
    expect(reply.message.summary).toBe("`digest schedule` works in a channel linked to an overleg, not in a personal chat.");
    expect(renderText(reply.message)).toContain(
      "To link a channel: invite the bot to the overleg's channel and type `link RWB` there (project leader).",
    );
    expect(renderText((await agenda.core.run("digest", english)).message)).toContain("Name the overleg whose digest you want to see");
  });

  it("in a channel that is not linked still says that this channel is not linked", async () => {
    const inChannel = { ...leader, conversation: { ...DIRECT, channelId: "C-NEW", isChannel: true } };
    for (const typed of ["digest", "digest nu", "digest schema", "digest taal"]) {
      expect((await agenda.core.run(typed, inChannel)).message.summary).toBe(
        "Dit kanaal is niet gekoppeld aan een overleg, dus er is geen weekoverzicht.",
      );
    }
  });
});

describe("help and hints name `ronde sluit` naturally", () => {
  it("in the round's hint and in help, in Dutch and English", () => {
    expect(texts("nl").rounds.closeHint).toBe("`ronde sluit` — sluit de lopende ronde nu en stuurt je de samenvatting.");
    expect(texts("en").rounds.closeHint).toBe("`round close` — closes the open round now and sends you the summary.");
    expect(texts("nl").help.commands.ronde.description).toBe(
      "wie heeft gereageerd in de lopende ronde; `ronde sluit` — sluit de lopende ronde nu, met een samenvatting (projectleider)",
    );
    expect(texts("en").help.commands.ronde.description).toBe(
      "who answered in the open round; `round close` — closes the open round now, with a summary (project leader)",
    );
    for (const locale of ["nl", "en"] as const) {
      const all = JSON.stringify({ ...texts(locale).rounds, help: texts(locale).help });
      expect(all).not.toMatch(/`ronde sluit` sluit|`round close` closes/);
    }
    expect(texts("nl").help.commands.digest.usage).toBe(
      "digest [overleg] · digest nu · digest schema [vrijdag 14:00] [feestdagen overslaan] · digest taal [nl | en]",
    );
  });
});
