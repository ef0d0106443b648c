/**
 * The composition root: the one place that opens the database, loads the agenda on first start and builds the
 * core, the stores behind its ports, the outbox, the claims, the reminder rounds and the schedulers. The service,
 * the CLI, the benchmarks and the test fixture all start here; adapters and schedulers get ports, never Prisma.
 */
import { hostname } from "node:os";
import { resolve } from "node:path";
import type { Config } from "./config/env.js";
import { AgendaCore } from "./core/agenda-core.js";
import { loadAgendaFile } from "./core/agenda-file/load.js";
import type { AgendaDefinition } from "./core/agenda-file/schema.js";
import type { ChatAdapterDeps } from "./core/chat-adapter.js";
import type { DashboardReader } from "./core/dashboard/dashboard-reader.js";
import { AcknowledgedCommands } from "./core/journal/acknowledged-commands.js";
import { type CoreMetrics, noMetrics } from "./core/metrics.js";
import type { AgendaImporter, Clock, ImportSummary } from "./core/ports.js";
import { systemClock } from "./core/ports.js";
import type { RegionLeaderPolicy } from "./core/regions/region-leader-policy.js";
import type { RegionSummary } from "./core/regions/region-ports.js";
import type { ReportSource } from "./core/report/report-source.js";
import { ReminderRounds } from "./core/rounds/reminder-rounds.js";
import { DeadlineReminders } from "./core/schedule/deadline-reminders.js";
import { DigestScheduler, type DigestSchedulerOptions } from "./core/schedule/digest-scheduler.js";
import { RetentionSweep } from "./core/schedule/retention-sweep.js";
import { RoundScheduler } from "./core/schedule/round-scheduler.js";
import type { OperationalStats } from "./observability/operational-stats.js";
import { openDashboardStores } from "./persistence/dashboard-stores.js";
import { type Database, type DatabaseTarget, openDatabase } from "./persistence/database.js";
import { PrismaOperationalStats } from "./persistence/prisma-operational-stats.js";
import { openRegionLeaders } from "./persistence/prisma-region-leaders.js";
import { openImporter, openStores, type Stores } from "./persistence/prisma-stores.js";
import { DashboardAccess } from "./web/dashboard-access.js";
import { UpdateLinkSigner } from "./web/update-links.js";

export interface App extends ChatAdapterDeps {
  config: Config;
  /** The region (agenda) this app serves. */
  region: RegionSummary;
  clock: Clock;
  /** This region's leaders, kept in the database (`leider toevoegen|weg`). */
  leaders: RegionLeaderPolicy;
  /** The ports of the core, for the parts that work beside it (delivery, exports, CLI). */
  ports: Stores;
  importer: AgendaImporter;
  rounds: ReminderRounds;
  schedulers: { digests: DigestScheduler; rounds: RoundScheduler; deadlines: DeadlineReminders; retention: RetentionSweep };
  /** The web dashboard's sign-in links and sessions, and its read model. */
  dashboard: { access: DashboardAccess; reader: DashboardReader; report: ReportSource };
  /** Signs and checks the links in leads' e-mails to the update page. */
  updateLinks: UpdateLinkSigner;
  /** What was opened, for the log, and its probe for /healthz. */
  database: Pick<Database, "kind" | "location" | "migrated" | "ping">;
  /** Set when the agenda file was imported during this start (an empty database). */
  seeded: ImportSummary | null;
  /** Where the core reports commands and deliveries (`/metrics`), and the database's figures read on each scrape. */
  metrics: CoreMetrics;
  stats: OperationalStats;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  /** Import the agenda file when the database has no agenda yet (default true). */
  seed?: boolean;
  /** Identifies this instance in claims (default: host and pid). */
  owner?: string;
  /** Told when one channel's digest could not be prepared (the others go on). */
  onDigestError?: DigestSchedulerOptions["onError"];
  /** Told when an acknowledged command could not be stored in the journal (it is then worked on in memory). */
  onJournalError?: (error: unknown) => void;
  /** Where commands and deliveries are reported (default: nowhere). */
  metrics?: CoreMetrics;
  /** The port the service listens on (PORT=0 picks one): dashboard links point there without PUBLIC_URL. */
  listeningPort?: number;
  /** The region (agenda slug) to serve; default AGENDA_SLUG, else the first region. */
  agendaSlug?: string;
  /** Another app of this process closes the database (several regions on one database). */
  sharedDatabase?: boolean;
  /** Project leaders by e-mail address besides the stored ones (default: LEADER_EMAILS for the first region, none for others). */
  leaderEmails?: readonly string[];
}

/** PostgreSQL when `DATABASE_URL` is set, else the embedded database in `DATA_DIR`. */
export function databaseTarget(config: Pick<Config, "databaseUrl" | "dataDir" | "databaseTimeouts">): DatabaseTarget {
  return config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl, timeouts: config.databaseTimeouts }
    : { kind: "pglite", dataDir: config.dataDir };
}

export async function openApp(config: Config, options: AppOptions = {}): Promise<App> {
  const database = await openDatabase(databaseTarget(config));
  try {
    return await composeApp(database, config, options);
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Builds everything on an open database; closing the app closes it. */
export async function composeApp(database: Database, config: Config, options: AppOptions = {}): Promise<App> {
  const importer = openImporter(database);
  let seeded: ImportSummary | null = null;
  if ((options.seed ?? true) && (await importer.agendaSlugs()).length === 0) {
    seeded = await importer.importAgenda(await loadAgendaFile(resolve(config.agendaFile)));
  }
  // With AGENDA_SLUG this process serves that region only, and workspaces and tenants linked to none are its own.
  const ports = await openStores(database, options.agendaSlug ?? config.agendaSlug, config.agendaSlug ? "named-region" : "when-sole-region");
  const regions = await ports.regions.regions();
  const region = regions.find((candidate) => candidate.agendaId === ports.agendaId);
  if (!region) throw new Error(`agenda ${ports.agendaId} disappeared while the app was composed`);
  // The first region signs with the dashboard's key itself; the others with keys of their own.
  const regionKey = region === regions[0] ? undefined : region.slug;
  const clock = options.clock ?? systemClock;
  // LEADER_EMAILS seed the first region (lowest id); every region's leaders are then read from the database (region-leader-policy.ts).
  const leaders = await openRegionLeaders(database, ports.agendaId, options.leaderEmails ?? (region === regions[0] ? config.leaderEmails : []));
  // Slack finds a lead by e-mail address, and Teams with Graph installs itself for them, so rounds, deadline
  // reminders and answers also reach leads who never used the bot.
  const reachableByEmail = [...(config.slack ? ["slack" as const] : []), ...(config.teams.graph && config.teams.appId ? ["teams" as const] : [])];
  const dashboardStores = openDashboardStores(database, ports.agendaId);
  const baseUrl = config.publisher.publicUrl ?? `http://localhost:${options.listeningPort ?? config.port}`;
  const { secret } = config.dashboard;
  const updateLinks = new UpdateLinkSigner({
    baseUrl,
    secret,
    secrets: dashboardStores.secrets,
    clock,
    days: config.mail.updateLinkDays,
    region: regionKey,
  });
  const rounds = new ReminderRounds({
    reader: ports.reader,
    people: ports.people,
    rounds: ports.rounds,
    clock,
    leaders,
    settings: config.rounds,
    defaultLocale: config.defaultLocale,
    reachableByEmail,
    goals: ports.goals,
    // With SMTP_URL, leads without a Slack or Teams account get the round by e-mail, with a link to the update page.
    mail: config.mail.smtpUrl !== null,
    updateLinks,
  });
  const { reader, writer, people, channels, funding, outbox, claims, events, escalations, goals } = ports;
  const metrics = options.metrics ?? noMetrics;
  const dashboard = new DashboardAccess({
    baseUrl,
    public: config.dashboard.public,
    secret: config.dashboard.secret,
    secrets: dashboardStores.secrets,
    region: regionKey,
    people: dashboardStores.reader,
    clock,
  });
  const core = new AgendaCore(
    {
      reader,
      writer,
      people,
      channels,
      funding,
      clock,
      defaultLocale: config.defaultLocale,
      outbox,
      rounds,
      register: ports.register,
      escalations,
      goals,
      dashboard,
      privacy: ports.privacy,
      reachableByEmail,
      leaders,
    },
    metrics,
  );
  const owner = options.owner ?? `${hostname()}:${process.pid}`;
  const schedulers = {
    digests: new DigestScheduler({
      channels,
      sources: { reader, rounds, escalations, goals },
      claims,
      outbox,
      clock,
      owner,
      ...(options.onDigestError ? { onError: options.onDigestError } : {}),
    }),
    rounds: new RoundScheduler({
      rounds,
      claims,
      clock,
      owner,
      ...(config.roundSchedule ? { schedule: config.roundSchedule } : {}),
      agenda: String(ports.agendaId),
      locale: config.defaultLocale,
    }),
    deadlines: new DeadlineReminders({
      goals,
      claims,
      outbox,
      clock,
      owner,
      workingDays: config.deadlineReminderDays,
      defaultLocale: config.defaultLocale,
      reachableByEmail,
    }),
    // Rows are stamped by the database's clock (real time), not the app's clock (a test may move that).
    retention: new RetentionSweep({ ...ports, store: ports.retention, clock: systemClock, owner, settings: config.retention }),
  };
  const journal = new AcknowledgedCommands({
    journal: ports.journal,
    clock,
    owner,
    leaseMs: config.deliveryLeaseMs,
    soleInstance: database.kind === "pglite",
    ...(options.onJournalError ? { onError: options.onJournalError } : {}),
  });
  return {
    config,
    region,
    clock,
    core,
    journal,
    ports,
    importer,
    people,
    channels,
    events,
    leaders,
    defaultLocale: config.defaultLocale,
    rounds,
    schedulers,
    dashboard: { access: dashboard, reader: dashboardStores.reader, report: dashboardStores.report },
    updateLinks,
    database: { kind: database.kind, location: database.location, migrated: database.migrated, ping: (timeoutMs) => database.ping(timeoutMs) },
    seeded,
    metrics,
    stats: new PrismaOperationalStats(database.prisma, ports.agendaId),
    close: () => (options.sharedDatabase ? Promise.resolve() : database.close()),
  };
}

/**
 * Every region this process serves, the default one first: with AGENDA_SLUG only that one (one process per region,
 * as before); without it every agenda in the database. The first also seeds an empty database and closes it; the
 * others share it.
 */
export async function composeRegions(database: Database, config: Config, options: AppOptions = {}): Promise<App[]> {
  const first = await composeApp(database, config, options);
  if (config.agendaSlug) return [first];
  const apps = [first];
  for (const { slug } of await first.ports.regions.regions()) {
    if (slug === first.region.slug) continue;
    apps.push(await composeApp(database, config, { ...options, seed: false, agendaSlug: slug, sharedDatabase: true, leaderEmails: [] }));
  }
  return apps;
}

/** `npm run cli -- import <file>`: creates or updates an agenda from its file, without opening the rest. */
export async function importAgendaFile(config: Config, file: string): Promise<{ definition: AgendaDefinition; summary: ImportSummary }> {
  const definition = await loadAgendaFile(resolve(file));
  const database = await openDatabase(databaseTarget(config));
  try {
    return { definition, summary: await openImporter(database).importAgenda(definition) };
  } finally {
    await database.close();
  }
}
