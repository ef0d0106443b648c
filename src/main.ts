/** `npm start`: runs the service until SIGINT/SIGTERM, then closes the database cleanly. */
import { loadDotEnv } from "./config/dotenv.js";
import { loadConfig } from "./config/env.js";
import { createLogger } from "./logging.js";
import { startService } from "./service.js";
import { explainStartupError } from "./startup-errors.js";

loadDotEnv();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${explainStartupError(error) ?? String(error)}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

try {
  const service = await startService(config, logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
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
