/**
 * The long-running service: HTTP server, database, agenda core. Platform adapters attach here. Every few seconds
 * it renews the leases of the acknowledged commands this instance holds and resumes what a stopped one left.
 */
import { type App, type AppOptions, databaseTarget } from "./app.js";
import { type Config, listenHost, teamsMode } from "./config/env.js";
import type { AcknowledgedCommands } from "./core/journal/acknowledged-commands.js";
import type { Clock } from "./core/ports.js";
import { RegionRouter } from "./core/regions/region-router.js";
import type { Logger } from "./logging.js";
import { startMail } from "./mail/start-mail.js";
import { combinedStats } from "./observability/combined-stats.js";
import { PrometheusMetrics } from "./observability/prometheus-metrics.js";
import { type Database, openDatabase } from "./persistence/database.js";
import { ServedRegions } from "./served-regions.js";
import { HttpServer } from "./server/http-server.js";
import type { SlackAdapter, SlackAdapterOptions } from "./slack/slack-app.js";
import type { SlackSender } from "./slack/slack-sender.js";
import { InstalledWorkspaces, openSlackWorkspaces, type SlackWorkspaces } from "./slack/slack-workspaces.js";
import type { TeamsBot } from "./teams/teams-app.js";
import type { BotCredentials } from "./teams/teams-endpoint.js";
import { ChartImageUrls, mountChartImages } from "./web/chart-images.js";
import { mountDashboard } from "./web/dashboard-routes.js";
import { mountUpdatePage } from "./web/update/update-routes.js";

export interface Service {
  /** The default region's app (AGENDA_SLUG's, else the first region's). */
  app: App;
  /** Every region served, the default one first. */
  regions: readonly App[];
  http: HttpServer;
  port: number;
  slack: SlackAdapter | null;
  teams: TeamsBot;
  /** What `/metrics` serves. */
  metrics: PrometheusMetrics;
  stop(): Promise<void>;
}

/** Test and benchmark hooks: faster retries against local fakes, a database they opened themselves. */
export interface AdapterOverrides {
  slack?: Pick<SlackAdapterOptions, "responseRetry" | "webApiRetry">;
  /** Run on this open database (closed when the service stops) instead of opening the configured one. */
  database?: Database;
  /** A clock the test moves (sign-in links expiring, rounds following up). */
  clock?: Clock;
  /** Teams' Bot Connector tokens from here, not from Microsoft's login service (a local connector's fixed token). */
  teamsCredentials?: BotCredentials;
}

export async function startService(config: Config, logger: Logger, adapters: AdapterOverrides = {}): Promise<Service> {
  const http = new HttpServer(logger);
  const host = listenHost(config);
  const port = await http.listen(config.port, host);
  logger.info({ port, host }, "listening; opening the database");
  const metrics = new PrometheusMetrics();
  let served: ServedRegions;
  try {
    const options: AppOptions = {
      metrics,
      onDigestError: (error, channel) =>
        logger.error({ err: error, channel: channel.channelId, overleg: channel.overlegCode, component: "delivery" }, "digest could not be prepared"),
      onJournalError: (error) => logger.error({ err: error }, "an acknowledged command could not be stored; it is worked on in memory only"),
      listeningPort: port,
      ...(adapters.clock ? { clock: adapters.clock } : {}),
    };
    const opened = adapters.database ?? (await openDatabase(databaseTarget(config)));
    served = await ServedRegions.compose({ database: opened, config, app: options, logger }).catch(async (error: unknown) => {
      if (!adapters.database) await opened.close();
      throw error;
    });
  } catch (error) {
    await http.close();
    throw error;
  }
  const apps = served.apps;
  const app = served.first;
  const { database, seeded } = app;
  const regions = new RegionRouter({
    regions: apps,
    open: (agendaId) => served.open(agendaId),
    directory: app.ports.regions,
    namedRegion: Boolean(config.agendaSlug),
  });
  metrics.watch(combinedStats(() => apps.map((region) => region.stats)));
  http.route("GET", "/metrics", (_request, response) => metrics.respond(response));
  logger.info({ database: database.kind, location: database.location, migrations: database.migrated }, "database ready");
  if (seeded) logger.info({ file: config.agendaFile, ...seeded }, "agenda imported on first start");
  logger.info({ regions: apps.map((region) => region.region.slug) }, apps.length > 1 ? "regions served" : "region served");
  for (const region of apps)
    if (region.leaders.list.length === 0)
      logger.warn(
        { region: region.region.slug },
        "this region has no project leader: nobody can assign leads or link channels until LEADER_EMAILS or `regio add --leider` gives one",
      );
  const chartImages = await openChartImages(app, config, logger);
  if (chartImages) mountChartImages(http, chartImages, logger);
  let slack: SlackAdapter | null = null;
  const slackWorkspaces = config.slack ? openSlackWorkspaces(config.slack, app.ports.slackInstallations) : null;
  // Each platform's libraries (Bolt and Slack's Web API, the Bot Framework) are loaded only when it is configured.
  const slackModules = config.slack ? await loadSlackModules() : null;
  if (config.slack?.mode === "oauth" && slackWorkspaces instanceof InstalledWorkspaces && slackModules) {
    slackModules.mountSlackInstall(http, {
      config: config.slack.oauth,
      apiUrl: config.slack.apiUrl,
      workspaces: slackWorkspaces,
      regions: app.ports.regions,
      logger,
    });
  }
  if (config.slack && slackWorkspaces && slackModules) {
    try {
      slack = await slackModules.startSlack({
        config: config.slack,
        regions,
        workspaces: slackWorkspaces,
        logger,
        http,
        workConcurrency: database.kind === "pglite" ? 1 : 8,
        ...(chartImages ? { chartImages } : {}),
        ...adapters.slack,
      });
    } catch (error) {
      logger.error({ err: error }, "Slack could not be started (check SLACK_BOT_TOKEN); running without Slack");
    }
  } else {
    logger.info("Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to enable it");
  }
  // Each region's pages and update links, signed with its own key: a link or session opens only its region.
  mountDashboard(http, served.dashboards);
  mountUpdatePage(http, served.updatePages, config.defaultLocale);
  const mail = await startMail(config.mail, logger);
  const mode = teamsMode(config);
  const teams: TeamsBot =
    mode === "off"
      ? { mode: "off" }
      : (await import("./teams/teams-app.js")).startTeams({
          config: config.teams,
          mode,
          regions,
          logger,
          http,
          ...(adapters.teamsCredentials ? { credentials: adapters.teamsCredentials } : {}),
        });
  if (mode === "off")
    logger.info("Teams is not configured: set MicrosoftAppId and MicrosoftAppPassword to enable it (or PLAYGROUND=on to try it locally)");
  // Each region sends its own outbox, paced on its own: its workspace's token and its tenant's rate limits.
  served.startDelivering((region) => ({
    ...(teams.senderFor ? { teams: teams.senderFor(region) } : {}),
    ...(mail.sender ? { mail: mail.sender } : {}),
    ...(config.slack && slackWorkspaces && slackModules
      ? { slack: slackSender(slackModules.SlackSender, slackWorkspaces, config.slack.apiUrl, region, chartImages) }
      : {}),
  }));
  const resuming = startResuming(
    () => apps.map((region) => region.journal),
    () => served.openNew(),
    [
      ...(slack ? [{ platform: "slack", resume: slack.resumeUnfinished }] : []),
      ...(teams.resumeUnfinished ? [{ platform: "teams", resume: teams.resumeUnfinished }] : []),
    ],
    logger,
  );
  http.setHealth({
    ready: true,
    details: { database: database.kind, slack: slack ? slack.mode : "off", teams: teams.mode },
    // Mail's state is read on every request: the check at start, then each send.
    parts: {
      slack: config.slack ? (slack ? "up" : "down") : "not configured",
      teams: mode === "off" ? "not configured" : "up",
      get mail() {
        return mail.health.state;
      },
    },
  });
  http.setHealthCheck((ms) => database.ping(ms));
  logger.info({ url: `http://localhost:${port}/healthz` }, "doe-agenda bot ready");
  return {
    app,
    regions: apps,
    http,
    port,
    slack,
    teams,
    metrics,
    async stop() {
      http.setHealth({ ready: false, details: { status: "stopping" } });
      await resuming.stop();
      await slack?.stop();
      await http.close();
      await served.stop();
    },
  };
}

/** Slack's adapter: the events endpoint, the install pages and the outbox's sender. */
async function loadSlackModules() {
  const [{ startSlack }, { mountSlackInstall }, { SlackSender }] = await Promise.all([
    import("./slack/slack-app.js"),
    import("./slack/slack-install-routes.js"),
    import("./slack/slack-sender.js"),
  ]);
  return { startSlack, mountSlackInstall, SlackSender };
}

/** Slack messages of one region's outbox; a lead found by e-mail is linked, so `mijn`, answers and the next round know them in Slack. */
function slackSender(
  Sender: typeof SlackSender,
  workspaces: SlackWorkspaces,
  apiUrl: string | undefined,
  region: App,
  chartImages: ChartImageUrls | undefined,
): SlackSender {
  return new Sender(
    () => workspaces.botTokenForRegion(region.region.agendaId),
    apiUrl,
    async (email, user) => {
      const person = await region.people.findByEmail(email);
      if (person) await region.people.linkIdentity(person.id, { platform: "slack", tenantId: user.teamId, externalId: user.id });
    },
    chartImages,
  );
}

/** Chart images for Slack need an address Slack can reach: only with PUBLIC_URL (else charts go as text bars). */
async function openChartImages(app: App, config: Config, logger: Logger): Promise<ChartImageUrls | undefined> {
  const publicUrl = config.publisher.publicUrl;
  if (!publicUrl) return undefined;
  try {
    return new ChartImageUrls(publicUrl, await app.dashboard.access.derivedKey("chart-images"));
  } catch (error) {
    logger.error({ err: error }, "no key for chart images; charts go to Slack as text bars");
    return undefined;
  }
}

/** Every few seconds: renew the leases of the commands held here (in every region), serve new regions, then claim and run what a stopped instance left. */
function startResuming(
  journals: () => readonly AcknowledgedCommands[],
  openNewRegions: () => Promise<void>,
  resumers: { platform: string; resume: () => Promise<number> }[],
  logger: Logger,
): { stop(): Promise<void> } {
  const log = logger.child({ component: "journal" });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let regionsLookedAt = Date.now();
  const tick = async () => {
    try {
      for (const journal of journals()) await journal.renewHeld();
    } catch (error) {
      log.error({ err: error }, "could not renew the leases of acknowledged commands");
    }
    // Once a minute: regions created since start are served (their digests and rounds run) without a first message.
    if (Date.now() - regionsLookedAt >= 60_000) {
      regionsLookedAt = Date.now();
      await openNewRegions().catch((error: unknown) => log.error({ err: error }, "could not serve a region created since start"));
    }
    for (const { platform, resume } of resumers) {
      if (stopped) return;
      try {
        const resumed = await resume();
        if (resumed) log.info({ platform, resumed }, "acknowledged commands resumed after an instance stopped");
      } catch (error) {
        log.error({ err: error, platform }, "could not resume acknowledged commands");
      }
    }
  };
  let running: Promise<void> = Promise.resolve();
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(next);
    }, journals()[0]?.tickMs ?? 5_000);
  };
  running = tick().finally(next);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
