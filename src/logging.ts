/**
 * Logs of the service (pino): JSON lines for log collectors, or readable lines (pino-pretty) for a person at a
 * terminal, so a newcomer's `npm start` is not a wall of JSON. The CLI keeps its stdout for replies.
 */
import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import type PinoPretty from "pino-pretty";
import { LogStream } from "./log-stream.js";

export type { Logger } from "pino";

/** What is written: JSON lines, or readable lines. */
export type LogFormat = "json" | "pretty";

/** LOG_FORMAT: `auto` picks by where the lines go (see `chooseLogFormat`). */
export type LogFormatSetting = "auto" | LogFormat;

/**
 * `auto`: readable lines when the output is a terminal, unless NODE_ENV=production; JSON otherwise (a pipe, a
 * file, a container's log). An explicit `json` or `pretty` always wins.
 */
export function chooseLogFormat(setting: LogFormatSetting, output: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): LogFormat {
  if (setting !== "auto") return setting;
  return output.isTTY === true && env.NODE_ENV !== "production" ? "pretty" : "json";
}

const streams = new WeakMap<Logger, LogStream>();

/** Turns one JSON line into a readable one; pino-pretty is loaded only when asked for. */
function prettyLines(colorize: boolean): (line: string) => string {
  const { prettyFactory } = createRequire(import.meta.url)("pino-pretty") as typeof PinoPretty;
  return prettyFactory({ colorize, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" });
}

export function createLogger(level: string, destination: "stdout" | "stderr" = "stdout", format: LogFormat = "json"): Logger {
  const fd = destination === "stdout" ? 1 : 2;
  const output = destination === "stdout" ? process.stdout : process.stderr;
  // Not pino.destination: its exit-time synchronous flush never returns when stdout's reader is gone (see log-stream.ts).
  const stream = new LogStream(fd, format === "pretty" ? { format: prettyLines(output.isTTY === true) } : {});
  const logger = pino({ level, base: { service: "doe-agenda-bot" } }, stream);
  streams.set(logger, stream);
  return logger;
}

/** Waits (at most `ms`) until the logger's lines are written, so the last lines are not lost on exit. */
export async function flushLogs(logger: Logger, ms = 1000): Promise<void> {
  await streams.get(logger)?.drained(ms);
}
