/** The project's agenda imported into a real database (PGlite or PostgreSQL), and the core on top, built by the composition root; see forEachDatabase. */
import { resolve } from "node:path";
import { type App, composeApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import type { Actor } from "../../src/core/actor.js";
import { loadAgendaFile } from "../../src/core/agenda-file/load.js";
import type { AgendaDefinition } from "../../src/core/agenda-file/schema.js";
import { identify, type UserFacts } from "../../src/core/identify.js";
import type { AgendaStore, Clock } from "../../src/core/ports.js";
import type { RoundSettings } from "../../src/core/rounds/reminder-rounds.js";
import { type Database, openDatabase } from "../../src/persistence/database.js";
import type { Stores } from "../../src/persistence/prisma-stores.js";
import { createTestDatabase, type DATABASE_KINDS } from "./databases.js";

export const AGENDA_FILE = resolve(import.meta.dirname, "../../agenda/zuid-kennemerland-ijmond.yaml");
export const LEADER = "projectleider@haarlem.nl";

export interface TestAgenda extends Pick<App, "core" | "leaders" | "rounds" | "importer" | "ports" | "schedulers"> {
  database: Database;
  /** All four agenda ports in one object, for tests that set data up and check it. */
  store: AgendaStore;
  definition: AgendaDefinition;
  actor(facts: Partial<UserFacts> & { email: string | null }): Promise<Actor>;
  /** Closes and drops the database when openTestAgenda opened it; nothing for forEachDatabase's (it owns them). */
  close(): Promise<void>;
}

export interface TestAgendaOptions {
  clock?: Clock;
  roundSettings?: RoundSettings;
  /** Every action's last update, as if the agenda had been imported then (default: the real time of the import). */
  importedAt?: Date;
}

/** Imports the project's agenda into an open, empty database and builds the core on it. */
export async function importTestAgenda(database: Database, options: TestAgendaOptions = {}): Promise<TestAgenda> {
  const definition = await loadAgendaFile(AGENDA_FILE);
  const app = await composeApp(database, testConfig(options), { ...(options.clock ? { clock: options.clock } : {}) });
  if (options.importedAt) await database.prisma.action.updateMany({ data: { lastUpdateAt: options.importedAt } });
  return testAgenda(database, app, definition);
}

/** The core on a database that already holds the agenda of `definition`. */
export async function testAgendaOn(database: Database, definition: AgendaDefinition, options: TestAgendaOptions = {}): Promise<TestAgenda> {
  if (options.importedAt) await database.prisma.action.updateMany({ data: { lastUpdateAt: options.importedAt } });
  const app = await composeApp(database, testConfig(options), { seed: false, ...(options.clock ? { clock: options.clock } : {}) });
  return testAgenda(database, app, definition);
}

/** A fresh database of this kind with the agenda imported; `close` drops it. For a file that needs no forEachDatabase. */
export async function openTestAgenda(kind: (typeof DATABASE_KINDS)[number], options: TestAgendaOptions = {}): Promise<TestAgenda> {
  const testDatabase = await createTestDatabase(kind);
  const database = await openDatabase(testDatabase.target);
  const agenda = await importTestAgenda(database, options);
  return {
    ...agenda,
    async close() {
      await database.close();
      await testDatabase.drop();
    },
  };
}

/** The service's configuration as a test runs it: the project's agenda, one project leader, Dutch. */
function testConfig(options: TestAgendaOptions) {
  const config = loadConfig({ LEADER_EMAILS: LEADER, AGENDA_FILE });
  return options.roundSettings ? { ...config, rounds: options.roundSettings } : config;
}

function testAgenda(database: Database, app: App, definition: AgendaDefinition): TestAgenda {
  return {
    database,
    core: app.core,
    leaders: app.leaders,
    rounds: app.rounds,
    importer: app.importer,
    ports: app.ports,
    schedulers: app.schedulers,
    store: agendaStore(app.ports),
    definition,
    actor: (facts) => identify(app.people, app.leaders, { channel: "cli", ...facts }),
    close: async () => undefined,
  };
}

/** The reader, writer, people and channel stores as one object: each method bound to its own store. */
export function agendaStore(ports: Pick<Stores, "reader" | "writer" | "people" | "channels">): AgendaStore {
  const combined: Record<string, unknown> = {};
  for (const part of [ports.reader, ports.writer, ports.people, ports.channels]) {
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(part))) {
      const method = (part as unknown as Record<string, unknown>)[name];
      if (name !== "constructor" && typeof method === "function") combined[name] = method.bind(part);
    }
  }
  return combined as unknown as AgendaStore;
}
