/**
 * `/metrics` in Prometheus' text format (prom-client), on a registry of this service instance (never prom-client's
 * global one, so two services in one process, as in the tests, keep their own figures). The core reports commands
 * and deliveries through its metrics port (core/metrics.ts); the outbox backlog, the open rounds and whether the
 * database answers are read from the database on each scrape.
 */
import type { ServerResponse } from "node:http";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Platform } from "../core/domain/agenda.js";
import type { CommandOutcome, CoreMetrics, DeliveryOutcome, MeasuredCommand, MessageKind } from "../core/metrics.js";
import type { OperationalStats, OutboxBacklog } from "./operational-stats.js";

const PLATFORMS: readonly Platform[] = ["slack", "teams"];
const DELIVERY_OUTCOMES: readonly DeliveryOutcome[] = ["sent", "retried", "rate-limited", "not-installed", "given-up"];
const MESSAGE_KINDS: readonly MessageKind[] = ["digest", "reminder-round", "failure-notice", "other"];
/** Seconds: a command answers within Slack's 3 s; most take milliseconds. */
const COMMAND_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Both backlog gauges read one query per scrape: one answer is shared this long. */
const BACKLOG_REUSE_MS = 500;

export class PrometheusMetrics implements CoreMetrics {
  readonly registry = new Registry();
  private stats: OperationalStats | null = null;
  private backlog: { at: number; rows: Promise<OutboxBacklog[]> } | null = null;
  private readonly commands: Counter<"command" | "outcome">;
  private readonly commandSeconds: Histogram<"command" | "outcome">;
  private readonly deliveries: Counter<"platform" | "outcome" | "kind">;
  private readonly digestsSent: Counter<"platform">;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.commands = new Counter({
      name: "doe_agenda_commands_total",
      help: "Commands run (chat, buttons, forms, CLI), by command and outcome",
      labelNames: ["command", "outcome"],
      registers,
    });
    this.commandSeconds = new Histogram({
      name: "doe_agenda_command_duration_seconds",
      help: "Time from a command's parsing to its reply, by command and outcome",
      labelNames: ["command", "outcome"],
      buckets: COMMAND_BUCKETS,
      registers,
    });
    this.deliveries = new Counter({
      name: "doe_agenda_deliveries_total",
      help: "Tries to send an outbox message: sent, retried after a failure, rate-limited (waited out), not installed (waits for a reinstall), given up",
      labelNames: ["platform", "outcome", "kind"],
      registers,
    });
    this.digestsSent = new Counter({
      name: "doe_agenda_digests_sent_total",
      help: "Digests delivered to channels",
      labelNames: ["platform"],
      registers,
    });
    for (const platform of PLATFORMS) {
      this.digestsSent.inc({ platform }, 0);
      for (const outcome of DELIVERY_OUTCOMES) for (const kind of MESSAGE_KINDS) this.deliveries.inc({ platform, outcome, kind }, 0);
    }
    this.scrapedGauges(registers);
  }

  /** The database figures come from `stats` from now on (the app is opened after the metrics exist). */
  watch(stats: OperationalStats): void {
    this.stats = stats;
    this.backlog = null;
  }

  commandFinished(command: MeasuredCommand, outcome: CommandOutcome, seconds: number): void {
    this.commands.inc({ command, outcome });
    this.commandSeconds.observe({ command, outcome }, seconds);
  }

  delivery(platform: Platform, outcome: DeliveryOutcome, kind: MessageKind): void {
    this.deliveries.inc({ platform, outcome, kind });
    if (outcome === "sent" && kind === "digest") this.digestsSent.inc({ platform });
  }

  /** Answers a scrape. */
  async respond(response: ServerResponse): Promise<void> {
    const body = await this.registry.metrics();
    response.writeHead(200, { "content-type": this.registry.contentType }).end(body);
  }

  private readBacklog(): Promise<OutboxBacklog[]> | null {
    if (!this.stats) return null;
    if (!this.backlog || Date.now() - this.backlog.at > BACKLOG_REUSE_MS) this.backlog = { at: Date.now(), rows: this.stats.outboxBacklog() };
    return this.backlog.rows;
  }

  /** Gauges set from the database when scraped; a query that fails leaves them empty (and database_up 0). */
  private scrapedGauges(registers: Registry[]): void {
    const metrics = this;
    new Gauge({
      name: "doe_agenda_outbox_depth",
      help: "Messages waiting in the outbox to be sent, per platform",
      labelNames: ["platform"],
      registers,
      async collect() {
        this.reset();
        const rows = await metrics.readBacklog()?.catch(() => null);
        for (const row of rows ?? []) this.set({ platform: row.platform }, row.depth);
      },
    });
    new Gauge({
      name: "doe_agenda_outbox_oldest_age_seconds",
      help: "Age of the oldest message waiting in the outbox, per platform (0 when none waits)",
      labelNames: ["platform"],
      registers,
      async collect() {
        this.reset();
        const rows = await metrics.readBacklog()?.catch(() => null);
        const now = Date.now();
        for (const row of rows ?? [])
          this.set({ platform: row.platform }, row.oldestQueuedAt ? Math.max(0, (now - row.oldestQueuedAt.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: "doe_agenda_rounds_open",
      help: "Reminder rounds open on the agenda this instance serves",
      registers,
      async collect() {
        this.reset();
        const open = await metrics.stats?.openRounds().catch(() => null);
        if (typeof open === "number") this.set(open);
      },
    });
    new Gauge({
      name: "doe_agenda_database_up",
      help: "1 when the database answered this scrape's queries, else 0",
      registers,
      async collect() {
        const answered = await metrics.readBacklog()?.then(
          () => true,
          () => false,
        );
        if (answered !== undefined) this.set(answered ? 1 : 0);
      },
    });
  }
}
