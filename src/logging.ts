/** Structured JSON logs (pino) for the service; the CLI keeps its stdout for replies. */
import pino, { type Logger } from "pino";
import { LogStream } from "./log-stream.js";

export type { Logger } from "pino";

const streams = new WeakMap<Logger, LogStream>();

export function createLogger(level: string, destination: "stdout" | "stderr" = "stdout"): Logger {
  // Not pino.destination: its exit-time synchronous flush never returns when stdout's reader is gone (see log-stream.ts).
  const stream = new LogStream(destination === "stdout" ? 1 : 2);
  const logger = pino({ level, base: { service: "doe-agenda-bot" } }, stream);
  streams.set(logger, stream);
  return logger;
}

/** Waits (at most `ms`) until the logger's lines are written, so the last lines are not lost on exit. */
export async function flushLogs(logger: Logger, ms = 1000): Promise<void> {
  await streams.get(logger)?.drained(ms);
}
