/**
 * Sends what is in the outbox: per target no faster than the platform allows, retrying 429 and 5xx with
 * back-off (honouring Retry-After), and after the last try telling the project leader what could not be sent.
 * A rate limit (429) is not a failed try: it is waited out for as long as the message is worth sending; so is a
 * workspace that has not (or no longer) installed the app, looked at again every `maxBackoffMs`.
 */
import type { Platform } from "../domain/agenda.js";
import type { Message } from "../messages/model.js";
import { type CoreMetrics, messageKindOf, noMetrics } from "../metrics.js";
import type { Clock, Outbox, OutboxItem } from "../ports.js";
import type { UnreachableReason } from "./chat-reach.js";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "./delivery-policy.js";

export { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from "./delivery-policy.js";

/**
 * `rateLimited`: the platform said "not now" (429); it does not count as a failed try. `retryAfterMs`: its
 * Retry-After, for a 429 or a 5xx. `permanent`: trying again will not help. `unreachable`: an `email:` target the
 * platform could not find or reach, and why (so another way, e-mail, can be chosen). `notInstalled`: the region's
 * workspace has not (or no longer) installed the app; not a failed try either: the message waits for a reinstall
 * while it is worth sending.
 */
export type SendResult =
  | { ok: true }
  | {
      ok: false;
      error: string;
      retryAfterMs?: number;
      permanent?: boolean;
      rateLimited?: boolean;
      notInChannel?: boolean;
      unreachable?: UnreachableReason;
      notInstalled?: boolean;
    };

/** How long a message without its own `usefulUntil` is worth sending: a week (a digest, until the next one). */
export const DEFAULT_USEFUL_LIFE_MS = 7 * 24 * 60 * 60 * 1000;

/** Sends one message to one target on one platform (implemented by the Slack and Teams adapters). */
export interface MessageSender {
  /** `deliveryKey` names the outbox message, so a retry can skip the parts (pages) already sent. */
  send(target: string, message: Message, deliveryKey?: string): Promise<SendResult>;
}

export interface GiveUpNotice {
  item: OutboxItem;
  error: string;
  /** Not sent within its useful life (a rate limit lasted too long, or it was due too late), rather than refused. */
  expired?: boolean;
  /** Refused because the bot is not a member of the channel (Slack's `not_in_channel`). */
  notInChannel?: boolean;
  /** An `email:` target the platform could not reach, and why. */
  unreachable?: UnreachableReason;
  /** Waited for the workspace to install the app (again) until it stopped being useful. */
  notInstalled?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DeliveryWorker {
  private readonly nextAllowed = new Map<string, number>();
  /**
   * Per platform: when the last send started, and the queue of sends waiting for a slot. Sends to all targets
   * together keep to the platform's rate, spaced from the actual previous send, so a stalled event loop cannot
   * release a burst.
   */
  private readonly lastSend = new Map<Platform, number>();
  private readonly slotQueue = new Map<Platform, Promise<void>>();
  private readonly timers = new Map<Platform, NodeJS.Timeout>();
  private readonly running = new Map<Platform, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly senders: Partial<Record<Platform, MessageSender>>,
    private readonly clock: Clock,
    private readonly onGiveUp: (notice: GiveUpNotice) => Promise<void>,
    private readonly policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
    private readonly metrics: Pick<CoreMetrics, "delivery"> = noMetrics,
  ) {}

  private get platforms(): Platform[] {
    return Object.keys(this.policy.ratePerSecond) as Platform[];
  }

  /** The rate this worker sends at on a platform: its limit with headroom (1 a second for one not configured). */
  private rate(platform: Platform): number {
    return (this.policy.ratePerSecond[platform] ?? 1) * this.policy.rateHeadroom;
  }

  /** How many messages one run claims for a platform: no more than it can send within half the lease. */
  private claimLimit(platform: Platform): number {
    const rate = this.rate(platform);
    return Math.max(1, Math.min(this.policy.batchSize, Math.floor((rate * this.policy.leaseMs) / 2000)));
  }

  /** Waits for this platform's next send slot and takes it. */
  private takeSlot(platform: Platform): Promise<void> {
    const interval = 1000 / this.rate(platform);
    const turn = (this.slotQueue.get(platform) ?? Promise.resolve()).then(async () => {
      // A Retry-After that arrives while this send waits moves the slot on: wait again until nothing moved it.
      for (let seen: number | undefined; ; ) {
        const last = this.lastSend.get(platform) ?? 0;
        if (last === seen) break;
        seen = last;
        const wait = last + interval - this.clock.now().getTime();
        if (wait <= 0) break;
        await sleep(wait);
      }
      this.lastSend.set(platform, this.clock.now().getTime());
    });
    this.slotQueue.set(platform, turn);
    return turn;
  }

  /** Sends a batch of what is due now on every platform, pacing per target; returns how many were sent. */
  async runOnce(): Promise<number> {
    const runs = await Promise.all(this.platforms.map((platform) => this.run(platform)));
    return runs.reduce((sum, run) => sum + run.sent, 0);
  }

  /** One batch of one platform's due messages; platforms run side by side, so a slow one does not hold up the other. */
  private async run(platform: Platform): Promise<{ claimed: number; sent: number }> {
    const now = this.clock.now();
    if (this.nextAllowed.size > 10_000) {
      for (const [key, at] of this.nextAllowed) if (at < now.getTime()) this.nextAllowed.delete(key);
    }
    const items = await this.outbox.claimDue(now, new Date(now.getTime() + this.policy.leaseMs), this.claimLimit(platform), platform);
    const byTarget = new Map<string, OutboxItem[]>();
    for (const item of items) {
      const key = `${item.platform}:${item.target}`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), item]);
    }
    // Targets are independent; messages to one target go one after another, in order.
    const leaseUntil = now.getTime() + this.policy.leaseMs;
    const sent = await Promise.all([...byTarget.entries()].map(([key, queue]) => this.drain(key, queue, leaseUntil)));
    return { claimed: items.length, sent: sent.reduce((sum, count) => sum + count, 0) };
  }

  private async drain(key: string, queue: OutboxItem[], leaseUntil: number): Promise<number> {
    let sent = 0;
    // Never send on a lease that is about to run out: another instance may take the message over then.
    const margin = Math.min(5000, this.policy.leaseMs / 4);
    for (const [index, item] of queue.entries()) {
      if (!this.stopped && this.clock.now().getTime() > (item.usefulUntil?.getTime() ?? Number.POSITIVE_INFINITY)) {
        await this.giveUp(item, "not sent before it stopped being useful", true);
        continue;
      }
      if (!this.stopped) {
        const wait = (this.nextAllowed.get(key) ?? 0) - this.clock.now().getTime();
        if (wait > 0) await sleep(wait);
        await this.takeSlot(item.platform);
      }
      if (this.stopped || this.clock.now().getTime() >= leaseUntil - margin) {
        for (const rest of queue.slice(index)) await this.outbox.reschedule(rest.id, this.clock.now(), false);
        break;
      }
      const sender = this.senders[item.platform];
      const result: SendResult = sender
        ? await sender.send(item.target, item.message, item.dedupeKey).catch((error: unknown) => ({ ok: false as const, error: String(error) }))
        : { ok: false, error: `no sender for ${item.platform}`, permanent: true };
      const pacing = this.policy.pacingMs[item.platform] ?? 0;
      // A rate limit without Retry-After is waited out for the first back-off step.
      const holdMs = result.ok ? 0 : (result.retryAfterMs ?? (result.rateLimited ? this.policy.baseBackoffMs : 0));
      this.nextAllowed.set(key, this.clock.now().getTime() + Math.max(pacing, holdMs));
      // A Retry-After holds every send on the platform, not only this target: the limit may be the app-wide one.
      if (holdMs > 0) {
        const interval = 1000 / this.rate(item.platform);
        const resume = this.clock.now().getTime() + holdMs - interval;
        if (resume > (this.lastSend.get(item.platform) ?? 0)) this.lastSend.set(item.platform, resume);
      }
      if (result.ok) {
        await this.outbox.markSent(item.id, this.clock.now());
        this.metrics.delivery(item.platform, "sent", messageKindOf(item.dedupeKey));
        sent++;
        continue;
      }
      const now = this.clock.now().getTime();
      const usefulUntil = item.usefulUntil?.getTime() ?? Number.POSITIVE_INFINITY;
      if (result.rateLimited && !result.permanent) {
        // Not a failure: the platform asks to wait. Wait, for as long as the message is still worth sending.
        if (now + holdMs > usefulUntil) {
          await this.giveUp(item, `${result.error}: still rate limited when it stopped being useful`, true);
          continue;
        }
        await this.postpone(queue, index, new Date(now + holdMs), "rate-limited", result.error);
        break;
      }
      if (result.notInstalled && !result.permanent) {
        // Looked at again every longest back-off: given up once the next look would come after its useful life.
        const next = now + this.policy.maxBackoffMs;
        if (next > usefulUntil) {
          await this.giveUp(item, `${result.error}: the app was not installed while it was useful`, true, false, undefined, true);
          continue;
        }
        await this.postpone(queue, index, new Date(next), "not-installed", result.error);
        break;
      }
      const failures = item.failures + 1;
      const backoff = result.retryAfterMs ?? Math.min(this.policy.baseBackoffMs * 2 ** (failures - 1), this.policy.maxBackoffMs);
      if (result.permanent || failures >= this.policy.maxAttempts || now + backoff > usefulUntil) {
        await this.giveUp(
          item,
          result.error,
          !result.permanent && failures < this.policy.maxAttempts,
          result.notInChannel === true,
          result.unreachable,
        );
        continue;
      }
      await this.postpone(queue, index, new Date(now + backoff), "retried", result.error);
      break;
    }
    return sent;
  }

  /**
   * Puts the message back until `at`, and the later messages to its target with it, so their order is kept. Only
   * `retried` counts the try as a failure.
   */
  private async postpone(
    queue: OutboxItem[],
    index: number,
    at: Date,
    outcome: "retried" | "rate-limited" | "not-installed",
    error: string,
  ): Promise<void> {
    const item = queue[index];
    if (item) await this.outbox.reschedule(item.id, at, outcome === "retried", error);
    if (item) this.metrics.delivery(item.platform, outcome, messageKindOf(item.dedupeKey));
    for (const rest of queue.slice(index + 1)) await this.outbox.reschedule(rest.id, at, false);
  }

  private async giveUp(
    item: OutboxItem,
    error: string,
    expired = false,
    notInChannel = false,
    unreachable?: UnreachableReason,
    notInstalled = false,
  ): Promise<void> {
    await this.outbox.markFailed(item.id, error);
    this.metrics.delivery(item.platform, "given-up", messageKindOf(item.dedupeKey));
    await this.onGiveUp({
      item,
      error,
      ...(expired ? { expired } : {}),
      ...(notInChannel ? { notInChannel } : {}),
      ...(unreachable ? { unreachable } : {}),
      ...(notInstalled ? { notInstalled } : {}),
    });
  }

  /**
   * Polls the outbox every `intervalMs` per platform until stopped (at once again after a full batch); a failed
   * poll is reported.
   */
  start(intervalMs = 500, onError: (error: unknown) => void = () => undefined): void {
    this.stopped = false;
    for (const platform of this.platforms) {
      const tick = () => {
        let full = false;
        const running = this.run(platform)
          .then((run) => {
            full = run.claimed >= this.claimLimit(platform);
          })
          .catch(onError)
          .finally(() => {
            if (!this.stopped) this.timers.set(platform, setTimeout(tick, full ? 0 : intervalMs));
          });
        this.running.set(platform, running);
      };
      tick();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.all(this.running.values());
  }
}
