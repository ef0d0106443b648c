import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy, DeliveryWorker, type GiveUpNotice } from "../../../src/core/delivery/delivery-worker.js";
import { notice } from "../../../src/core/messages/model.js";
import { type Clock, systemClock } from "../../../src/core/ports.js";
import { type Database, openDatabase } from "../../../src/persistence/database.js";
import { PrismaOutbox } from "../../../src/persistence/prisma-outbox.js";
import { SlackSender } from "../../../src/slack/slack-sender.js";
import { bareAgenda } from "../../support/bare-agenda.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../../support/databases.js";
import { FakeSlack } from "../../support/fake-slack.js";

const POLICY: DeliveryPolicy = {
  ...DEFAULT_DELIVERY_POLICY,
  pacingMs: { slack: 1000, teams: 1000 },
  baseBackoffMs: 100,
  maxBackoffMs: 2000,
  leaseMs: 60_000,
};

/**
 * A clock the test moves: the worker's waits are all measured against it, so hours of 429s take no time. It starts
 * a minute ahead of real time, so what the database queued (at its own `now()`) is due on it.
 */
class TestClock implements Clock {
  private at = Date.now() + 60_000;
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

describe.each(DATABASE_KINDS)("delivery worker on %s", (kind) => {
  let testDatabase: TestDatabase;
  let database: Database;
  let outbox: PrismaOutbox;
  let slack: FakeSlack;
  let notices: GiveUpNotice[];
  const sender = () => new SlackSender("xoxb-worker", `${slack.url}/api/`);
  const posted = (channel: string) => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === channel);
  const row = (dedupeKey: string) => database.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
  const worker = (clock: Clock, policy = POLICY) => new DeliveryWorker(outbox, { slack: sender() }, clock, async (n) => void notices.push(n), policy);

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    database = await openDatabase(testDatabase.target);
    outbox = new PrismaOutbox(database.prisma, (await bareAgenda(database)).id);
    slack = new FakeSlack("xoxb-worker");
    await slack.start();
  });
  afterEach(async () => {
    slack.failNext("chat.postMessage", 0);
    await database.prisma.outboxMessage.deleteMany();
  });
  afterAll(async () => {
    await slack?.stop();
    await database?.close();
    await testDatabase?.drop();
  });

  it("waits out a rate limit for longer than six tries: the message is sent once, and nobody hears of a failure", async () => {
    notices = [];
    const clock = new TestClock();
    await outbox.enqueue({ dedupeKey: "rl:long", platform: "slack", target: "U-LONG", message: notice("info", "Herinnering") });
    // Four minutes of 429s, 30 s at a time: eight answers, more than the six failed tries that give up.
    slack.failNext("chat.postMessage", 8, 429, 30);
    const delivery = worker(clock);
    for (let step = 0; step < 20 && posted("U-LONG").length === 0; step++) {
      await delivery.runOnce();
      const waiting = await row("rl:long");
      if (waiting.status !== "sent") {
        expect(waiting.attempts).toBe(0);
        // Retry-After is honoured: the next try is 30 s later, not at the first back-off step.
        expect(waiting.nextAttemptAt.getTime() - clock.now().getTime()).toBe(30_000);
      }
      clock.advance(30_000);
    }
    expect(posted("U-LONG")).toHaveLength(1);
    expect(notices).toEqual([]);
    expect(await row("rl:long")).toMatchObject({ status: "sent", attempts: 0 });
    expect(await delivery.runOnce()).toBe(0);
    expect(posted("U-LONG")).toHaveLength(1);
  });

  it("gives up on a rate limit that lasts beyond the message's useful life, once, without sending it", async () => {
    notices = [];
    const clock = new TestClock();
    const usefulUntil = new Date(clock.now().getTime() + 100_000);
    await outbox.enqueue({ dedupeKey: "rl:expires", platform: "slack", target: "U-EXPIRES", message: notice("info", "Herinnering"), usefulUntil });
    slack.failNext("chat.postMessage", 50, 429, 30);
    const delivery = worker(clock);
    for (let step = 0; step < 10; step++) {
      await delivery.runOnce();
      clock.advance(30_000);
    }
    expect(posted("U-EXPIRES")).toHaveLength(0);
    expect(notices.map((n) => [n.item.target, n.error, n.expired])).toEqual([
      ["U-EXPIRES", "ratelimited: still rate limited when it stopped being useful", true],
    ]);
    expect(await row("rl:expires")).toMatchObject({ status: "failed" });
  });

  it("still gives up after six real errors, and says so once", async () => {
    notices = [];
    const clock = new TestClock();
    await outbox.enqueue({ dedupeKey: "err:500", platform: "slack", target: "U-500", message: notice("info", "Herinnering") });
    slack.failNext("chat.postMessage", 20, 500);
    const delivery = worker(clock);
    for (let step = 0; step < 10; step++) {
      await delivery.runOnce();
      clock.advance(POLICY.maxBackoffMs + 1);
    }
    expect(posted("U-500")).toHaveLength(0);
    expect(notices.map((n) => [n.item.target, n.error, n.expired])).toEqual([["U-500", "HTTP 500", undefined]]);
    expect(await row("err:500")).toMatchObject({ status: "failed", attempts: 6 });
  });

  it("does not send a message whose useful life is over, and says so", async () => {
    notices = [];
    const clock = new TestClock();
    const usefulUntil = new Date(clock.now().getTime() - 1);
    await outbox.enqueue({ dedupeKey: "late:1", platform: "slack", target: "U-LATE", message: notice("info", "Herinnering"), usefulUntil });
    await worker(clock).runOnce();
    expect(posted("U-LATE")).toHaveLength(0);
    expect(notices.map((n) => [n.item.target, n.error, n.expired])).toEqual([["U-LATE", "not sent before it stopped being useful", true]]);
    expect((await row("late:1")).status).toBe("failed");
  });

  it("keeps a sent message sent after its lease has run out, so another worker does not send it again", async () => {
    notices = [];
    const clock = new TestClock();
    await outbox.enqueue({ dedupeKey: "once:1", platform: "slack", target: "U-ONCE", message: notice("info", "Digest") });
    expect(await worker(clock).runOnce()).toBe(1);
    clock.advance(POLICY.leaseMs + 1000);
    expect(await worker(clock).runOnce()).toBe(0);
    expect(posted("U-ONCE")).toHaveLength(1);
  });

  it("holds every send on the platform for a Retry-After longer than the pacing, and tries that message again only then", async () => {
    notices = [];
    // Real time: the 3 s Retry-After is three times the pacing of a channel and far beyond the first back-off step.
    await outbox.enqueue({ dedupeKey: "hold:a", platform: "slack", target: "C-HOLD-A", message: notice("info", "eerste") });
    await outbox.enqueue({ dedupeKey: "hold:b", platform: "slack", target: "C-HOLD-B", message: notice("info", "tweede") });
    slack.failNext("chat.postMessage", 1, 429, 3);
    const delivery = worker(systemClock);
    const start = Date.now();
    await delivery.runOnce();
    const first = await row("hold:a");
    expect(first).toMatchObject({ status: "pending", attempts: 0 });
    expect(first.nextAttemptAt.getTime() - start).toBeGreaterThanOrEqual(3000);
    const deadline = Date.now() + 15_000;
    while ((posted("C-HOLD-A").length === 0 || posted("C-HOLD-B").length === 0) && Date.now() < deadline) {
      await delivery.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const channel of ["C-HOLD-A", "C-HOLD-B"]) {
      const calls = posted(channel);
      expect(calls).toHaveLength(1);
      // Nothing went out on the platform before the Retry-After had passed, also not to the other channel.
      expect((calls[0]?.at ?? 0) - start, channel).toBeGreaterThanOrEqual(2950);
    }
    expect(notices).toEqual([]);
  });

  it("never sends on a lease about to run out: the rest of the batch goes back to the outbox unsent", async () => {
    notices = [];
    // Lease 1.2 s, margin 0.3 s: the second message to the channel would go out 1 s after the first, too late.
    const policy = { ...POLICY, leaseMs: 1200 };
    await outbox.enqueue({ dedupeKey: "lease:1", platform: "slack", target: "C-LEASE", message: notice("info", "een") });
    await outbox.enqueue({ dedupeKey: "lease:2", platform: "slack", target: "C-LEASE", message: notice("info", "twee") });
    const delivery = worker(systemClock, policy);
    expect(await delivery.runOnce()).toBe(1);
    expect(posted("C-LEASE").map((call) => call.args.text)).toEqual(["een"]);
    const second = await row("lease:2");
    expect(second).toMatchObject({ status: "pending", attempts: 0 });
    expect(second.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await delivery.runOnce()).toBe(1);
    expect(posted("C-LEASE").map((call) => call.args.text)).toEqual(["een", "twee"]);
  });
});
