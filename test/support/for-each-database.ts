/**
 * The per-database prologue of the repository tests: one `describe` per database kind, one database per
 * file and kind, emptied before every test so no test depends on what another one left behind.
 */
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import type { Clock } from "../../src/core/ports.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import { importTestAgenda, type TestAgenda, type TestAgendaOptions } from "./agenda-fixture.js";
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
}

export function forEachDatabase(name: string, options: ForEachDatabaseOptions, body: (ctx: DatabaseContext) => void): void {
  describe.each(DATABASE_KINDS)(`${name} on %s`, (kind) => {
    let testDatabase: TestDatabase | undefined;
    let database: Database | undefined;
    let agenda: TestAgenda | undefined;
    let clock: TestClock | undefined;
    const missing = (what: string): never => {
      throw new Error(`forEachDatabase("${name}"): no ${what} (set the option, and use it inside a test or hook)`);
    };

    beforeAll(async () => {
      testDatabase = await createTestDatabase(kind);
      database = await openDatabase(testDatabase.target);
    });
    beforeEach(async () => {
      if (!database) return missing("database");
      await emptyDatabase(database);
      clock = options.clock ? new TestClock(options.clock) : undefined;
      const { agenda: withAgenda, clock: _start, ...agendaOptions } = options;
      agenda = withAgenda ? await importTestAgenda(database, { ...agendaOptions, ...(clock ? { clock } : {}) }) : undefined;
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
