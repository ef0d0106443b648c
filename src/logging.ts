/** Structured JSON logs (pino) for the service; the CLI keeps its stdout for replies. */
import pino, { type Logger } from "pino";

export type { Logger } from "pino";

export function createLogger(level: string, destination: "stdout" | "stderr" = "stdout"): Logger {
  return pino({ level, base: { service: "doe-agenda-bot" } }, pino.destination(destination === "stdout" ? 1 : 2));
}
