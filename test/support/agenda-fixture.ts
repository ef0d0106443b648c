/** The project's agenda imported into a real database (PGlite or PostgreSQL), and the core on top; see forEachDatabase. */
import { resolve } from "node:path";
import { type Actor, LeaderPolicy } from "../../src/core/actor.js";
import { AgendaCore } from "../../src/core/agenda-core.js";
import { loadAgendaFile } from "../../src/core/agenda-file/load.js";
import type { AgendaDefinition } from "../../src/core/agenda-file/schema.js";
import { identify, type UserFacts } from "../../src/core/identify.js";
import type { Clock } from "../../src/core/ports.js";
import { DEFAULT_ROUND_SETTINGS, ReminderRounds, type RoundSettings } from "../../src/core/rounds/reminder-rounds.js";
import type { Database } from "../../src/persistence/database.js";
import { PrismaAgendaImporter } from "../../src/persistence/prisma-agenda-importer.js";
import { PrismaAgendaStore } from "../../src/persistence/prisma-agenda-store.js";
import { PrismaOutbox } from "../../src/persistence/prisma-outbox.js";
import { PrismaRoundStore } from "../../src/persistence/prisma-round-store.js";

export const AGENDA_FILE = resolve(import.meta.dirname, "../../agenda/zuid-kennemerland-ijmond.yaml");
export const LEADER = "projectleider@haarlem.nl";

export interface TestAgenda {
  database: Database;
  importer: PrismaAgendaImporter;
  store: PrismaAgendaStore;
  core: AgendaCore;
  leaders: LeaderPolicy;
  rounds: ReminderRounds;
  definition: AgendaDefinition;
  actor(facts: Partial<UserFacts> & { email: string | null }): Promise<Actor>;
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
  await new PrismaAgendaImporter(database.prisma).importAgenda(definition);
  return testAgendaOn(database, definition, options);
}

/** The core on a database that already holds the agenda of `definition`. */
export async function testAgendaOn(database: Database, definition: AgendaDefinition, options: TestAgendaOptions = {}): Promise<TestAgenda> {
  const importer = new PrismaAgendaImporter(database.prisma);
  if (options.importedAt) await database.prisma.action.updateMany({ data: { lastUpdateAt: options.importedAt } });
  const store = await PrismaAgendaStore.open(database);
  const leaders = new LeaderPolicy([LEADER]);
  const clock = options.clock ?? { now: () => new Date() };
  const rounds = new ReminderRounds({
    store,
    rounds: new PrismaRoundStore(database.prisma, store.agendaId),
    clock,
    leaders,
    settings: options.roundSettings ?? DEFAULT_ROUND_SETTINGS,
    defaultLocale: "nl",
  });
  const core = new AgendaCore({ store, clock, defaultLocale: "nl", outbox: new PrismaOutbox(database.prisma), rounds });
  return {
    database,
    importer,
    store,
    core,
    leaders,
    rounds,
    definition,
    actor: (facts) => identify(store, leaders, { channel: "cli", ...facts }),
  };
}
