/**
 * The dashboard's read model on both databases: counts per theme, the weekly status counts from a history written
 * at known moments, one action in full, escalations with answers, and rounds with the response rate `ronde` says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { weeklyCounts } from "../../src/core/dashboard/weekly-counts.js";
import type { ActionStatus } from "../../src/core/domain/status.js";
import { texts } from "../../src/core/i18n/index.js";
import { openDashboardStores } from "../../src/persistence/dashboard-stores.js";
import type { Database } from "../../src/persistence/database.js";
import { renderText } from "../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../support/databases.js";

const clock = { at: new Date("2026-12-01T10:00:00+01:00"), now: () => clock.at };

/** The import as if it ran on Monday 2 November 2026 (history is append-only: the rows are moved with the triggers off). */
async function backdateImport(database: Database, at: Date): Promise<void> {
  await database.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRaw`UPDATE status_change SET created_at = ${at} WHERE channel = 'import'`;
    await tx.$executeRaw`UPDATE action SET created_at = ${at}, last_update_at = ${at}`;
  });
}

/** A status change at a given moment, as the writer stores one (from the status the action has). */
async function changeAt(database: Database, code: string, to: ActionStatus, at: Date, note: string | null = null): Promise<void> {
  await database.prisma.$transaction([
    database.prisma.$executeRaw`INSERT INTO status_change (action_id, from_status, to_status, note, channel, created_at)
      SELECT id, status, ${to}::"ActionStatus", ${note}, 'cli'::"Channel", ${at} FROM action WHERE code = ${code}`,
    database.prisma.$executeRaw`UPDATE action SET status = ${to}::"ActionStatus", last_update_at = ${at} WHERE code = ${code}`,
  ]);
}

describe.each(DATABASE_KINDS)("the dashboard's read model on %s", (kind) => {
  let agenda: TestAgenda;
  let leader: Actor;
  const reader = () => openDashboardStores(agenda.database, agenda.ports.agendaId).reader;

  beforeAll(async () => {
    agenda = await openTestAgenda(kind, { clock });
    const { database, store } = agenda;
    await backdateImport(database, new Date("2026-11-02T09:00:00+01:00"));
    await changeAt(database, "1.3", "loopt", new Date("2026-11-11T10:15:00+01:00"), "pilot gestart");
    await changeAt(database, "1.4", "loopt", new Date("2026-11-12T16:40:00+01:00"));
    await changeAt(database, "1.3", "afgerond", new Date("2026-11-16T09:05:00+01:00"), "klaar");
    await changeAt(database, "1.1", "loopt", new Date("2026-11-18T11:00:00+01:00"));
    // Sunday 22:30 UTC is still Sunday (23:30) in Amsterdam in winter: the week of 16 November.
    await changeAt(database, "4.4", "loopt", new Date("2026-11-22T22:30:00Z"));
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam: the week of 30 November.
    await changeAt(database, "2.5", "gepauzeerd", new Date("2026-11-29T23:30:00Z"));

    const pim = await store.ensurePerson(LEADER, "Pim Projectleider");
    await store.linkIdentity(pim.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const anna = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    const bram = await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    await store.linkIdentity(bram.id, { platform: "slack", tenantId: "T1", externalId: "UBRAM" });
    await store.addLead("1.4", anna.id, pim.id);
    await store.addLead("2.6", anna.id, pim.id);
    await store.addLead("2.7", bram.id, pim.id);
    leader = await agenda.actor({ email: LEADER });
    for (let i = 1; i <= 7; i++) await agenda.core.run(`notitie 1.4 voortgang ${i}`, leader);
    await agenda.core.run("escaleer 1.4 RWB: wie betaalt de scholing?", leader);
    await agenda.core.run("escaleer 2.6 hoe verder?", leader);
    // The answer to the first escalation, given the day before.
    const today = clock.at;
    clock.at = new Date("2026-11-30T14:00:00+01:00");
    expect((await agenda.core.run("antwoord 1 Uit het steunpakket.", leader)).changed).toBe(true);
    clock.at = today;
    expect((await agenda.core.run("herinner start thema 2", leader)).changed).toBe(true);
    await agenda.core.press("action.confirm", "2.6", await agenda.actor({ email: "anna@haarlem.nl" }), "nl");
    await agenda.core.press("action.not-mine", "2.7", await agenda.actor({ email: "bram@velsen.nl" }), "nl");
  }, 120_000);
  afterAll(async () => agenda?.close());

  it("reads the agenda's frame in one go, as the agenda reader gives it", async () => {
    expect(await reader().structure()).toEqual({
      agenda: await agenda.store.agenda(),
      pillars: await agenda.store.pillars(),
      themes: await agenda.store.themes(),
      overleggen: await agenda.store.overleggen(),
    });
  });

  it("counts the actions per theme and status, and the open escalations per theme", async () => {
    const counts = await reader().themeStatusCounts();
    for (const theme of counts) {
      expect(theme.counts).toEqual(await agenda.store.countByStatus({ themes: [theme.themeNumber] }));
      expect(theme.total).toBe((await agenda.store.listActions({ themes: [theme.themeNumber] })).length);
    }
    expect(counts.find((theme) => theme.themeNumber === 1)?.counts).toEqual({ loopt: 7, afgerond: 1, nader_uit_te_werken: 3 });
    expect(counts.map((theme) => [theme.themeNumber, theme.openEscalations]).filter(([, open]) => open)).toEqual([[2, 1]]);
  });

  it("gives the counts at the end of every week from the history, ending at today's counts", async () => {
    const weeks = weeklyCounts(await reader().weeklyStatusDeltas(), clock.now());
    expect(
      weeks.map((week) => [week.week, week.counts.loopt, week.counts.nader_uit_te_werken, week.counts.afgerond, week.counts.gepauzeerd]),
    ).toEqual([
      ["2026-11-02", 35, 29, 0, 0],
      ["2026-11-09", 37, 27, 0, 0],
      ["2026-11-16", 37, 26, 1, 0],
      ["2026-11-23", 37, 26, 1, 0],
      ["2026-11-30", 37, 25, 1, 1],
    ]);
    const now = await agenda.store.countByStatus({});
    expect(weeks.at(-1)?.counts).toEqual({ loopt: 0, nader_uit_te_werken: 0, afgerond: 0, gepauzeerd: 0, vervallen: 0, ...now });
    const themeOne = weeklyCounts(await reader().weeklyStatusDeltas([1]), clock.now());
    expect(themeOne.map((week) => [week.week, week.total, week.counts.nader_uit_te_werken])).toEqual([
      ["2026-11-02", 11, 5],
      ["2026-11-09", 11, 3],
      ["2026-11-16", 11, 3],
      ["2026-11-23", 11, 3],
      ["2026-11-30", 11, 3],
    ]);
    expect(weeklyCounts(await reader().weeklyStatusDeltas([]), clock.now())).toEqual([]);
  });

  it("gives one action in full: all of its history and notes oldest first, leads, escalations with the answer", async () => {
    const action = await reader().actionRecord("1.4");
    expect(action?.history.map((entry) => [entry.from, entry.to, entry.at.toISOString(), entry.channel])).toEqual([
      [null, "nader_uit_te_werken", "2026-11-02T08:00:00.000Z", "import"],
      ["nader_uit_te_werken", "loopt", "2026-11-12T15:40:00.000Z", "cli"],
    ]);
    expect(action?.notes.map((note) => note.text)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `voortgang ${i}`));
    expect(action?.notes[0]?.by?.email).toBe(LEADER);
    expect(action?.leads.map((lead) => lead.displayName)).toEqual(["Anna de Vries"]);
    expect(action?.escalations).toMatchObject([
      {
        question: "wie betaalt de scholing?",
        overlegCode: "RWB",
        resolution: "Uit het steunpakket.",
        resolvedBy: { displayName: "Pim Projectleider" },
      },
    ]);
    expect(action?.escalations[0]?.resolvedAt?.toISOString()).toBe("2026-11-30T13:00:00.000Z");
    expect((await reader().actionRecord("1.3"))?.history.map((entry) => entry.note)).toEqual([null, "pilot gestart", "klaar"]);
    expect(await reader().actionRecord("9.99")).toBeNull();
  });

  it("lists escalations by theme, by overleg (with the theme's unaddressed ones) and open only", async () => {
    const all = await reader().escalations({});
    expect(all.map((e) => [e.code, e.overlegCode, e.resolvedAt !== null])).toEqual([
      ["2.6", null, false],
      ["1.4", "RWB", true],
    ]);
    expect((await reader().escalations({ openOnly: true })).map((e) => e.code)).toEqual(["2.6"]);
    expect((await reader().escalations({ themes: [1] })).map((e) => e.code)).toEqual(["1.4"]);
    expect((await reader().escalations({ overlegCode: "RWB", themes: [2] })).map((e) => e.code)).toEqual(["2.6", "1.4"]);
    expect((await reader().escalations({ overlegCode: "BOA", themes: [] })).map((e) => e.code)).toEqual([]);
  });

  it("gives each round's answers and the response rate in the words `ronde` uses", async () => {
    const [round] = await reader().rounds();
    expect(round).toMatchObject({ status: "open", startedBy: { displayName: "Pim Projectleider" }, leads: { answered: 2, total: 2 } });
    expect(round?.answers.unchanged).toBe(1);
    expect(round?.answers["not-mine"]).toBe(1);
    expect((round?.answers.none ?? 0) + 2).toBe(round?.actions);
    const rate = texts("nl").rounds.responseRate(round?.leads.answered ?? 0, round?.leads.total ?? 0);
    expect(renderText((await agenda.core.run("ronde", leader)).message)).toContain(rate);
    const inRound = await reader().actionRecord("2.6");
    expect(inRound?.rounds).toMatchObject([{ roundId: round?.id, answer: "unchanged", answeredBy: { displayName: "Anna de Vries" } }]);
  });

  it("finds a person by id", async () => {
    const pim = await agenda.store.findByEmail(LEADER);
    expect(await reader().person(pim?.id ?? 0)).toEqual(pim);
    expect(await reader().person(999_999)).toBeNull();
  });
});
