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
import { ReminderRounds } from "./core/rounds/reminder-rounds.js";
import { type Database, openDatabase } from "./persistence/database.js";
import { PrismaAgendaImporter } from "./persistence/prisma-agenda-importer.js";
import { PrismaAgendaStore } from "./persistence/prisma-agenda-store.js";
import { PrismaOutbox } from "./persistence/prisma-outbox.js";
import { PrismaRoundStore } from "./persistence/prisma-round-store.js";

export interface App {
  config: Config;
  database: Database;
  core: AgendaCore;
  store: PrismaAgendaStore;
  leaders: LeaderPolicy;
  rounds: ReminderRounds;
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
    config.databaseUrl
      ? { kind: "postgres", url: config.databaseUrl, timeouts: config.databaseTimeouts }
      : { kind: "pglite", dataDir: config.dataDir },
  );
  try {
    const importer = new PrismaAgendaImporter(database.prisma);
    let seeded: ImportSummary | null = null;
    if ((options.seed ?? true) && (await importer.agendaSlugs()).length === 0) {
      seeded = await importer.importAgenda(await loadAgendaFile(resolve(config.agendaFile)));
    }
    const store = await PrismaAgendaStore.open(database, config.agendaSlug);
    const clock = options.clock ?? systemClock;
    const leaders = new LeaderPolicy(config.leaderEmails);
    const rounds = new ReminderRounds({
      store,
      rounds: new PrismaRoundStore(database.prisma, store.agendaId),
      clock,
      leaders,
      settings: config.rounds,
      defaultLocale: config.defaultLocale,
      // Slack finds a lead by e-mail address, so a first round also reaches leads who never used the bot.
      reachableByEmail: config.slack ? ["slack"] : [],
    });
    const core = new AgendaCore({ store, clock, defaultLocale: config.defaultLocale, outbox: new PrismaOutbox(database.prisma), rounds });
    return { config, database, core, store, rounds, leaders, seeded, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
