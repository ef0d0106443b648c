import { afterEach, beforeEach, expect, it } from "vitest";
import { DEFAULT_DELIVERY_POLICY, DeliveryWorker, type GiveUpNotice } from "../../../src/core/delivery/delivery-worker.js";
import { notice } from "../../../src/core/messages/model.js";
import { systemClock } from "../../../src/core/ports.js";
import { PrismaOutbox } from "../../../src/persistence/prisma-outbox.js";
import { SlackSender } from "../../../src/slack/slack-sender.js";
import { bareAgenda } from "../../support/bare-agenda.js";
import { FakeSlack } from "../../support/fake-slack.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const FAST = { ...DEFAULT_DELIVERY_POLICY, pacingMs: { slack: 1000, teams: 1000 }, baseBackoffMs: 100, maxBackoffMs: 2000, leaseMs: 300 };

forEachDatabase("delivery outbox", {}, (ctx) => {
  let outbox: PrismaOutbox;
  let slack: FakeSlack;
  const sender = () => new SlackSender("xoxb-outbox", `${slack.url}/api/`);
  const posted = (channel: string) => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === channel);

  const database = () => ctx.database;

  beforeEach(async () => {
    outbox = new PrismaOutbox(ctx.database.prisma, (await bareAgenda(ctx.database)).id);
    slack = new FakeSlack("xoxb-outbox");
    slack.channelIntervalMs = 1000;
    await slack.start();
  });
  afterEach(async () => {
    await slack?.stop();
  });

  it("stores a message once per key, however often it is enqueued", async () => {
    const message = notice("info", "Herinnering");
    expect(await outbox.enqueue({ dedupeKey: "round:1:person:7", platform: "slack", target: "U7", message })).toBe(true);
    expect(await outbox.enqueue({ dedupeKey: "round:1:person:7", platform: "slack", target: "U7", message })).toBe(false);
    expect(await database().prisma.outboxMessage.count({ where: { dedupeKey: "round:1:person:7" } })).toBe(1);
  });

  it("sends only its own agenda's messages: two regions on one database never send each other's", async () => {
    const other = new PrismaOutbox(ctx.database.prisma, (await bareAgenda(ctx.database, "other-region")).id);
    const message = notice("info", "Herinnering");
    await outbox.enqueue({ dedupeKey: "round:1:lead:1", platform: "slack", target: "U-ours", message });
    await other.enqueue({ dedupeKey: "round:2:lead:2", platform: "slack", target: "U-theirs", message });
    // Queued before messages were scoped: whichever instance comes first sends it.
    await database().prisma.outboxMessage.create({
      data: { dedupeKey: "legacy:1", platform: "slack", target: "U-legacy", payload: message as never },
    });
    const now = new Date(Date.now() + 1000);
    const lease = new Date(now.getTime() + 60_000);
    expect((await outbox.claimDue(now, lease, 10)).map((item) => item.target)).toEqual(["U-ours", "U-legacy"]);
    expect((await other.claimDue(now, lease, 10)).map((item) => item.target)).toEqual(["U-theirs"]);
  });

  it("delivers every message despite bursts of 429, one a second per channel, in order, each once", async () => {
    slack.failNext("chat.postMessage", 2, 429, 1);
    for (let i = 0; i < 4; i++) {
      for (const channel of ["C-RWB", "C-AMRO"]) {
        await outbox.enqueue({
          dedupeKey: `digest:${channel}:${i}`,
          platform: "slack",
          target: channel,
          message: notice("info", `${channel} bericht ${i}`),
        });
      }
    }
    const worker = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, FAST);
    const deadline = Date.now() + 30_000;
    while ((posted("C-RWB").length < 4 || posted("C-AMRO").length < 4) && Date.now() < deadline) {
      await worker.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const channel of ["C-RWB", "C-AMRO"]) {
      const calls = posted(channel);
      expect(calls.map((call) => call.args.text)).toEqual([0, 1, 2, 3].map((i) => `${channel} bericht ${i}`));
      for (let i = 1; i < calls.length; i++) expect((calls[i]?.at ?? 0) - (calls[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    }
    expect(await database().prisma.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  });

  it("keeps to the platform's app-wide rate across many targets, so the workspace limit is never hit", async () => {
    slack.workspacePerSecond = 20;
    const limitedBefore = slack.rateLimited;
    const users = Array.from({ length: 45 }, (_, i) => `URATE${i}`);
    for (const user of users) {
      await outbox.enqueue({ dedupeKey: `round:rate:${user}`, platform: "slack", target: user, message: notice("info", `Herinnering ${user}`) });
    }
    const policy = { ...FAST, leaseMs: 60_000, ratePerSecond: { slack: 20, teams: 20 } };
    const worker = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, policy);
    const deadline = Date.now() + 30_000;
    while (users.some((user) => posted(user).length === 0) && Date.now() < deadline) await worker.runOnce();
    expect(users.map((user) => posted(user).length)).toEqual(users.map(() => 1));
    expect(slack.rateLimited - limitedBefore).toBe(0);
  });

  it("waits out a Retry-After longer than the pacing before sending anything more on that platform", async () => {
    slack.failNext("chat.postMessage", 1, 429, 3);
    await outbox.enqueue({ dedupeKey: "hold:1", platform: "slack", target: "C-HOLD", message: notice("info", "eerst") });
    const worker = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, { ...FAST, leaseMs: 60_000 });
    const refusedAt = Date.now();
    await worker.runOnce(); // Slack answers 429 with Retry-After: 3
    await outbox.enqueue({ dedupeKey: "hold:2", platform: "slack", target: "C-OTHER", message: notice("info", "ander kanaal") });
    const deadline = Date.now() + 15_000;
    while ((posted("C-HOLD").length === 0 || posted("C-OTHER").length === 0) && Date.now() < deadline) {
      await worker.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(posted("C-HOLD")).toHaveLength(1);
    expect(posted("C-OTHER")).toHaveLength(1);
    // Nothing goes to Slack, on any channel, until the three seconds are over (a little slack for timer rounding).
    expect((posted("C-HOLD")[0]?.at ?? 0) - refusedAt).toBeGreaterThanOrEqual(2900);
    expect((posted("C-OTHER")[0]?.at ?? 0) - refusedAt).toBeGreaterThanOrEqual(2900);
  });

  it("keeps a message refused with Retry-After back for that long, also from another instance's worker", async () => {
    slack.failNext("chat.postMessage", 1, 429, 3);
    await outbox.enqueue({ dedupeKey: "hold:3", platform: "slack", target: "C-LATER", message: notice("info", "later") });
    const policy = { ...FAST, leaseMs: 60_000 };
    const refusedAt = Date.now();
    await new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, policy).runOnce();
    // The other instance knows nothing of the 429 but what the outbox says.
    const other = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, policy);
    const deadline = Date.now() + 15_000;
    while (posted("C-LATER").length === 0 && Date.now() < deadline) {
      await other.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(posted("C-LATER")).toHaveLength(1);
    expect((posted("C-LATER")[0]?.at ?? 0) - refusedAt).toBeGreaterThanOrEqual(2900);
  });

  it("goes on from the page that failed when a long message is retried, so no page is posted twice", async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      title: `1.${i} Actie`,
      buttons: [{ intent: "action.confirm" as const, label: "Ongewijzigd", value: `1.${i}` }],
    }));
    const long = { ...notice("info", "Herinnering"), blocks: [{ type: "list" as const, items }] };
    await outbox.enqueue({ dedupeKey: "round:pages:UPAGES", platform: "slack", target: "UPAGES", message: long });
    // Slack takes one message a second per channel: the second page is refused with 429 and retried.
    const worker = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, { ...FAST, leaseMs: 60_000 });
    const deadline = Date.now() + 15_000;
    const done = async () =>
      (await database().prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "round:pages:UPAGES" } })).status === "sent";
    while (!(await done()) && Date.now() < deadline) {
      await worker.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pages = posted("UPAGES").map((call) => JSON.stringify(call.args.blocks));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("1.0 Actie");
    expect(pages[1]).toContain("1.29 Actie");
  });

  it("resumes what a crashed worker had claimed, once its lease runs out, without sending twice", async () => {
    await outbox.enqueue({ dedupeKey: "crash:1", platform: "slack", target: "C-CRASH", message: notice("info", "na herstart") });
    const now = new Date();
    // A worker claims the message and dies before sending it.
    expect(await outbox.claimDue(now, new Date(now.getTime() + 300), 10)).toHaveLength(1);
    const worker = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async () => undefined, FAST);
    expect(await worker.runOnce()).toBe(0); // still leased
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await worker.runOnce()).toBe(1);
    expect(posted("C-CRASH")).toHaveLength(1);
    // Once this worker's own lease has run out too, the message is not taken again: it was marked sent.
    await new Promise((resolve) => setTimeout(resolve, FAST.leaseMs + 50));
    expect(await worker.runOnce()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, FAST.pacingMs.slack));
    expect(await worker.runOnce()).toBe(0);
    expect(posted("C-CRASH")).toHaveLength(1);
  });

  it("gives up on a message Slack will never accept, and says so once", async () => {
    const notices: GiveUpNotice[] = [];
    await outbox.enqueue({ dedupeKey: "bad:1", platform: "teams", target: "19:nowhere", message: notice("info", "geen afzender") });
    const worker = new DeliveryWorker(outbox, { slack: sender() }, systemClock, async (n) => void notices.push(n), FAST);
    await worker.runOnce();
    expect(notices.map((n) => [n.item.target, n.error])).toEqual([["19:nowhere", "no sender for teams"]]);
    expect((await database().prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "bad:1" } })).status).toBe("failed");
    await worker.runOnce();
    expect(notices).toHaveLength(1);
  });
});
