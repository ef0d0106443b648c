/** Bolt's Logger interface on top of the service's pino logger. */
import { LogLevel, type Logger as SlackLogger } from "@slack/logger";
import type { Logger } from "../logging.js";

export function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: "slack" });
  let level: LogLevel = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ");
  return {
    debug: (...msg) => child.debug(text(msg)),
    info: (...msg) => child.info(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    error: (...msg) => child.error(text(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
