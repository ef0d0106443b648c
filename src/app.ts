/**
 * Composition root shared by the service and the CLI: opens the database, loads the agenda on first
 * start, and builds the core on top of the Prisma store.
 */
import { resolve } from "node:path";
import type { Config } from "./config/env.js";
import { LeaderPolicy } from "./core/actor.js";
import { AgendaCore } from "./core/agenda-core.js";
import { loadAgendaFile } from "./core/agenda-file/load.js";
import { type Clock, type ImportSummary, systemClock } from "./core/ports.js";
import { type Database, openDatabase } from "./persistence/database.js";
import { PrismaAgendaImporter } from "./persistence/prisma-agenda-importer.js";
import { PrismaAgendaStore } from "./persistence/prisma-agenda-store.js";
import { PrismaOutbox } from "./persistence/prisma-outbox.js";

export interface App {
  config: Config;
  database: Database;
  core: AgendaCore;
  store: PrismaAgendaStore;
  leaders: LeaderPolicy;
  /** Set when the agenda file was imported during this start (an empty database). */
  seeded: ImportSummary | null;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  /** Import the agenda file when the database has no agenda yet (default true). */
  seed?: boolean;
}

export async function openApp(config: Config, options: AppOptions = {}): Promise<App> {
  const database = await openDatabase(
    config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dataDir: config.dataDir },
  );
  try {
    const importer = new PrismaAgendaImporter(database.prisma);
    let seeded: ImportSummary | null = null;
    if ((options.seed ?? true) && (await importer.agendaSlugs()).length === 0) {
      seeded = await importer.importAgenda(await loadAgendaFile(resolve(config.agendaFile)));
    }
    const store = await PrismaAgendaStore.open(database, config.agendaSlug);
    const core = new AgendaCore({
      store,
      clock: options.clock ?? systemClock,
      defaultLocale: config.defaultLocale,
      outbox: new PrismaOutbox(database.prisma),
    });
    return { config, database, core, store, leaders: new LeaderPolicy(config.leaderEmails), seeded, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
