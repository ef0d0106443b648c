import { expect, it } from "vitest";
import { composeRegions } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import { identify } from "../../../src/core/identify.js";
import { RegionLeaderPolicy } from "../../../src/core/regions/region-leader-policy.js";
import { PrismaRegionLeaderStore } from "../../../src/persistence/prisma-region-leaders.js";
import { renderText } from "../../../src/render/text.js";
import { AGENDA_FILE, LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const ANNA = "anna@haarlem.nl";
const BOB = "bob@velsen.nl";

forEachDatabase("Project leaders per region, kept in the database", { agenda: true }, (ctx) => {
  const run = async (text: string, email: string | null, locale?: "en") => {
    const actor = await ctx.agenda.actor({ email, ...(locale ? { locale } : {}) });
    return renderText((await ctx.agenda.core.run(text, actor)).message);
  };
  const leadersOf = async (agendaId: number) =>
    (await ctx.database.prisma.regionLeader.findMany({ where: { agendaId }, orderBy: { email: "asc" } })).map((row) => row.email);

  /** A second, empty region with one leader, and the app of that region as the service composes it, on the same database. */
  async function secondRegion() {
    const agenda = await ctx.database.prisma.agenda.create({ data: { slug: "tweede", name: "Tweede regio" } });
    await ctx.database.prisma.regionLeader.create({ data: { agendaId: agenda.id, email: BOB } });
    const config = loadConfig({ LEADER_EMAILS: LEADER, AGENDA_FILE });
    const [, app] = await composeRegions(ctx.database, config, { seed: false });
    if (!app) throw new Error("the second region was not composed");
    const say = async (text: string, email: string) =>
      renderText((await app.core.run(text, await identify(app.people, app.leaders, { email, channel: "cli" }))).message);
    return { agenda, app, say };
  }

  it("makes every LEADER_EMAILS address a leader of the first region on start, and lists it as coming from there", async () => {
    expect(await leadersOf(ctx.agenda.ports.agendaId)).toEqual([LEADER]);
    const listed = await run("leiders", LEADER);
    expect(listed).toContain("1 projectleider in deze regio");
    expect(listed).toContain(`${LEADER}`);
    expect(listed).toContain("uit LEADER_EMAILS");
  });

  it("adds a leader who can then use the leader's commands, and stores it before saying so", async () => {
    expect(await run(`trekker 1.3 ${BOB}`, ANNA)).toContain("Alleen de projectleider kan `trekker` gebruiken.");
    expect(await run(`leider toevoegen ${ANNA.toUpperCase()}`, LEADER)).toContain(`✓ ${ANNA} is nu projectleider van deze regio.`);
    expect(await leadersOf(ctx.agenda.ports.agendaId)).toEqual([ANNA, LEADER]);
    expect(await run(`trekker 1.3 ${BOB}`, ANNA)).toContain(`${BOB} is nu trekker van 1.3.`);
    expect(await run(`leider toevoegen ${ANNA}`, LEADER)).toContain(`${ANNA} was al projectleider van deze regio; er is niets gewijzigd.`);
    const listed = await run("leiders", ANNA);
    expect(listed).toContain("2 projectleiders in deze regio");
    expect(listed).toContain(ANNA);
  });

  it("refuses the leader commands to anyone else, with how to become a leader", async () => {
    for (const text of ["leiders", `leider toevoegen ${ANNA}`, `leider weg ${LEADER}`]) {
      const answer = await run(text, ANNA);
      expect(answer).toContain("Alleen de projectleider kan `leider` gebruiken.");
      expect(answer).toContain("`leider toevoegen <jouw e-mailadres>`");
    }
    expect(await run(`leider toevoegen ${ANNA}`, null)).toContain("Alleen de projectleider");
    expect(await leadersOf(ctx.agenda.ports.agendaId)).toEqual([LEADER]);
  });

  it("says what is wrong with an address that is not one, in Dutch and English, and stores nothing", async () => {
    expect(await run("leider toevoegen anna.haarlem.nl", LEADER)).toContain("`anna.haarlem.nl` is geen e-mailadres: er staat geen @ in.");
    expect(await run("leider toevoegen anna@haarlem", LEADER)).toContain("na de @ staat geen domein zoals gemeente.nl");
    expect(await run("leider toevoegen @haarlem.nl", LEADER)).toContain("voor de @ staat geen naam");
    expect(await run("leider toevoegen", LEADER)).toContain("Bij `leider toevoegen` hoort een e-mailadres.");
    expect(await run("leider benoem anna@haarlem.nl", LEADER)).toContain("`leider benoem` ken ik niet.");
    expect(await run("leader add anna.haarlem.nl", LEADER, "en")).toContain("`anna.haarlem.nl` is not an e-mail address: it has no @.");
    expect(await leadersOf(ctx.agenda.ports.agendaId)).toEqual([LEADER]);
  });

  it("refuses to remove an address of LEADER_EMAILS, and removes one added by command", async () => {
    const refused = await run(`leider weg ${LEADER}`, LEADER);
    expect(refused).toContain(`${LEADER} staat in LEADER_EMAILS en blijft daarom projectleider`);
    expect(refused).toContain("Haal het adres uit LEADER_EMAILS");
    await run(`leider toevoegen ${ANNA}`, LEADER);
    expect(await run(`leader remove ${ANNA}`, LEADER, "en")).toContain(`✓ ${ANNA} is no longer a project leader of this region.`);
    expect(await run(`trekker 1.3 ${BOB}`, ANNA)).toContain("Alleen de projectleider");
    expect(await run(`leider weg ${ANNA}`, LEADER)).toContain(`${ANNA} is geen projectleider van deze regio`);
    expect(await leadersOf(ctx.agenda.ports.agendaId)).toEqual([LEADER]);
  });

  it("keeps other regions' leaders apart, only from the database, and never removes a region's last leader", async () => {
    const { agenda, app, say } = await secondRegion();
    expect(app.leaders.list).toEqual([BOB]);
    expect(app.leaders.isLeader(LEADER)).toBe(false);
    expect(ctx.agenda.leaders.isLeader(BOB)).toBe(false);
    expect(await say("leiders", LEADER)).toContain("Alleen de projectleider");
    const last = await say(`leider weg ${BOB}`, BOB);
    expect(last).toContain(`${BOB} is de laatste projectleider van deze regio en blijft dat`);
    expect(await say(`leider toevoegen ${ANNA}`, BOB)).toContain(`${ANNA} is nu projectleider van deze regio.`);
    expect(await say(`leider weg ${BOB}`, ANNA)).toContain(`✓ ${BOB} is geen projectleider meer van deze regio.`);
    expect(await leadersOf(agenda.id)).toEqual([ANNA]);
    expect(await leadersOf(ctx.agenda.ports.agendaId)).toEqual([LEADER]);
  });

  it("leaves a region one leader when its two leaders remove each other at the same moment", async () => {
    const { agenda } = await secondRegion();
    await ctx.database.prisma.regionLeader.create({ data: { agendaId: agenda.id, email: ANNA } });
    const store = new PrismaRegionLeaderStore(ctx.database, agenda.id);
    const outcomes = await Promise.all([store.remove(ANNA), store.remove(BOB)]);
    expect(outcomes.sort()).toEqual(["last-leader", "removed"]);
    expect(await leadersOf(agenda.id)).toHaveLength(1);
  });

  it("shows the leader commands in help to leaders only, in their language", async () => {
    expect(await run("help", LEADER)).toContain("leiders · leider toevoegen <e-mail> · leider weg <e-mail>");
    expect(await run("help", LEADER, "en")).toContain("leaders · leader add <e-mail> · leader remove <e-mail>");
    expect(await run("help", ANNA)).not.toContain("leider toevoegen");
  });

  it("lets a second instance see a change within the refresh interval, and not before", async () => {
    let now = 0;
    const store = new PrismaRegionLeaderStore(ctx.database, ctx.agenda.ports.agendaId);
    const other = await RegionLeaderPolicy.load({ store, configured: [LEADER], now: () => now });
    await run(`leider toevoegen ${ANNA}`, LEADER);
    const asked = () => identify(ctx.agenda.ports.people, other, { email: ANNA, channel: "slack" });
    now = 29_000;
    expect((await asked()).isLeader).toBe(false);
    now = 31_000;
    expect((await asked()).isLeader).toBe(true);
    await run(`leider weg ${ANNA}`, LEADER);
    await other.refresh();
    expect(other.isLeader(ANNA)).toBe(false);
  });
});
