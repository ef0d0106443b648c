import { describe, expect, it } from "vitest";
import { buildDigest, overlegThemes } from "../../../src/core/digest/digest.js";
import type { ActionSummary, OverlegInfo, ThemeInfo } from "../../../src/core/domain/agenda.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const NOW = new Date("2026-11-23T08:00:00Z"); // Monday 09:00 in Amsterdam
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const overleg: OverlegInfo = {
  code: "RWB",
  name: "Regionaal Werkbedrijf",
  level: "bestuurlijk",
  reach: "ZK en IJmond",
  themesText: "",
  pillars: ["uitkering-naar-werk"],
  pillarsPossible: [],
};
const themes: ThemeInfo[] = [
  { number: 1, title: "Daling werkloosheid", targetGroup: "", pillarCode: "uitkering-naar-werk" },
  { number: 4, title: "Aansluiting onderwijs", targetGroup: "", pillarCode: "onderwijs-naar-werk" },
];
const action = (code: string, status: ActionSummary["status"], lastUpdate: Date): ActionSummary => ({
  code,
  title: `Actie ${code}`,
  status,
  themeNumber: 1,
  pillarCode: "uitkering-naar-werk",
  scope: "REGIONAAL",
  trekkers: ["UWV"],
  financiering: "PoW",
  funding: { status: "toegekend", source: "PoW", amountCents: null, note: null, changedAt: null },
  lastUpdateAt: lastUpdate,
});

describe("digest content", () => {
  it("covers only the overleg's pillars", () => {
    expect(overlegThemes(overleg, themes).map((theme) => theme.number)).toEqual([1]);
    expect(overlegThemes({ ...overleg, pillars: [], pillarsPossible: ["onderwijs-naar-werk"] }, themes).map((theme) => theme.number)).toEqual([4]);
    // The themes the agenda file names for it come first.
    expect(overlegThemes({ ...overleg, themeNumbers: [4] }, themes).map((theme) => theme.number)).toEqual([4]);
  });

  it("shows counts, what changed (newest first), the stalest open actions first, escalations and the round", () => {
    const anna = { id: 1, email: "anna@haarlem.nl", displayName: "Anna", locale: null };
    const text = renderText(
      buildDigest(
        {
          overleg,
          themes: overlegThemes(overleg, themes),
          actions: [
            action("1.1", "loopt", daysAgo(2)),
            action("1.3", "nader_uit_te_werken", daysAgo(21)),
            action("1.4", "nader_uit_te_werken", daysAgo(70)),
          ],
          activity: [
            { code: "1.1", title: "Actie 1.1", at: daysAgo(5), by: anna, kind: "status", from: "nader_uit_te_werken", to: "loopt", text: "gestart" },
            { code: "1.1", title: "Actie 1.1", at: daysAgo(2), by: anna, kind: "note", text: "tien kandidaten gesproken" },
          ],
          escalations: {
            open: [
              {
                id: 7,
                number: 7,
                code: "1.3",
                title: "Actie 1.3",
                themeNumber: 1,
                overlegCode: "RWB",
                question: "Wie betaalt fase 2?",
                raisedBy: anna,
                raisedAt: daysAgo(3),
                state: "open",
                resolvedAt: null,
                resolvedBy: null,
                resolution: null,
              },
            ],
            resolved: [],
          },
          round: { answered: 3, total: 4 },
          since: daysAgo(7),
          now: NOW,
        },
        "nl",
      ),
    );
    expect(text).toContain("Weekoverzicht RWB · 23 nov 2026");
    expect(text).toContain("Thema's: 1 Daling werkloosheid");
    expect(text).toMatch(/loopt\s+█+░*\s+1\nnader uit te werken\s+█+░*\s+2/);
    expect(text).toContain("Wat is er veranderd sinds 16 nov 2026");
    expect(text.indexOf("tien kandidaten gesproken")).toBeLessThan(text.indexOf("nader uit te werken → loopt · Anna"));
    expect(text).toContain("Nog nader uit te werken (2)");
    expect(text.indexOf("• 1.4 Actie 1.4")).toBeLessThan(text.indexOf("• 1.3 Actie 1.3"));
    expect(text).toContain("laatste update 3 weken geleden");
    expect(text).toContain("Open escalaties (1)");
    expect(text).toContain("Wie betaalt fase 2?");
    expect(text).toContain("Herinneringsronde: 3 van de 4 trekkers hebben gereageerd (75%).");
  });

  it("says so when nothing changed", () => {
    const text = renderText(
      buildDigest({ overleg, themes, actions: [], activity: [], escalations: { open: [], resolved: [] }, since: daysAgo(7), now: NOW }, "en"),
    );
    expect(text).toContain("No changes or notes since 16 Nov 2026.");
    expect(text).toContain("No open escalations.");
  });
});

forEachDatabase("digest from the agenda", { agenda: true, clock: new Date() }, (ctx) => {
  const agenda = () => ctx.agenda;

  it("previews an overleg's digest with this week's changes in its themes only", async () => {
    const leader = await agenda().actor({ email: LEADER });
    await agenda().core.run("status 2.5 loopt profielen in de maak", leader);
    await agenda().core.run("notitie 7.1 vacatures verzameld", leader);
    await agenda().core.run("escaleer 3.2 RWB: wie houdt de doelgroep in beeld?", leader);
    await agenda().core.run("escaleer 8.1 wie financiert dit?", leader);
    const reader = await agenda().actor({ email: null });
    const text = renderText((await agenda().core.run("digest RWB", reader)).message);
    expect(text).toContain("Weekoverzicht RWB");
    expect(text).toContain("2.5 Kandidaten in beeld via heldere profielen");
    expect(text).toContain("profielen in de maak");
    expect(text).not.toContain("vacatures verzameld"); // theme 7 is werkgelegenheid, not RWB's
    expect(text).toContain("wie houdt de doelgroep in beeld?");
    expect(text).not.toContain("wie financiert dit?");
    expect(text).toContain("Nog nader uit te werken (");
    const notLinked = renderText(
      (await agenda().core.run("digest", { ...reader, conversation: { platform: "slack", tenantId: "T1", channelId: "C9", isChannel: true } }))
        .message,
    );
    expect(notLinked).toContain("Dit kanaal is niet gekoppeld aan een overleg");
    expect(renderText((await agenda().core.run("digest XYZ", reader)).message)).toContain("Overleg `XYZ` ken ik niet.");
  });

  it("covers the seven days before now in `digest` and in the digest the leader posts with `digest nu`", async () => {
    const leader = await agenda().actor({ email: LEADER });
    const inChannel = { ...leader, conversation: { platform: "slack" as const, tenantId: "T1", channelId: "C-RWB", isChannel: true } };
    expect((await agenda().core.run("koppel RWB", inChannel)).changed).toBe(true);
    await agenda().core.run("status 2.5 loopt profielen in de maak", leader);
    await agenda().core.run("notitie 1.3 tien kandidaten gesproken", leader);
    const written = Date.now();
    const preview = async () => renderText((await agenda().core.run("digest RWB", leader)).message);
    const posted = async () => {
      expect((await agenda().core.run("digest nu", inChannel)).changed).toBe(true);
      const row = await agenda().database.prisma.outboxMessage.findFirstOrThrow({ where: { target: "C-RWB" }, orderBy: { id: "desc" } });
      return renderText(row.payload as unknown as Message);
    };
    // Six days and 23 hours later both are still this week's news.
    ctx.clock.set(new Date(written + 7 * DAY - 60 * 60 * 1000));
    for (const text of [await preview(), await posted()]) {
      expect(text).toContain("profielen in de maak");
      expect(text).toContain("tien kandidaten gesproken");
    }
    // A week and a minute later they are not.
    ctx.clock.set(new Date(written + 7 * DAY + 60 * 1000));
    for (const text of [await preview(), await posted()]) {
      expect(text).toContain("Geen wijzigingen of notities sinds");
      expect(text).not.toContain("tien kandidaten gesproken");
    }
  });
  it("posts `digest nu` once when it is asked twice a second apart around the turn of a minute, and again a minute later", async () => {
    const leader = await agenda().actor({ email: LEADER });
    const inChannel = { ...leader, conversation: { platform: "slack" as const, tenantId: "T1", channelId: "C-RWB", isChannel: true } };
    expect((await agenda().core.run("koppel RWB", inChannel)).changed).toBe(true);
    const posts = () => agenda().database.prisma.outboxMessage.count({ where: { target: "C-RWB" } });
    const minute = Math.ceil(Date.now() / 60_000) * 60_000;
    const askAt = async (ms: number) => {
      ctx.clock.set(new Date(ms));
      return renderText((await agenda().core.run("digest nu", inChannel)).message);
    };
    expect(await askAt(minute - 500)).toContain("geplaatst");
    expect(await askAt(minute + 500)).toContain("staat al klaar");
    expect(await posts()).toBe(1);
    expect(await askAt(minute + 61_000)).not.toContain("staat al klaar");
    expect(await posts()).toBe(2);
  });
});
