/** The long-running service: HTTP server, database, agenda core. Platform adapters attach here. */
import { type App, openApp } from "./app.js";
import type { Config } from "./config/env.js";
import type { Logger } from "./logging.js";
import { HttpServer } from "./server/http-server.js";

export interface Service {
  app: App;
  http: HttpServer;
  port: number;
  stop(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<Service> {
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
  http.setHealth({ ready: true, details: { database: database.kind } });
  logger.info({ url: `http://localhost:${port}/healthz` }, "doe-agenda bot ready");
  return {
    app,
    http,
    port,
    async stop() {
      http.setHealth({ ready: false, details: { status: "stopping" } });
      await http.close();
      await app.close();
    },
  };
}
