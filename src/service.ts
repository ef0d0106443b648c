/** The long-running service: HTTP server, database, agenda core. Platform adapters attach here. */
import { type App, openApp } from "./app.js";
import type { Config } from "./config/env.js";
import { startDelivery } from "./delivery.js";
import type { Logger } from "./logging.js";
import { PrismaInboundEventLog } from "./persistence/prisma-inbound-event-log.js";
import { HttpServer } from "./server/http-server.js";
import { type SlackAdapter, type SlackAdapterOptions, startSlack } from "./slack/slack-app.js";
import { SlackSender } from "./slack/slack-sender.js";
import { startTeams, type TeamsBot } from "./teams/teams-app.js";

export interface Service {
  app: App;
  http: HttpServer;
  port: number;
  slack: SlackAdapter | null;
  teams: TeamsBot;
  stop(): Promise<void>;
}

/** Test and benchmark hooks: faster retries against local fakes. */
export interface AdapterOverrides {
  slack?: Pick<SlackAdapterOptions, "responseRetry" | "webApiRetry">;
}

export async function startService(config: Config, logger: Logger, adapters: AdapterOverrides = {}): Promise<Service> {
  const http = new HttpServer(logger);
  const port = await http.listen(config.port);
  logger.info({ port }, "listening; opening the database");
  let app: App;
  try {
    app = await openApp(config);
  } catch (error) {
    await http.close();
    throw error;
  }
  const { database, seeded } = app;
  logger.info({ database: database.kind, location: database.location, migrations: database.migrated }, "database ready");
  if (seeded) logger.info({ file: config.agendaFile, ...seeded }, "agenda imported on first start");
  if (config.leaderEmails.length === 0) logger.warn("LEADER_EMAILS is empty: nobody can assign leads or link channels until it is set");
  let slack: SlackAdapter | null = null;
  if (config.slack) {
    try {
      slack = await startSlack({ config: config.slack, app, events: new PrismaInboundEventLog(database.prisma), logger, http, ...adapters.slack });
    } catch (error) {
      logger.error({ err: error }, "Slack could not be started (check SLACK_BOT_TOKEN); running without Slack");
    }
  } else {
    logger.info("Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to enable it");
  }
  const teams = startTeams({ config: config.teams, app, logger, http });
  const delivery = startDelivery({
    app,
    logger,
    senders: {
      teams: teams.sender,
      ...(config.slack
        ? {
            slack: new SlackSender(config.slack.botToken, config.slack.apiUrl, async (email, user) => {
              // A lead found by e-mail is linked, so `mijn`, answers and the next round know them in Slack.
              const person = await app.store.findByEmail(email);
              if (person) await app.store.linkIdentity(person.id, { platform: "slack", tenantId: user.teamId, externalId: user.id });
            }),
          }
        : {}),
    },
  });
  http.setHealth({ ready: true, details: { database: database.kind, slack: slack ? slack.mode : "off", teams: teams.mode } });
  http.setHealthCheck((ms) => database.ping(ms));
  logger.info({ url: `http://localhost:${port}/healthz` }, "doe-agenda bot ready");
  return {
    app,
    http,
    port,
    slack,
    teams,
    async stop() {
      http.setHealth({ ready: false, details: { status: "stopping" } });
      await delivery.stop();
      await slack?.stop();
      await http.close();
      await app.close();
    },
  };
}
