import { afterEach, beforeEach, expect, it } from "vitest";
import { DEFAULT_DELIVERY_POLICY, DeliveryWorker } from "../../../src/core/delivery/delivery-worker.js";
import { tellLeadersAboutFailure } from "../../../src/core/delivery/failure-notice.js";
import { notice } from "../../../src/core/messages/model.js";
import { systemClock } from "../../../src/core/ports.js";
import { PrismaOutbox } from "../../../src/persistence/prisma-outbox.js";
import { SlackSender } from "../../../src/slack/slack-sender.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { FakeSlack } from "../../support/fake-slack.js";
import { forEachDatabase } from "../../support/for-each-database.js";

forEachDatabase("telling the project leader what could not be delivered", { agenda: true }, (ctx) => {
  let slack: FakeSlack;

  beforeEach(async () => {
    slack = new FakeSlack("xoxb-notice");
    await slack.start();
    // The leader has written to the bot from Slack before, so their Slack user is known.
    await ctx.agenda.actor({ email: LEADER, identity: { platform: "slack", tenantId: "T1", externalId: "U-LEADER" } });
  });
  afterEach(async () => {
    await slack?.stop();
  });

  /** The outbox, a worker that sends to the fake Slack (and has no Teams sender), and the leaders' notices on failure. */
  function delivery() {
    const outbox = new PrismaOutbox(ctx.agenda.database.prisma, ctx.agenda.ports.agendaId);
    const deps = { outbox, people: ctx.agenda.store, leaders: ctx.agenda.leaders, locale: "nl" as const };
    const worker = new DeliveryWorker(
      outbox,
      { slack: new SlackSender("xoxb-notice", `${slack.url}/api/`) },
      systemClock,
      async (failure) => void (await tellLeadersAboutFailure(failure, deps)),
      { ...DEFAULT_DELIVERY_POLICY, pacingMs: { slack: 10, teams: 10 } },
    );
    return { outbox, deps, worker };
  }

  it("sends the leader a direct message after the last try, and does not report a failed report", async () => {
    const { outbox, deps, worker } = delivery();
    await outbox.enqueue({ dedupeKey: "digest:teams:x", platform: "teams", target: "19:gone", message: notice("info", "Weekoverzicht RWB") });
    await worker.runOnce(); // no Teams sender here: gives up at once and queues the leader's message
    await worker.runOnce();
    const dm = slack.callsOf("chat.postMessage").find((call) => call.args.channel === "U-LEADER");
    expect(String(dm?.args.text)).toBe('Een bericht kon niet worden bezorgd in teams 19:gone: "Weekoverzicht RWB" (no sender for teams).');
    const failedNotice = {
      item: {
        id: 99n,
        dedupeKey: "failed:1:slack:U-LEADER",
        platform: "slack" as const,
        target: "U-LEADER",
        message: notice("warning", "x"),
        failures: 5,
      },
      error: "boom",
    };
    expect(await tellLeadersAboutFailure(failedNotice, deps)).toBe(0);
  });

  it("tells the leader precisely when the bot is not in the channel, and how to fix it", async () => {
    const { outbox, worker } = delivery();
    slack.addChannel({ id: "C-NOT-IN", isMember: false });
    slack.scopes = slack.scopes.filter((scope) => scope !== "chat:write.public");
    await outbox.enqueue({ dedupeKey: "digest:slack:C-NOT-IN", platform: "slack", target: "C-NOT-IN", message: notice("info", "Weekoverzicht RWB") });
    await worker.runOnce(); // not_in_channel: trying again does not help, so the leader hears it at once
    await worker.runOnce();
    const dm = slack.callsOf("chat.postMessage").find((call) => call.args.channel === "U-LEADER");
    expect(String(dm?.args.text)).toBe('"Weekoverzicht RWB" is niet bezorgd in slack C-NOT-IN: de bot zit niet (meer) in dat kanaal.');
    expect(JSON.stringify(dm?.args.blocks)).toContain("/invite @Doe-agenda");
  });
});
