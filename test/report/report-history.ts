/**
 * A year's worth of history around the fourth quarter of 2026, written at known moments: the import in Q3, a
 * change in Q3, changes, a confirmation with an explanation, funding, measurements, escalations and a round in Q4,
 * and changes just after it. Shared by the report's tests; each writes it on its own fresh database.
 */
import type { ActionStatus } from "../../src/core/domain/status.js";
import type { Database } from "../../src/persistence/database.js";
import { LEADER, type TestAgenda } from "../support/agenda-fixture.js";

export const clock = { at: new Date("2027-01-05T10:00:00+01:00"), now: () => clock.at };

export async function backdateImport(database: Database, at: Date): Promise<void> {
  await database.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRaw`UPDATE status_change SET created_at = ${at} WHERE channel = 'import'`;
    await tx.$executeRaw`UPDATE funding_entry SET created_at = ${at} WHERE channel = 'import'`;
    await tx.$executeRaw`UPDATE action SET created_at = ${at}, last_update_at = ${at}`;
  });
}

/** A status change (or, to the same status, a confirmation) at a given moment, as the writer stores one. */
export async function changeAt(database: Database, code: string, to: ActionStatus, at: Date, note: string | null = null): Promise<void> {
  await database.prisma.$transaction([
    database.prisma.$executeRaw`INSERT INTO status_change (action_id, from_status, to_status, note, channel, created_at)
      SELECT id, status, ${to}::"ActionStatus", ${note}, 'cli'::"Channel", ${at} FROM action WHERE code = ${code}`,
    database.prisma.$executeRaw`UPDATE action SET status = ${to}::"ActionStatus", last_update_at = ${at} WHERE code = ${code}`,
  ]);
}

export async function noteAt(database: Database, code: string, text: string, at: Date): Promise<void> {
  await database.prisma
    .$executeRaw`INSERT INTO note (action_id, text, channel, created_at) SELECT id, ${text}, 'slack'::"Channel", ${at} FROM action WHERE code = ${code}`;
}

async function at<T>(moment: string, run: () => Promise<T>): Promise<T> {
  const before = clock.at;
  clock.at = new Date(moment);
  try {
    return await run();
  } finally {
    clock.at = before;
  }
}

export async function writeQuarterHistory(agenda: TestAgenda): Promise<void> {
  const { database, store, core } = agenda;
  await backdateImport(database, new Date("2026-09-01T09:00:00+02:00"));
  const pim = await store.ensurePerson(LEADER, "Pim Projectleider");
  const anna = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
  const bram = await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
  await store.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
  await store.linkIdentity(bram.id, { platform: "slack", tenantId: "T1", externalId: "UBRAM" });
  await store.addLead("2.6", anna.id, pim.id);
  await store.addLead("2.7", bram.id, pim.id);
  const leader = await agenda.actor({ email: LEADER });
  const run = async (moment: string, text: string) => {
    const reply = await at(moment, () => core.run(text, leader));
    if (reply.message.tone === "error") throw new Error(`${text}: ${reply.message.summary}`);
  };
  // Q3: before the quarter.
  await at("2026-09-05T10:00:00+02:00", () => core.run("doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2026", leader));
  await run("2026-09-10T10:00:00+02:00", "financiering 2.6 toegekend ESF €10.000");
  await changeAt(database, "1.1", "gepauzeerd", new Date("2026-09-20T11:00:00+02:00"), "gepauzeerd in Q3");
  await run("2026-09-25T10:00:00+02:00", "meting 1.3 1 40");
  await run("2026-09-28T10:00:00+02:00", "escaleer 1.4 RWB: wie betaalt de scholing?");
  // Q4.
  await changeAt(database, "1.3", "loopt", new Date("2026-10-05T10:15:00+02:00"), "pilot gestart");
  await changeAt(database, "1.1", "gepauzeerd", new Date("2026-10-10T09:00:00+02:00"), "nog steeds gepauzeerd");
  await run("2026-10-12T14:00:00+02:00", "antwoord 1 Uit het steunpakket.");
  await run("2026-10-15T10:00:00+02:00", "financiering 1.3 aangevraagd PoW €40.000");
  await run("2026-10-20T10:00:00+02:00", "meting 1.3 1 90");
  await noteAt(database, "1.4", "offerte opgevraagd", new Date("2026-10-21T16:00:00+02:00"));
  await run("2026-11-03T10:00:00+01:00", "escaleer 2.6 hoe verder?");
  await run("2026-11-10T10:00:00+01:00", "financiering 1.3 toegekend PoW €40.000 besluit college");
  await at("2026-11-16T09:00:00+01:00", async () => {
    await core.run("herinner start thema 2", leader);
    await core.press("action.confirm", "2.6", await agenda.actor({ email: "anna@haarlem.nl" }), "nl");
    await core.press("action.not-mine", "2.7", await agenda.actor({ email: "bram@velsen.nl" }), "nl");
  });
  await changeAt(database, "1.3", "afgerond", new Date("2026-11-20T09:05:00+01:00"), "klaar");
  await run("2026-12-01T10:00:00+01:00", "meting 1.3 1 150");
  // The last half hour of the year is still Q4 (22:30 UTC); half past midnight on New Year's Day is not.
  await changeAt(database, "1.4", "loopt", new Date("2026-12-31T23:30:00+01:00"), "eindelijk");
  await changeAt(database, "2.5", "gepauzeerd", new Date("2027-01-01T00:30:00+01:00"));
  await run("2027-01-03T10:00:00+01:00", "meting 1.3 1 170");
}
