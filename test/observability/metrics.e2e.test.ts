/**
 * `/metrics` of the real service after real Slack commands and deliveries (against a fake Slack Web API), read as a
 * Prometheus scraper reads it: the whole text parsed strictly, then the series looked up by name and labels.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notice } from "../../src/core/messages/model.js";
import { createPostgresDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { type MetricFamily, parsePrometheusText, sampleValue } from "../support/prometheus-text.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-metrics-token";
const SECRET = "metrics-signing-secret";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "nl-NL" };
const ANNA = { id: "UANNA", teamId: "T1", name: "anna", realName: "Anna de Vries", email: "anna@haarlem.nl", locale: "nl-NL" };
const READER = { id: "UREADER", teamId: "T1", name: "rob", realName: "Rob Lezer", email: "rob@velsen.nl", locale: "nl-NL" };

type Payload = { text?: string; blocks?: { elements?: { action_id?: string; value?: string }[] }[] };

describe.each(["pglite", "postgres"] as const)("/metrics on %s", (kind) => {
  let running: TestService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  let sequence = 0;
  const cleanups: (() => Promise<void>)[] = [];

  async function reply(userId: string, text: string, channelId = "C1"): Promise<Payload> {
    const id = `m${++sequence}`;
    const response = await requests.slashCommand({ text, userId, channelId, responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return (first?.payload ?? {}) as Payload;
  }

  async function scrape(): Promise<Map<string, MetricFamily>> {
    const response = await fetch(`${running.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  }

  /** Scrapes until `name` with `labels` reaches `value` (deliveries happen after the command's reply). */
  async function untilSample(name: string, labels: Record<string, string>, value: number, ms = 20_000): Promise<Map<string, MetricFamily>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const families = await scrape();
      const last = sampleValue(families, name, labels);
      if (last === value) return families;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${name} ${JSON.stringify(labels)} = ${value} (last ${last})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    for (const user of [LEADER, ANNA, READER]) slack.addUser(user);
    await slack.start();
    cleanups.push(() => slack.stop());
    const database = kind === "postgres" ? await createPostgresDatabase() : null;
    if (database) cleanups.push(() => database.drop());
    running = await startTestService(
      {
        DATABASE_URL: database?.url ?? "",
        PLAYGROUND: "off",
        LEADER_EMAILS: LEADER.email,
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: `${slack.url}/api/`,
      },
      {
        slack: {
          responseRetry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 1500 },
          webApiRetry: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 100 },
        },
      },
    );
    cleanups.push(() => running.stop());
    requests = new SlackRequests(running.baseUrl, SECRET);
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("counts commands by name and outcome, each with a latency histogram", async () => {
    const before = await scrape();
    expect(before.get("doe_agenda_command_duration_seconds")?.type).toBe("histogram");
    expect(sampleValue(before, "doe_agenda_commands_total", { command: "toon", outcome: "ok" })).toBeUndefined();

    expect((await reply(READER.id, "toon 1.3")).text).toContain("1.3");
    expect((await reply(READER.id, "toon 1.3")).text).toContain("1.3");
    expect((await reply(READER.id, "toon 9.99")).text).toContain("9.99");
    expect((await reply(READER.id, "notitie 9.99 gesproken")).text).toContain("9.99");
    expect((await reply(READER.id, "status 1.3 loopt gestart")).text).toContain("niet bekend");
    expect((await reply(READER.id, "vliegen naar de maan")).text).toBeTruthy();
    expect((await reply(LEADER.id, "status 1.3 loopt gestart")).text).toContain("1.3");

    const after = await scrape();
    const commands = (labels: Record<string, string>) => sampleValue(after, "doe_agenda_commands_total", labels);
    expect(commands({ command: "toon", outcome: "ok" })).toBe(2);
    expect(commands({ command: "toon", outcome: "rejected" })).toBe(1);
    expect(commands({ command: "notitie", outcome: "unknown-action" })).toBe(1);
    expect(commands({ command: "status", outcome: "refused" })).toBe(1);
    expect(commands({ command: "status", outcome: "ok" })).toBe(1);
    expect(commands({ command: "unknown", outcome: "unparsed" })).toBe(1);
    const histogram = (suffix: string, labels: Record<string, string>) => sampleValue(after, `doe_agenda_command_duration_seconds_${suffix}`, labels);
    expect(histogram("count", { command: "toon", outcome: "ok" })).toBe(2);
    expect(histogram("bucket", { command: "toon", outcome: "ok", le: "+Inf" })).toBe(2);
    expect(histogram("sum", { command: "toon", outcome: "ok" })).toBeGreaterThan(0);
    expect(histogram("sum", { command: "toon", outcome: "ok" })).toBeLessThan(10);
    // The instance's own process figures come along (a registry per instance, with the default collectors).
    expect(sampleValue(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("counts deliveries sent, retried and given up, and the digests sent", async () => {
    slack.addChannel({ id: "C-RWB", isMember: true });
    expect((await reply(LEADER.id, "koppel RWB", "C-RWB")).text).toContain("RWB");
    const zero = await scrape();
    expect(sampleValue(zero, "doe_agenda_digests_sent_total", { platform: "slack" })).toBe(0);
    expect(sampleValue(zero, "doe_agenda_deliveries_total", { platform: "slack", outcome: "retried", kind: "digest" })).toBe(0);

    // Slack fails the first try (500): the digest is retried after the back-off, then sent.
    slack.failNext("chat.postMessage", 1, 500);
    expect((await reply(LEADER.id, "digest nu", "C-RWB")).text).toContain("RWB");
    const sent = await untilSample("doe_agenda_digests_sent_total", { platform: "slack" }, 1);
    expect(sampleValue(sent, "doe_agenda_deliveries_total", { platform: "slack", outcome: "retried", kind: "digest" })).toBe(1);
    expect(sampleValue(sent, "doe_agenda_deliveries_total", { platform: "slack", outcome: "sent", kind: "digest" })).toBe(1);
    expect(sampleValue(sent, "doe_agenda_digests_sent_total", { platform: "teams" })).toBe(0);

    // A channel the bot was removed from refuses for good: given up, and the leader hears of it.
    slack.addChannel({ id: "G-GONE", isMember: false, isPrivate: true });
    await running.service.app.ports.outbox.enqueue({
      dedupeKey: `metrics-test:${kind}`,
      platform: "slack",
      target: "G-GONE",
      message: notice("info", "Test"),
    });
    const gaveUp = await untilSample("doe_agenda_deliveries_total", { platform: "slack", outcome: "given-up", kind: "other" }, 1);
    expect(sampleValue(gaveUp, "doe_agenda_deliveries_total", { platform: "slack", outcome: "sent", kind: "other" })).toBe(0);
    await untilSample("doe_agenda_deliveries_total", { platform: "slack", outcome: "sent", kind: "failure-notice" }, 1);
  });

  it("reads the outbox depth and the age of its oldest message per platform when scraped", async () => {
    await untilSample("doe_agenda_outbox_depth", { platform: "slack" }, 0);
    const empty = await scrape();
    expect(sampleValue(empty, "doe_agenda_outbox_depth", { platform: "teams" })).toBe(0);
    expect(sampleValue(empty, "doe_agenda_outbox_oldest_age_seconds", { platform: "slack" })).toBe(0);
    expect(sampleValue(empty, "doe_agenda_database_up")).toBe(1);

    slack.hold();
    try {
      const { outbox } = running.service.app.ports;
      for (const n of [1, 2, 3])
        await outbox.enqueue({ dedupeKey: `metrics-backlog:${kind}:${n}`, platform: "slack", target: "C-RWB", message: notice("info", `Test ${n}`) });
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const waiting = await untilSample("doe_agenda_outbox_depth", { platform: "slack" }, 3);
      expect(sampleValue(waiting, "doe_agenda_outbox_oldest_age_seconds", { platform: "slack" })).toBeGreaterThanOrEqual(1);
      expect(sampleValue(waiting, "doe_agenda_outbox_oldest_age_seconds", { platform: "slack" })).toBeLessThan(120);
      expect(sampleValue(waiting, "doe_agenda_outbox_depth", { platform: "teams" })).toBe(0);
    } finally {
      slack.release();
    }
    await untilSample("doe_agenda_outbox_depth", { platform: "slack" }, 0, 30_000);
  });

  it("counts the open reminder rounds", async () => {
    expect(sampleValue(await scrape(), "doe_agenda_rounds_open")).toBe(0);
    await reply(LEADER.id, "trekker 3.1 <@UANNA|anna>");
    const preview = await reply(LEADER.id, "herinner thema 3");
    const start = preview.blocks?.flatMap((block) => block.elements ?? []).find((element) => element.action_id === "round.start");
    expect(start?.value).toBeTruthy();
    const id = `m${++sequence}`;
    await requests.buttonPress({
      actionId: "round.start",
      value: start?.value ?? "",
      userId: LEADER.id,
      channelId: "C1",
      responseUrl: slack.responseUrl(id),
    });
    await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    await untilSample("doe_agenda_rounds_open", {}, 1);
  });

  it("keeps each instance's figures apart (a registry per instance)", async () => {
    const { PrometheusMetrics } = await import("../../src/observability/prometheus-metrics.js");
    const other = new PrometheusMetrics({ processMetrics: false });
    other.commandFinished("toon", "ok", 0.01);
    const text = await other.registry.metrics();
    expect(sampleValue(parsePrometheusText(text), "doe_agenda_commands_total", { command: "toon", outcome: "ok" })).toBe(1);
    expect(sampleValue(await scrape(), "doe_agenda_commands_total", { command: "toon", outcome: "ok" })).toBe(2);
  });
});
