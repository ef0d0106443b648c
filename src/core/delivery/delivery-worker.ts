/**
 * Sends what is in the outbox: per target no faster than the platform allows, retrying 429 and 5xx with
 * back-off (honouring Retry-After), and after the last try telling the project leader what could not be sent.
 */
import type { Platform } from "../domain/agenda.js";
import type { Message } from "../messages/model.js";
import type { Clock, Outbox, OutboxItem } from "../ports.js";

export type SendResult = { ok: true } | { ok: false; error: string; retryAfterMs?: number; permanent?: boolean };

/** Sends one message to one target on one platform (implemented by the Slack and Teams adapters). */
export interface MessageSender {
  send(target: string, message: Message): Promise<SendResult>;
}

export interface DeliveryPolicy {
  /** Least time between two messages to the same target, per platform (Slack: about one a second per channel). */
  pacingMs: Record<Platform, number>;
  /**
   * The platform's limit for the whole app, in messages per second (Slack's workspace limit on chat.postMessage,
   * Teams' per-app-per-tenant limit). The worker sends at `rateHeadroom` of it, so it never runs into the limit.
   */
  ratePerSecond: Record<Platform, number>;
  rateHeadroom: number;
  /** Tries before giving up. */
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** How long a claimed message is reserved for this worker. */
  leaseMs: number;
  batchSize: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  pacingMs: { slack: 1100, teams: 1000 },
  // Slack allows "several hundred messages a minute" per workspace; Teams 50 requests a second per app and tenant,
  // of which replies to users take their share.
  ratePerSecond: { slack: 5, teams: 30 },
  rateHeadroom: 0.95,
  maxAttempts: 6,
  baseBackoffMs: 2000,
  maxBackoffMs: 5 * 60_000,
  leaseMs: 60_000,
  batchSize: 50,
};

export interface GiveUpNotice {
  item: OutboxItem;
  error: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DeliveryWorker {
  private readonly nextAllowed = new Map<string, number>();
  /** The next free send slot per platform: sends to all targets together keep to the platform's rate. */
  private readonly nextSlot = new Map<Platform, number>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly senders: Partial<Record<Platform, MessageSender>>,
    private readonly clock: Clock,
    private readonly onGiveUp: (notice: GiveUpNotice) => Promise<void>,
    private readonly policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
  ) {}

  /** How many messages one run claims: no more than can be sent at the slowest platform rate within half the lease. */
  private get claimLimit(): number {
    const slowest = Math.min(...Object.values(this.policy.ratePerSecond)) * this.policy.rateHeadroom;
    return Math.max(1, Math.min(this.policy.batchSize, Math.floor((slowest * this.policy.leaseMs) / 2000)));
  }

  /** Waits for this platform's next send slot and takes it. */
  private async takeSlot(platform: Platform): Promise<void> {
    const interval = 1000 / (this.policy.ratePerSecond[platform] * this.policy.rateHeadroom);
    const now = this.clock.now().getTime();
    const slot = Math.max(now, this.nextSlot.get(platform) ?? 0);
    this.nextSlot.set(platform, slot + interval);
    if (slot > now) await sleep(slot - now);
  }

  /** Sends every message that is due now, pacing per target; returns how many were claimed and sent. */
  async runOnce(): Promise<number> {
    return (await this.run()).sent;
  }

  private async run(): Promise<{ claimed: number; sent: number }> {
    const now = this.clock.now();
    if (this.nextAllowed.size > 10_000) {
      for (const [key, at] of this.nextAllowed) if (at < now.getTime()) this.nextAllowed.delete(key);
    }
    const items = await this.outbox.claimDue(now, new Date(now.getTime() + this.policy.leaseMs), this.claimLimit);
    const byTarget = new Map<string, OutboxItem[]>();
    for (const item of items) {
      const key = `${item.platform}:${item.target}`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), item]);
    }
    // Targets are independent; messages to one target go one after another, in order.
    const sent = await Promise.all([...byTarget.entries()].map(([key, queue]) => this.drain(key, queue)));
    return { claimed: items.length, sent: sent.reduce((sum, count) => sum + count, 0) };
  }

  private async drain(key: string, queue: OutboxItem[]): Promise<number> {
    let sent = 0;
    for (const [index, item] of queue.entries()) {
      if (this.stopped) {
        for (const rest of queue.slice(index)) await this.outbox.reschedule(rest.id, this.clock.now(), false);
        break;
      }
      const wait = (this.nextAllowed.get(key) ?? 0) - this.clock.now().getTime();
      if (wait > 0) await sleep(wait);
      await this.takeSlot(item.platform);
      const sender = this.senders[item.platform];
      const result: SendResult = sender
        ? await sender.send(item.target, item.message).catch((error: unknown) => ({ ok: false as const, error: String(error) }))
        : { ok: false, error: `no sender for ${item.platform}`, permanent: true };
      const pacing = this.policy.pacingMs[item.platform];
      this.nextAllowed.set(key, this.clock.now().getTime() + Math.max(pacing, result.ok ? 0 : (result.retryAfterMs ?? 0)));
      // A Retry-After holds every send on the platform, not only this target: the limit may be the app-wide one.
      if (!result.ok && result.retryAfterMs) {
        const resume = this.clock.now().getTime() + result.retryAfterMs;
        if (resume > (this.nextSlot.get(item.platform) ?? 0)) this.nextSlot.set(item.platform, resume);
      }
      if (result.ok) {
        await this.outbox.markSent(item.id, this.clock.now());
        sent++;
        continue;
      }
      const failures = item.failures + 1;
      if (result.permanent || failures >= this.policy.maxAttempts) {
        await this.outbox.markFailed(item.id, result.error);
        await this.onGiveUp({ item, error: result.error });
        continue;
      }
      const backoff = result.retryAfterMs ?? Math.min(this.policy.baseBackoffMs * 2 ** (failures - 1), this.policy.maxBackoffMs);
      await this.outbox.reschedule(item.id, new Date(this.clock.now().getTime() + backoff), true, result.error);
      // Later messages to this target wait their turn, so the order is kept.
      for (const rest of queue.slice(index + 1)) await this.outbox.reschedule(rest.id, new Date(this.clock.now().getTime() + backoff), false);
      break;
    }
    return sent;
  }

  /** Polls the outbox every `intervalMs` until stopped (at once again after a full batch); a failed poll is reported. */
  start(intervalMs = 500, onError: (error: unknown) => void = () => undefined): void {
    this.stopped = false;
    const tick = () => {
      let full = false;
      this.running = this.run()
        .then((run) => {
          full = run.claimed >= this.claimLimit;
        })
        .catch(onError)
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, full ? 0 : intervalMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
