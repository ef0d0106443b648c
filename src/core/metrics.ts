/**
 * The metrics port of the core: what the dispatcher and the delivery worker report as they work. An adapter outside
 * the core (src/observability/prometheus-metrics.ts) turns it into Prometheus series; the core never imports it.
 * Every label value is from a closed set (command names, outcomes, platforms, message kinds), never user input.
 */
import type { Command } from "./commands/types.js";
import type { Platform } from "./domain/agenda.js";

/**
 * How a command ended: `ok` it did its work; `rejected` it answered with an error (bad input, a conflict);
 * `refused` the person may not run it; `unknown-action` it named no action; `unparsed` the input was not a command
 * of the grammar; `failed` it threw (the adapter says "something went wrong").
 */
export type CommandOutcome = "ok" | "rejected" | "refused" | "unknown-action" | "unparsed" | "failed";

/** The command a metric is about: a command of the table (`status-form`: `status` without a new status), or `unknown`. */
export type MeasuredCommand = Command["name"] | "unknown";

/**
 * What became of one try to send an outbox message: `sent`; `retried` it failed and is tried again later;
 * `rate-limited` the platform asked to wait (not a failure); `not-installed` the workspace has not (or no longer)
 * installed the app, so it waits for a reinstall (not a failure); `given-up` it will not be sent.
 */
export type DeliveryOutcome = "sent" | "retried" | "rate-limited" | "not-installed" | "given-up";

/** What an outbox message is, read from its dedupe key (see delivery/dedupe-keys.ts). */
export type MessageKind = "digest" | "reminder-round" | "failure-notice" | "other";

export interface CoreMetrics {
  commandFinished(command: MeasuredCommand, outcome: CommandOutcome, seconds: number): void;
  delivery(platform: Platform, outcome: DeliveryOutcome, kind: MessageKind): void;
}

/** Reports nothing: the default where no metrics are collected (CLI, tests that do not look). */
export const noMetrics: CoreMetrics = {
  commandFinished: () => undefined,
  delivery: () => undefined,
};

/** The kind of message behind a dedupe key, by the prefixes of `dedupeKeys`. */
export function messageKindOf(dedupeKey: string): MessageKind {
  if (dedupeKey.startsWith("digest:") || dedupeKey.startsWith("digest-now:")) return "digest";
  if (dedupeKey.startsWith("round:") || dedupeKey.startsWith("not-mine:")) return "reminder-round";
  if (dedupeKey.startsWith("failed:")) return "failure-notice";
  return "other";
}
