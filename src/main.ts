/**
 * `npm start`: runs the service until SIGINT/SIGTERM, then closes the database cleanly. Stopping has a hard
 * deadline (SHUTDOWN_TIMEOUT_SECONDS): whatever hangs, the process exits and frees its port and data folder.
 */
import { join } from "node:path";
import { loadDotEnv } from "./config/dotenv.js";
import { type Config, isLocalMode, LOCAL_LEADER, loadConfig } from "./config/env.js";
import { chooseLogFormat, createLogger, flushLogs } from "./logging.js";
import { startService } from "./service.js";
import { explainStartupError } from "./startup-errors.js";
import { type Playground, startPlayground } from "./teams/playground.js";

// A reader of stdout/stderr that went away (a closed pipe) must not crash or stop the service: ignore EPIPE there.
process.stdout.on("error", () => undefined);
process.stderr.on("error", () => undefined);

loadDotEnv();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${explainStartupError(error) ?? String(error)}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel, "stdout", chooseLogFormat(config.logFormat, process.stdout));
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
    if (stopping) {
      // A second Ctrl-C: the operator does not want to wait.
      logger.warn({ signal }, "stopping at once");
      await flushLogs(logger, 200);
      process.exit(1);
    }
    stopping = true;
    const deadline = setTimeout(() => {
      logger.error({ seconds: config.shutdownTimeoutMs / 1000 }, "stopping took too long; exiting anyway");
      process.stderr.write(`Stopping took longer than ${config.shutdownTimeoutMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS); exiting anyway.\n`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    try {
      logger.info({ signal }, "stopping");
      await playground?.stop();
      await service.stop();
      logger.info("stopped");
      await flushLogs(logger);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "stopping failed");
      await flushLogs(logger);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  const explained = explainStartupError(error);
  logger.fatal({ err: explained ? undefined : error }, explained ?? "could not start");
  if (explained) process.stderr.write(`${explained}\n`);
  await flushLogs(logger);
  process.exit(1);
}
