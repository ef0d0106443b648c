/**
 * Scheduled and outgoing work of the service, on the schedulers and ports the composition root built: every minute the digest scheduler claims what is due and the round
 * scheduler sends a due follow-up, closes a due round or starts a scheduled one; the delivery worker sends the
 * outbox; and once an hour (claimed, so on one instance) sent messages, seen inbound events, request signatures and answered commands past their retention are deleted. All survive
 * restarts: claims, rounds and outbox rows live in the database.
 */
import cron from "node-cron";
import type { App } from "./app.js";
import { DEFAULT_DELIVERY_POLICY, DeliveryWorker, type MessageSender } from "./core/delivery/delivery-worker.js";
import { handleGiveUp } from "./core/delivery/give-up.js";
import type { Platform } from "./core/domain/agenda.js";
import { SCHEDULE_TIME_ZONE } from "./core/schedule/cron-occurrence.js";
import type { Logger } from "./logging.js";

export interface Delivery {
  stop(): Promise<void>;
}

export function startDelivery(options: { app: App; logger: Logger; senders: Partial<Record<Platform, MessageSender>> }): Delivery {
  const log = options.logger.child({ component: "delivery" });
  const { config, ports, schedulers, leaders } = options.app;
  const { outbox } = ports;
  const scheduler = schedulers.digests;
  const rounds = schedulers.rounds;
  const worker = new DeliveryWorker(
    outbox,
    options.senders,
    options.app.clock,
    async (failure) => {
      const { item, error } = failure;
      const about = { outboxId: String(item.id), platform: item.platform, target: item.target, error, summary: item.message.summary };
      const outcome = await handleGiveUp(failure, {
        outbox,
        people: ports.people,
        leaders,
        locale: config.defaultLocale,
        rounds: ports.rounds,
        updateLinks: options.app.updateLinks,
        mail: options.senders.mail !== undefined,
        now: () => options.app.clock.now(),
      });
      if (outcome.handled === "mail") {
        log.warn({ ...about, to: outcome.address }, "refused in chat; queued by e-mail instead");
        return;
      }
      if (failure.notInstalled) {
        log.warn({ ...about, told: outcome.told }, "message given up: the region's workspace had not installed the app while it was useful");
        return;
      }
      log.error(about, "message could not be delivered");
      if (outcome.told === 0) log.warn({ outboxId: String(item.id) }, "no project leader could be told in chat (none has written to the bot yet)");
    },
    // Mail is polled only when there is a sender for it (SMTP_URL).
    { ...DEFAULT_DELIVERY_POLICY, ratePerSecond: pick(config.messagesPerSecond, options.senders), leaseMs: config.deliveryLeaseMs },
    options.app.metrics,
  );
  const runScheduler = async () => {
    try {
      const enqueued = await scheduler.runDue();
      if (enqueued) log.info({ enqueued }, "digests queued");
    } catch (error) {
      log.error({ err: error }, "digest schedule failed");
    }
    try {
      const run = await rounds.runDue();
      if (run.started) log.info("scheduled reminder round started");
      if (run.nudged) log.info({ nudged: run.nudged }, "reminder round follow-up queued");
      if (run.closed) log.info("reminder round closed; summary queued");
    } catch (error) {
      log.error({ err: error }, "reminder round schedule failed");
    }
    try {
      const reminded = await schedulers.deadlines.runDue();
      if (reminded) log.info({ reminded }, "reminders before goal dates and deadlines queued");
    } catch (error) {
      log.error({ err: error }, "deadline reminders failed");
    }
    try {
      const swept = await schedulers.retention.runDue();
      if (swept && (swept.outbox || swept.events || swept.commands)) log.info(swept, "data past its retention deleted");
    } catch (error) {
      log.error({ err: error }, "retention sweep failed");
    }
  };
  const starting = scheduler
    .resumeUnfinished()
    .then((resumed) => resumed && log.info({ resumed }, "unfinished digests resumed"))
    .catch((error: unknown) => log.error({ err: error }, "could not resume unfinished digests"))
    .then(runScheduler);
  const task = cron.schedule("* * * * *", runScheduler, { timezone: SCHEDULE_TIME_ZONE, name: "digest-schedule", noOverlap: true });
  worker.start(1000, (error) => log.error({ err: error }, "outbox poll failed"));
  return {
    async stop() {
      await task.stop();
      await starting;
      await worker.stop();
    },
  };
}

/** The rates of the platforms that are chat platforms or have a sender. */
function pick(rates: Record<Platform, number>, senders: Partial<Record<Platform, MessageSender>>): Partial<Record<Platform, number>> {
  return Object.fromEntries(Object.entries(rates).filter(([platform]) => platform !== "mail" || senders.mail));
}
