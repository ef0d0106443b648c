/** People as data (issue 13, part 1) on both databases: the people file, several leads at once, who leads what, each person's language. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { exportPeople, importPeople } from "../../../src/cli/people.js";
import type { Actor } from "../../../src/core/actor.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

forEachDatabase("people as data", { agenda: true }, (ctx) => {
  let dir: string;
  let leader: Actor;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-people-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
  });
  const file = async (name: string, text: string) => {
    const path = join(dir, `${ctx.kind}-${name}`);
    await writeFile(path, text, "utf8");
    return path;
  };
  const run = async (text: string, actor: Actor = leader) => renderText((await ctx.agenda.core.run(text, actor)).message).trimEnd();

  it("links every lead of a people file in one go, and a second import changes only what changed", async () => {
    const path = await file(
      "leads.csv",
      "\uFEFFemail;naam;organisatie;taal;acties\r\nanna@uwv.nl;Anna de Vries;UWV;nl;1.3 1.4\r\nbob@nova.nl;Bob Smit;Nova College;en;1.4, 2.1\r\n",
    );
    const outcome = await importPeople(ctx.agenda, path, "nl");
    expect(outcome).toEqual({ code: 0, out: "2 personen gelezen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd; 4 trekkers gekoppeld.\n" });
    expect(await ctx.agenda.database.prisma.actionLead.count()).toBe(4);
    const bob = await ctx.agenda.database.prisma.person.findUnique({ where: { email: "bob@nova.nl" } });
    expect(bob).toMatchObject({ displayName: "Bob Smit", organisation: "Nova College", locale: "en" });

    // The same file again changes nothing; a name added later updates the person.
    expect((await importPeople(ctx.agenda, path, "nl")).out).toBe(
      "2 personen gelezen: 0 nieuw, 0 bijgewerkt, 2 ongewijzigd; 0 trekkers gekoppeld.\n",
    );
    const renamed = await file("renamed.csv", "email,name\nanna@uwv.nl,Anna Vries-de Jong\n");
    expect((await importPeople(ctx.agenda, renamed, "en")).out).toBe("1 person read: 0 new, 1 updated, 0 unchanged; 0 leads linked.\n");
  });

  it("stores nothing from a file with one bad row, and names the row and the field", async () => {
    const path = await file("bad.csv", "email;acties\nanna@uwv.nl;1.3\nbob@nova;1.4\ncees@ijmond.nl;9.99\n");
    const outcome = await importPeople(ctx.agenda, path, "nl");
    expect(outcome.code).toBe(1);
    expect(outcome.err).toContain('Regel 3, kolom email: "bob@nova" is geen e-mailadres.');
    expect(outcome.err).toContain("Regel 4, kolom acties: actie 9.99 staat niet in de agenda.");
    expect(outcome.err).toContain("er is niets opgeslagen");
    expect(await ctx.agenda.database.prisma.person.count({ where: { email: "anna@uwv.nl" } })).toBe(0);
    expect(await ctx.agenda.database.prisma.actionLead.count()).toBe(0);
  });

  it("writes the people file that it reads", async () => {
    await run("trekker 1.3 1.4 anna@uwv.nl");
    const out = join(dir, `${ctx.kind}-export.csv`);
    expect(await exportPeople(ctx.agenda, out, "nl")).toEqual({ code: 0, err: `1 persoon weggeschreven naar ${out}\n` });
    const printed = await exportPeople(ctx.agenda, undefined, "nl");
    expect(printed.out).toBe("\uFEFFemail;naam;organisatie;taal;acties\r\nanna@uwv.nl;;;;1.3 1.4\r\n");
  });

  it("assigns several leads to several actions in one command, and checks every code and person first", async () => {
    expect(await run("trekker 1.3 1.4 2.1 anna@uwv.nl bob@nova.nl")).toBe(
      "✓ anna@uwv.nl is nu trekker van 1.3, 1.4 en 2.1.\nbob@nova.nl is nu trekker van 1.3, 1.4 en 2.1.",
    );
    expect(await ctx.agenda.database.prisma.actionLead.count()).toBe(6);
    expect(await run("trekker 1.3 2.2 anna@uwv.nl")).toBe("✓ anna@uwv.nl is nu trekker van 2.2.\nanna@uwv.nl was al trekker van 1.3.");
    // One unknown code: nothing stored, not even for the codes that exist.
    const refused = await run("trekker 1.3 1.5 9.9 cees@ijmond.nl");
    expect(refused).toContain("9.9");
    expect(await ctx.agenda.database.prisma.person.count({ where: { email: "cees@ijmond.nl" } })).toBe(0);
    expect(await run("trekker 1.3 1.4 weg bob@nova.nl")).toBe("✓ bob@nova.nl is geen trekker meer van 1.3 en 1.4.");
  });

  it("lists who leads what, how each can be reached, and which actions have nobody", async () => {
    await run("trekker 1.3 1.4 anna@uwv.nl");
    await ctx.agenda.database.prisma.person.update({ where: { email: "anna@uwv.nl" }, data: { displayName: "Anna de Vries", organisation: "UWV" } });
    const anna = await ctx.agenda.actor({
      email: "anna@uwv.nl",
      identity: { platform: "slack", tenantId: "T1", externalId: "U1" },
      channel: "slack",
    });
    expect(anna.person).not.toBeNull();
    await run("trekker 2.1 bob@nova.nl");
    const all = await run("trekkers");
    expect(all).toContain("Trekkers: 2 personen bij 3 acties");
    expect(all).toContain("Anna de Vries (UWV) · Slack");
    expect(all).toContain("bob@nova.nl · niet bereikbaar in de chat");
    expect(all).toContain("1 van 2 trekkers zijn in de chat te bereiken.");
    expect(all).toMatch(/Zonder trekker \(\d+\)/);
    const without = all.split(/Zonder trekker \(\d+\)/)[1] ?? "";
    expect(without).toMatch(/(^|\s)1\.1,/m);
    expect(without).not.toMatch(/(^|\s)(1\.3|1\.4|2\.1),/m);
    expect(await run("trekkers uwv")).toContain("Trekkers: 1 persoon bij 2 acties");
    expect(await run("trekkers 2.1")).toContain("2.1 ");
    expect(await run("trekkers 5.1")).toBe(
      "Bij 5.1 is geen trekker gekoppeld.\n  Koppel een trekker met `trekker 1.3 @naam` (ook meerdere acties en personen tegelijk), of iedereen in één keer met het personenbestand: `npm run cli -- mensen import trekkers.csv`.",
    );
    const lead = await ctx.agenda.actor({ email: "anna@uwv.nl" });
    expect(await run("trekkers", lead)).toContain("Alleen de projectleider kan `trekkers` gebruiken.");
  });

  it("remembers each person's language: chosen, else the first one a platform reports, and answers in it", async () => {
    await run("trekker 1.3 anna@uwv.nl");
    const fromSlack = await ctx.agenda.actor({ email: "anna@uwv.nl", locale: "en", channel: "slack" });
    expect(fromSlack.locale).toBe("en");
    // A later platform locale does not override the one remembered.
    expect((await ctx.agenda.actor({ email: "anna@uwv.nl", locale: "nl", channel: "slack" })).locale).toBe("en");
    expect(await run("taal nl", fromSlack)).toBe("✓ Ik schrijf je voortaan in het Nederlands.");
    expect((await ctx.agenda.actor({ email: "anna@uwv.nl", locale: "en", channel: "teams" })).locale).toBe("nl");
    expect(await run("language English", fromSlack)).toBe("✓ From now on I write to you in English.");
    const english = await ctx.agenda.actor({ email: "anna@uwv.nl", locale: "nl", channel: "slack" });
    expect(english.locale).toBe("en");
    expect(await run("taal Duits", english)).toContain("`Duits` is not a language I speak.");
    const stranger = await ctx.agenda.actor({ email: null });
    expect(await run("taal en", stranger)).toContain("Ik weet nog niet wie je bent");
  });

  it("writes each lead's reminder in their own language, not the leader's", async () => {
    await run("trekker 1.3 anna@uwv.nl bob@nova.nl");
    const anna = await ctx.agenda.actor({
      email: "anna@uwv.nl",
      identity: { platform: "slack", tenantId: "T1", externalId: "UANNA" },
      channel: "slack",
    });
    await ctx.agenda.actor({ email: "bob@nova.nl", identity: { platform: "slack", tenantId: "T1", externalId: "UBOB" }, channel: "slack" });
    await run("taal en", anna);
    expect(await run("herinner start")).toContain("2 trekkers");
    const reminders = await ctx.agenda.database.prisma.outboxMessage.findMany({ where: { target: { in: ["UANNA", "UBOB"] } } });
    const summaryFor = (target: string) => (reminders.find((row) => row.target === target)?.payload as { summary?: string } | undefined)?.summary;
    expect(summaryFor("UANNA")).toBe("How are your actions doing?");
    expect(summaryFor("UBOB")).toBe("Hoe staat het met je acties?");
  });
});
