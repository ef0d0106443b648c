/** `npm start`: runs the service until SIGINT/SIGTERM, then closes the database cleanly. */
import { join } from "node:path";
import { loadDotEnv } from "./config/dotenv.js";
import { type Config, isLocalMode, LOCAL_LEADER, loadConfig } from "./config/env.js";
import { createLogger } from "./logging.js";
import { startService } from "./service.js";
import { explainStartupError } from "./startup-errors.js";
import { type Playground, startPlayground } from "./teams/playground.js";

loadDotEnv();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${explainStartupError(error) ?? String(error)}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const local = isLocalMode(config);
if (local && config.leaderEmails.length === 0) {
  // Nobody else can reach the bot in local mode; let the person at the Playground try the leader's commands too.
  config = { ...config, leaderEmails: [LOCAL_LEADER.email] };
  logger.info({ leader: LOCAL_LEADER.email }, "local mode: the Playground user is the project leader");
}

try {
  const service = await startService(config, logger);
  let playground: Playground | null = null;
  if (local) {
    try {
      playground = await startPlayground({
        botEndpoint: `http://127.0.0.1:${service.port}/api/messages`,
        port: config.playgroundPort,
        workDir: join(config.dataDir, "playground"),
        user: {
          name: config.leaderEmails[0] === LOCAL_LEADER.email ? LOCAL_LEADER.name : "Projectleider",
          email: config.leaderEmails[0] ?? LOCAL_LEADER.email,
        },
        logger,
      });
      logger.info({ url: playground.url }, "Agents Playground ready");
      process.stdout.write(`\nOpen ${playground.url} to try the bot in the Microsoft 365 Agents Playground (no account needed).\n\n`);
    } catch (error) {
      logger.error({ err: error }, "the Agents Playground could not be started; the bot runs without it");
    }
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await playground?.stop();
    await service.stop();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  const explained = explainStartupError(error);
  logger.fatal({ err: explained ? undefined : error }, explained ?? "could not start");
  if (explained) process.stderr.write(`${explained}\n`);
  process.exit(1);
}
