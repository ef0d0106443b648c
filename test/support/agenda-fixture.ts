/** A real database (PGlite or PostgreSQL) with the project's agenda imported, and the core on top, built by the composition root. */
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

export interface TestAgenda extends Pick<App, "core" | "leaders" | "rounds" | "importer" | "ports"> {
  database: Database;
  /** All four agenda ports in one object, for tests that set data up and check it. */
  store: AgendaStore;
  definition: AgendaDefinition;
  actor(facts: Partial<UserFacts> & { email: string | null }): Promise<Actor>;
  close(): Promise<void>;
}

export async function openTestAgenda(
  kind: (typeof DATABASE_KINDS)[number],
  options: { clock?: Clock; roundSettings?: RoundSettings } = {},
): Promise<TestAgenda> {
  const testDatabase = await createTestDatabase(kind);
  const database = await openDatabase(testDatabase.target);
  const config = loadConfig({ LEADER_EMAILS: LEADER, AGENDA_FILE });
  const app = await composeApp(database, options.roundSettings ? { ...config, rounds: options.roundSettings } : config, {
    clock: options.clock ?? { now: () => new Date() },
  });
  return {
    database,
    core: app.core,
    leaders: app.leaders,
    rounds: app.rounds,
    importer: app.importer,
    ports: app.ports,
    store: agendaStore(app.ports),
    definition: await loadAgendaFile(AGENDA_FILE),
    actor: (facts) => identify(app.people, app.leaders, { channel: "cli", ...facts }),
    async close() {
      await app.close();
      await testDatabase.drop();
    },
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
