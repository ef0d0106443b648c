/**
 * Posts each linked channel's digest on its schedule, exactly once per (channel, occurrence): the occurrence is
 * claimed in the database before the digest is put in the outbox, so several instances and restarts post it
 * once. After downtime the latest missed occurrence is posted once, late; older ones are not piled up. A channel
 * that skips holidays gets an occurrence on a Dutch public holiday on the next working day (`holiday-hold.ts`).
 */
import { channelLocale } from "../channel-settings.js";
import { dedupeKeys } from "../delivery/dedupe-keys.js";
import { type DigestSources, digestFor, resolvedSinceFor } from "../digest/digest-for.js";
import type { ChannelDirectory, Clock, JobClaims, LinkedChannel, Outbox } from "../ports.js";
import { previousOccurrence } from "./cron-occurrence.js";
import { dueOccurrence } from "./holiday-hold.js";

export const DIGEST_JOB = "digest";

export function digestTarget(channel: Pick<LinkedChannel, "platform" | "tenantId" | "channelId">): string {
  return `${channel.platform}:${channel.tenantId}:${channel.channelId}`;
}

export interface DigestSchedulerOptions {
  /** The linked channels and their schedules. */
  channels: Pick<ChannelDirectory, "linkedChannels">;
  /** What a digest is built from. */
  sources: DigestSources;
  claims: JobClaims;
  outbox: Outbox;
  clock: Clock;
  /** Identifies this instance in the claims (host and pid). */
  owner: string;
  onError?: (error: unknown, channel: LinkedChannel) => void;
}

export class DigestScheduler {
  constructor(private readonly options: DigestSchedulerOptions) {}

  /** Claims and enqueues every digest that is due; returns the number this instance enqueued. */
  async runDue(): Promise<number> {
    const { channels, clock } = this.options;
    const now = clock.now();
    let enqueued = 0;
    for (const channel of await channels.linkedChannels()) {
      try {
        // Held over a public holiday when the channel asks for it: then due on the next working day.
        const occurrence = dueOccurrence(channel.schedule, now, channel.skipHolidays);
        // A channel linked after the occurrence starts with the next one.
        if (!occurrence || occurrence < channel.linkedAt) continue;
        if (await this.post(channel, occurrence)) enqueued++;
      } catch (error) {
        this.options.onError?.(error, channel);
      }
    }
    return enqueued;
  }

  /** Finishes digests claimed by an instance that stopped before putting them in the outbox. */
  async resumeUnfinished(): Promise<number> {
    const unfinished = await this.options.claims.unfinished(DIGEST_JOB);
    const channels = new Map((await this.options.channels.linkedChannels()).map((channel) => [digestTarget(channel), channel]));
    let resumed = 0;
    for (const run of unfinished) {
      const channel = channels.get(run.target);
      if (!channel) continue;
      await this.enqueue(channel, new Date(run.period));
      await this.options.claims.complete(DIGEST_JOB, run.period, run.target);
      resumed++;
    }
    return resumed;
  }

  private async post(channel: LinkedChannel, occurrence: Date): Promise<boolean> {
    const period = occurrence.toISOString();
    const target = digestTarget(channel);
    if (!(await this.options.claims.claim(DIGEST_JOB, period, target, this.options.owner))) return false;
    await this.enqueue(channel, occurrence);
    await this.options.claims.complete(DIGEST_JOB, period, target);
    return true;
  }

  private async enqueue(channel: LinkedChannel, occurrence: Date): Promise<void> {
    // Since the digest posted before this one, also when the schedule changed in between (then the new
    // schedule's previous time could lie after it, and changes in between would be left out).
    const previous = await this.options.claims.previousPeriod(DIGEST_JOB, digestTarget(channel), occurrence.toISOString());
    const since = previous ? new Date(previous) : previousOccurrence(channel.schedule, new Date(occurrence.getTime() - 1));
    const locale = channelLocale(channel, "nl");
    const now = this.options.clock.now();
    const resolvedSince = await resolvedSinceFor(this.options.sources, channel, since);
    const digest = await digestFor(this.options.sources, channel.overlegCode, since, now, locale, { resolvedSince });
    if (!digest) return;
    const queued = await this.options.outbox.enqueue({
      dedupeKey: dedupeKeys.digest(digestTarget(channel), occurrence),
      platform: channel.platform,
      target: channel.channelId,
      message: digest,
    });
    // The escalations resolved up to now are shown: the next digest lists only those resolved after.
    if (queued) await this.options.sources.escalations.markShown(channel, now);
  }
}
