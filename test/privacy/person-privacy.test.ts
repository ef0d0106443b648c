import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { parseCommand } from "../../src/core/commands/grammar.js";
import type { Message } from "../../src/core/messages/model.js";
import { exportCounts } from "../../src/core/privacy/person-privacy.js";
import { openDashboardStores } from "../../src/persistence/dashboard-stores.js";
import type { Database } from "../../src/persistence/database.js";
import { renderText } from "../../src/render/text.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

const EMAIL = "anna.jansen@uwv.nl";
const NAME = "Anna Jansen";
const text = (message: Message) => renderText(message);

/** Every row of every table (text, arrays and JSON as text) that holds `term`, as `table.column`. */
async function whereStored(database: Database, term: string): Promise<string[]> {
  const columns = await database.prisma.$queryRawUnsafe<{ table: string; column: string }[]>(
    `SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
       AND (data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY'))`,
  );
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [row] = await database.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`,
      `%${term}%`,
    );
    if (row && Number(row.n) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

/** "refused" when the database refused the statement with the history's rule (restrict_violation), else what happened. */
async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "done";
  } catch (error) {
    // The PGlite driver adapter drops the database's message, not its code.
    return JSON.stringify(error).includes('"23001"') ? "refused" : String(error);
  }
}

/** The history's facts: how many rows each history table holds. */
async function historyCounts(database: Database) {
  const p = database.prisma;
  return {
    statusChanges: await p.statusChange.count(),
    notes: await p.note.count(),
    funding: await p.fundingEntry.count(),
    measurements: await p.measurement.count(),
    escalations: await p.escalation.count(),
    answered: await p.roundItem.count({ where: { answeredById: { not: null } } }),
    people: await p.person.count(),
    statuses: (await p.statusChange.findMany({ orderBy: { id: "asc" }, select: { toStatus: true, createdAt: true, personId: true } })).map(
      (row) => `${row.toStatus} ${row.createdAt.toISOString()} ${row.personId}`,
    ),
  };
}

it("reads persoon export and vergeet in Dutch and English, also with an address as Slack links it", () => {
  expect(parseCommand("persoon export Anna.Jansen@UWV.nl")).toMatchObject({ ok: true, command: { name: "persoon", action: "export", email: EMAIL } });
  expect(parseCommand(`/actie persoon vergeet <mailto:${EMAIL}|${EMAIL}> bevestig`)).toMatchObject({
    ok: true,
    command: { action: "vergeet", email: EMAIL, confirmed: true },
  });
  expect(parseCommand(`person forget ${EMAIL} confirm`)).toMatchObject({ ok: true, english: true, command: { action: "vergeet", confirmed: true } });
  expect(parseCommand(`persoon vergeet ${EMAIL}`)).toMatchObject({ ok: true, command: { confirmed: false } });
  expect(parseCommand(`persoon vergeet ${EMAIL} nu`)).toMatchObject({ ok: false, error: { code: "persoon-usage", given: "nu" } });
  expect(parseCommand(`persoon wis ${EMAIL}`)).toMatchObject({ ok: false, error: { code: "persoon-usage", given: "wis" } });
});

forEachDatabase("persoon export and vergeet", { agenda: true }, (ctx) => {
  let leader: Actor;
  let anna: Actor;
  let annaId: number;
  const run = async (input: string, actor: Actor) => ctx.agenda.core.run(input, actor);
  const say = async (input: string, actor: Actor) => text((await run(input, actor)).message);
  const prisma = () => ctx.agenda.database.prisma;

  /** Anna leads 2.5 and did a bit of everything through commands; others wrote about her. */
  beforeEach(async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    const person = await ctx.agenda.store.ensurePerson(EMAIL, NAME);
    annaId = person.id;
    await ctx.agenda.store.linkIdentity(annaId, { platform: "slack", tenantId: "T1", externalId: "UANNA7" });
    await prisma().person.update({ where: { id: annaId }, data: { organisation: "UWV", locale: "nl" } });
    await prisma().conversationRef.create({
      data: {
        platform: "teams",
        tenantId: "tenant",
        conversationId: "a:anna-personal",
        kind: "personal",
        personId: annaId,
        reference: { user: { name: NAME } },
      },
    });
    expect(await say("trekker 2.5 anna.jansen@uwv.nl", leader)).toContain("2.5");
    anna = await ctx.agenda.actor({ email: EMAIL });
    expect(await say("herinner start", leader)).toContain("De ronde is gestart");
    expect((await run("status 2.5 loopt eerste profielen gedeeld", anna)).changed).toBe(true);
    expect((await run("notitie 2.5 overleg met werkgevers gepland", anna)).changed).toBe(true);
    expect((await run(`notitie 2.5 ${NAME} (${EMAIL}) belt de werkgevers`, leader)).changed).toBe(true);
    expect((await run("doel 2.5 profielen opgesteld 40", anna)).changed).toBe(true);
    expect((await run("meting 2.5 1 12 eerste twaalf", anna)).changed).toBe(true);
    expect((await run("financiering 2.5 aangevraagd PoW", anna)).changed).toBe(true);
    expect((await run("escaleer 2.5 RWB: wie betaalt de profielen?", anna)).changed).toBe(true);
    expect((await run(`antwoord 1 de gemeente; ${NAME} hoort het nog`, leader)).changed).toBe(true);
    await prisma().action.updateMany({ where: { code: "2.5" }, data: { trekkers: ["UWV", NAME] } });
    await prisma().commandJournalEntry.create({
      data: {
        requestKey: "v0=anna-1",
        platform: "slack",
        request: { text: "mijn", user: "UANNA7" },
        owner: "test",
        leaseUntil: new Date(),
        receivedAt: new Date(),
        finishedAt: new Date(),
      },
    });
  });

  it("exports everything stored about her: the JSON has every section, chat gives the counts and points to the CLI", async () => {
    const data = await ctx.agenda.ports.privacy.exportPerson(EMAIL);
    expect(data?.person).toMatchObject({ email: EMAIL, displayName: NAME, organisation: "UWV", locale: "nl" });
    const counts = data ? exportCounts(data) : null;
    expect(counts).toMatchObject({
      identities: 1,
      conversations: 1,
      leads: 1,
      statusChanges: 1,
      notes: 1,
      fundingChanges: 1,
      measurements: 1,
      goalsCreated: 1,
      escalationsRaised: 1,
      escalationsResolved: 0,
      roundAnswers: 1,
      roundMessages: 1,
      journal: 1,
    });
    expect(counts?.outboxMessages).toBeGreaterThanOrEqual(2); // the round's reminder and the escalation's answer
    expect(data?.notes[0]).toMatchObject({ action: "2.5", text: "overleg met werkgevers gepland" });
    expect(data?.escalationsRaised[0]).toMatchObject({ number: 1, question: "wie betaalt de profielen?", outcome: "answered" });
    expect(data?.measurements[0]).toMatchObject({ action: "2.5", goal: 1, value: 12 });
    // Texts naming her: the leader's note, the escalation's answer, the action's trekkers, among others.
    const named = new Map(data?.mentions.map((mention) => [`${mention.table}.${mention.column}`, mention.rows]));
    expect(named.get("note.text")).toBe(1);
    expect(named.get("escalation.resolution")).toBe(1);
    expect(named.get("action.trekkers")).toBe(1);

    const summary = await say(`persoon export ${EMAIL}`, leader);
    expect(summary).toContain(`${NAME} (${EMAIL})`);
    expect(summary).toContain("notities: 1");
    expect(summary).toContain("metingen: 1");
    expect(summary).toContain("escalaties gesteld: 1");
    expect(summary).toMatch(/teksten die hen noemen \(ook van anderen\): [1-9]/);
    expect(summary).toContain(`npm run cli -- persoon export ${EMAIL}`);
    const english = await ctx.agenda.actor({ email: LEADER, locale: "en" });
    expect(await say(`person export ${EMAIL}`, english)).toContain("measurements: 1");
  });

  it("forgets her: history counts and facts intact, her name and address nowhere in the database, no longer found", async () => {
    const before = await historyCounts(ctx.agenda.database);
    expect(await openDashboardStores(ctx.agenda.database, ctx.agenda.ports.agendaId).reader.person(annaId)).not.toBeNull();
    expect(await whereStored(ctx.agenda.database, NAME)).not.toEqual([]);

    const preview = await say(`persoon vergeet ${EMAIL}`, leader);
    expect(preview).toContain(`persoon vergeet ${EMAIL} bevestig`);
    expect(await prisma().person.findUnique({ where: { email: EMAIL } })).not.toBeNull();

    const done = await run(`persoon vergeet ${EMAIL} bevestig`, leader);
    expect(done.changed).toBe(true);
    expect(text(done.message)).toContain(`Vergeten persoon ${annaId}`);

    expect(await historyCounts(ctx.agenda.database)).toEqual(before);
    for (const term of [EMAIL, NAME, "UANNA7", "a:anna-personal"]) expect(await whereStored(ctx.agenda.database, term), term).toEqual([]);
    expect(await prisma().person.findUnique({ where: { id: annaId } })).toMatchObject({
      email: `vergeten-${annaId}@invalid`,
      displayName: `Vergeten persoon ${annaId}`,
      organisation: null,
      locale: null,
    });
    expect(await prisma().platformIdentity.count({ where: { personId: annaId } })).toBe(0);
    expect(await prisma().actionLead.count({ where: { personId: annaId } })).toBe(0);
    // The leader's note keeps its words, with the pseudonym for her.
    const notes = await prisma().note.findMany({ orderBy: { id: "asc" } });
    expect(notes.map((note) => note.text)).toContain(`Vergeten persoon ${annaId} (vergeten-${annaId}@invalid) belt de werkgevers`);
    expect((await prisma().action.findFirst({ where: { code: "2.5" } }))?.trekkers).toEqual(["UWV", `Vergeten persoon ${annaId}`]);

    expect(await say(`persoon export ${EMAIL}`, leader)).toContain(`Niemand met het e-mailadres ${EMAIL}`);
    expect(await ctx.agenda.ports.people.findByEmail(EMAIL)).toBeNull();
    // Her dashboard sessions (signed cookies naming her id) end: the dashboard no longer knows the id.
    expect(await openDashboardStores(ctx.agenda.database, ctx.agenda.ports.agendaId).reader.person(annaId)).toBeNull();
    const shown = await say("toon 2.5", leader);
    expect(shown).not.toContain(NAME);
  });

  it("still refuses an ordinary rewrite of history, also with the setting for someone not forgotten or for other columns", async () => {
    const notes = async () => (await prisma().note.findMany({ orderBy: { id: "asc" } })).map((note) => note.text);
    const before = await notes();
    expect(await outcome(prisma().$executeRawUnsafe(`UPDATE note SET text = 'overgeschreven'`))).toBe("refused");
    expect(await outcome(prisma().$executeRawUnsafe(`UPDATE escalation SET question = 'anders'`))).toBe("refused");
    // The setting alone is not enough: the person must have been pseudonymised in the same transaction.
    const withSetting = (statement: string) =>
      prisma().$transaction(async (tx) => {
        await tx.$queryRawUnsafe(`SELECT set_config('doe.forget_person', '${annaId}', true)`);
        await tx.$executeRawUnsafe(statement);
      });
    expect(await outcome(withSetting(`UPDATE note SET text = 'overgeschreven'`))).toBe("refused");
    expect(await notes()).toEqual(before);
    await run(`persoon vergeet ${EMAIL} bevestig`, leader);
    const forgotten = await historyCounts(ctx.agenda.database);
    // Forgotten, and the setting for her: still only the free text may change, not a fact.
    for (const statement of [
      `UPDATE status_change SET created_at = now()`,
      `UPDATE measurement SET value = 99`,
      `UPDATE funding_entry SET amount_cents = 1`,
      `UPDATE escalation SET raised_by_id = NULL`,
      `DELETE FROM note`,
    ]) {
      expect(await outcome(withSetting(statement)), statement).toBe("refused");
    }
    expect(await outcome(prisma().$executeRawUnsafe(`UPDATE note SET text = 'overgeschreven'`))).toBe("refused");
    expect(await historyCounts(ctx.agenda.database)).toEqual(forgotten);
  });

  it("forgets all or nothing: a failure halfway leaves her as she was", async () => {
    const before = await ctx.agenda.ports.privacy.exportPerson(EMAIL);
    // A rule that refuses one of the rewrites the forgetting does late (the actions' trekkers).
    await prisma().$executeRawUnsafe(
      `CREATE FUNCTION test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END; $$ LANGUAGE plpgsql`,
    );
    await prisma().$executeRawUnsafe(`CREATE TRIGGER test_refuse BEFORE UPDATE ON "action" FOR EACH ROW EXECUTE FUNCTION test_refuse()`);
    try {
      await expect(ctx.agenda.ports.privacy.forgetPerson(EMAIL)).rejects.toThrow();
    } finally {
      await prisma().$executeRawUnsafe(`DROP TRIGGER test_refuse ON "action"`);
      await prisma().$executeRawUnsafe(`DROP FUNCTION test_refuse()`);
    }
    const after = await ctx.agenda.ports.privacy.exportPerson(EMAIL);
    expect(after && { ...after, exportedAt: "" }).toEqual(before && { ...before, exportedAt: "" });
    expect(await prisma().platformIdentity.count({ where: { personId: annaId } })).toBe(1);
  });

  it("refuses anyone but the project leader, and answers an unknown or mistyped address clearly", async () => {
    const refused = await say(`persoon export ${EMAIL}`, anna);
    expect(refused).toMatch(/projectleider/i);
    expect(await say(`persoon vergeet ${EMAIL} bevestig`, anna)).toMatch(/projectleider/i);
    expect(await prisma().person.findUnique({ where: { email: EMAIL } })).not.toBeNull();

    expect(await say("persoon vergeet niemand@nergens.nl bevestig", leader)).toContain("Niemand met het e-mailadres niemand@nergens.nl");
    expect(await say("persoon export anna-at-uwv", leader)).toContain("`anna-at-uwv` is geen e-mailadres");
    expect(await say("persoon", leader)).toContain("persoon export naam@gemeente.nl");
  });
});
