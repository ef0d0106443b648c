/**
 * The per-database prologue of the repository tests: one `describe` per database kind, one database per
 * file and kind, emptied before every test so no test depends on what another one left behind. With the
 * agenda or a seed, the first test writes them and keeps a copy of the rows; each later test starts from that copy.
 */
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import type { AgendaDefinition } from "../../src/core/agenda-file/schema.js";
import type { Clock } from "../../src/core/ports.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import { importTestAgenda, type TestAgenda, type TestAgendaOptions, testAgendaOn } from "./agenda-fixture.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "./databases.js";

export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** A clock the test sets or moves forward; a new one, at `start`, for every test. */
export class TestClock implements Clock {
  private at: number;
  constructor(start: Date) {
    this.at = start.getTime();
  }
  now = () => new Date(this.at);
  set(at: Date) {
    this.at = at.getTime();
  }
  advance(days: number) {
    this.at += days * 24 * 60 * 60 * 1000;
  }
}

export interface DatabaseContext {
  kind: DatabaseKind;
  /** The file's database, empty (migrated, no rows) at the start of each test unless `agenda` is set. */
  readonly database: Database;
  /** The project's agenda freshly imported for this test (only with the `agenda` option). */
  readonly agenda: TestAgenda;
  /** This test's clock (only with the `clock` option); the agenda's core and rounds run on it. */
  readonly clock: TestClock;
}

export interface ForEachDatabaseOptions extends Omit<TestAgendaOptions, "clock"> {
  /** Import the project's agenda before each test. */
  agenda?: boolean;
  /** Give each test a TestClock starting here. */
  clock?: Date;
  /** Rows every test starts from (after the agenda, if any): written by the first test, copied back for the others. */
  seed?: (database: Database) => Promise<void>;
}

export function forEachDatabase(name: string, options: ForEachDatabaseOptions, body: (ctx: DatabaseContext) => void): void {
  describe.each(DATABASE_KINDS)(`${name} on %s`, (kind) => {
    let testDatabase: TestDatabase | undefined;
    let database: Database | undefined;
    let agenda: TestAgenda | undefined;
    let clock: TestClock | undefined;
    let imported: AgendaDefinition | undefined;
    let snapshot = false;
    const missing = (what: string): never => {
      throw new Error(`forEachDatabase("${name}"): no ${what} (set the option, and use it inside a test or hook)`);
    };

    beforeAll(async () => {
      testDatabase = await createTestDatabase(kind);
      database = await openDatabase(testDatabase.target);
    });
    beforeEach(async () => {
      if (!database) return missing("database");
      clock = options.clock ? new TestClock(options.clock) : undefined;
      const { agenda: withAgenda, clock: _start, seed, ...rest } = options;
      const agendaOptions = { ...rest, ...(clock ? { clock } : {}) };
      agenda = undefined;
      if (snapshot) {
        await restoreSnapshot(database);
        if (imported) agenda = await testAgendaOn(database, imported, agendaOptions);
      } else {
        await emptyDatabase(database);
        if (withAgenda) {
          agenda = await importTestAgenda(database, agendaOptions);
          imported = agenda.definition;
        }
        await seed?.(database);
        if (withAgenda || seed) {
          await takeSnapshot(database);
          snapshot = true;
        }
      }
    });
    afterAll(async () => {
      await database?.close();
      await testDatabase?.drop();
    });

    body({
      kind,
      get database() {
        return database ?? missing("database");
      },
      get agenda() {
        return agenda ?? missing("agenda");
      },
      get clock() {
        return clock ?? missing("clock");
      },
    });
  });
}

/** Deletes every row (history included: TRUNCATE bypasses the append-only triggers) and restarts the ids. */
export async function emptyDatabase(database: Database): Promise<void> {
  const tables = await database.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await database.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.name}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

const SNAPSHOT = "test_snapshot";

async function publicTables(database: Database): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

/** Copies every table's rows into a schema of its own, to start later tests from. */
async function takeSnapshot(database: Database): Promise<void> {
  await database.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE`);
  await database.prisma.$executeRawUnsafe(`CREATE SCHEMA ${SNAPSHOT}`);
  for (const table of await publicTables(database)) {
    await database.prisma.$executeRawUnsafe(`CREATE TABLE ${SNAPSHOT}."${table}" AS SELECT * FROM public."${table}"`);
  }
}

/** Puts back the snapshot's rows (foreign keys and triggers off while copying) and moves each id sequence past them. */
async function restoreSnapshot(database: Database): Promise<void> {
  const tables = await publicTables(database);
  const serials = await database.prisma.$queryRawUnsafe<{ table: string; column: string }[]>(
    `SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
     WHERE table_schema = 'public' AND (column_default LIKE 'nextval%' OR is_identity = 'YES')`,
  );
  await database.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `public."${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
    for (const table of tables) await tx.$executeRawUnsafe(`INSERT INTO public."${table}" SELECT * FROM ${SNAPSHOT}."${table}"`);
    for (const { table, column } of serials) {
      await tx.$queryRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('public."${table}"', '${column}'), COALESCE(MAX("${column}"), 0) + 1, false)::text FROM public."${table}"`,
      );
    }
  });
}
