/**
 * Outbox messages of a region whose Slack workspace has not (or no longer) installed the app: not a failed try, they
 * wait for a reinstall while they are useful and then go once; given up after that, the leaders hear it once a day.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { DEFAULT_DELIVERY_POLICY, DeliveryWorker } from "../../../src/core/delivery/delivery-worker.js";
import { handleGiveUp } from "../../../src/core/delivery/give-up.js";
import { type Message, notice } from "../../../src/core/messages/model.js";
import { systemClock } from "../../../src/core/ports.js";
import { PrismaOutbox } from "../../../src/persistence/prisma-outbox.js";
import { renderText } from "../../../src/render/text.js";
import { SlackSender } from "../../../src/slack/slack-sender.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { FakeSlack } from "../../support/fake-slack.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const POLICY = { ...DEFAULT_DELIVERY_POLICY, pacingMs: { slack: 10, teams: 10 }, baseBackoffMs: 50, maxBackoffMs: 300 };

forEachDatabase("outbox messages of a workspace without the app", { agenda: true }, (ctx) => {
  let slack: FakeSlack;
  /** The region's bot token as the installation store gives it: null while the workspace has not installed the app. */
  let token: string | null;

  beforeEach(async () => {
    token = null;
    slack = new FakeSlack("xoxb-region");
    await slack.start();
    await ctx.agenda.actor({ email: LEADER, identity: { platform: "slack", tenantId: "T1", externalId: "U-LEADER" } });
  });
  afterEach(async () => {
    await slack?.stop();
  });

  function delivery(mail = false, policy = POLICY) {
    const outbox = new PrismaOutbox(ctx.agenda.database.prisma, ctx.agenda.ports.agendaId);
    const deps = { outbox, people: ctx.agenda.store, leaders: ctx.agenda.leaders, locale: "nl" as const, rounds: ctx.agenda.ports.rounds, mail };
    const worker = new DeliveryWorker(
      outbox,
      { slack: new SlackSender(async () => token, `${slack.url}/api/`) },
      systemClock,
      async (failure) => void (await handleGiveUp(failure, deps)),
      policy,
    );
    return { outbox, worker };
  }
  const rows = () =>
    ctx.agenda.database.prisma.outboxMessage.findMany({
      select: { dedupeKey: true, status: true, attempts: true, lastError: true, platform: true, target: true, payload: true },
      orderBy: { id: "asc" },
    });

  it("waits for the workspace to install the app while the message is useful, then sends it once, with no failed try", async () => {
    const { outbox, worker } = delivery();
    await outbox.enqueue({ dedupeKey: "digest:slack:C-RWB:1", platform: "slack", target: "C-RWB", message: notice("info", "Weekoverzicht RWB") });
    await worker.runOnce();
    expect(await rows()).toMatchObject([{ status: "pending", attempts: 0, lastError: "not_installed" }]);
    expect(slack.callsOf("chat.postMessage")).toEqual([]);

    token = "xoxb-region";
    await new Promise((resolve) => setTimeout(resolve, POLICY.maxBackoffMs + 50));
    await worker.runOnce();
    await worker.runOnce();
    expect(slack.callsOf("chat.postMessage").map((call) => call.args.text)).toEqual(["Weekoverzicht RWB"]);
    expect(await rows()).toMatchObject([{ status: "sent", attempts: 0 }]);
  });

  it("gives up the messages that waited in vain once they stop being useful, and tells the leader once", async () => {
    // Useful for ten more seconds, looked at again only in a minute: given up at the first try.
    const { outbox, worker } = delivery(false, { ...POLICY, maxBackoffMs: 60_000 });
    const usefulUntil = new Date(Date.now() + 10_000);
    for (const channel of ["C-RWB", "C-AMRO", "C-BOA"]) {
      await outbox.enqueue({
        dedupeKey: `digest:slack:${channel}:1`,
        platform: "slack",
        target: channel,
        message: notice("info", `Weekoverzicht ${channel}`),
        usefulUntil,
      });
    }
    await worker.runOnce();
    const all = await rows();
    expect(all.filter((row) => row.dedupeKey.startsWith("digest:")).map((row) => row.status)).toEqual(["failed", "failed", "failed"]);
    const notices = all.filter((row) => row.dedupeKey.startsWith("failed:"));
    const day = new Date().toISOString().slice(0, 10);
    expect(notices.map((row) => [row.dedupeKey, row.platform, row.target])).toEqual([
      [`failed:not-installed:${day}:slack:U-LEADER`, "slack", "U-LEADER"],
    ]);
    const text = renderText(notices[0]?.payload as unknown as Message);
    expect(text).toContain("Berichten in Slack zijn niet bezorgd: de werkruimte van deze regio heeft de app verwijderd");
    expect(text).toContain("/slack/install");

    // The leader's notice itself waits for the reinstall (it is useful for a week).
    await worker.runOnce();
    expect((await rows()).filter((row) => row.dedupeKey.startsWith("failed:"))).toMatchObject([
      { status: "pending", attempts: 0, lastError: "not_installed" },
    ]);
  });

  it("with e-mail on, tells the leader at their e-mail address instead of in the workspace without the app", async () => {
    const { outbox, worker } = delivery(true, { ...POLICY, maxBackoffMs: 60_000 });
    await outbox.enqueue({
      dedupeKey: "round:1:lead:9",
      platform: "slack",
      target: "U-ANNA",
      message: notice("info", "Herinnering: 2 acties"),
      usefulUntil: new Date(Date.now() + 10_000),
    });
    await worker.runOnce();
    const day = new Date().toISOString().slice(0, 10);
    expect((await rows()).filter((row) => row.dedupeKey.startsWith("failed:")).map((row) => [row.dedupeKey, row.platform, row.target])).toEqual([
      [`failed:not-installed:${day}:mail:${LEADER}`, "mail", LEADER],
    ]);
  });
});
