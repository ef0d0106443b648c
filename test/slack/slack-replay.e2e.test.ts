/**
 * Issue 11, defect 4: a signed slash command or button press sent again within Slack's five-minute window is a
 * replay (Slack never retries those) and does nothing more; a timestamp more than five minutes ahead gets 401.
 * The real service on both databases, signed requests into its HTTP server, a fake Slack Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-replay-token";
const SECRET = "signing-secret-for-replays";
const ANNA = { id: "UANNA", teamId: "T1", name: "anna", realName: "Anna de Vries", email: "anna@haarlem.nl", locale: "nl-NL" };
const CODE = "2.5";

describe.each(["pglite", "postgres"] as const)("Slack replays on %s", (kind) => {
  let running: TestService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    slack.addUser(ANNA);
    await slack.start();
    cleanups.push(() => slack.stop());
    const database = kind === "postgres" ? await createPostgresDatabase() : null;
    if (database) cleanups.push(() => database.drop());
    running = await startTestService(
      {
        DATABASE_URL: database?.url ?? "",
        PLAYGROUND: "off",
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
    // Anna leads the action and has used the bot before.
    const { people, ports } = running.service.app;
    const anna = await people.ensurePerson(ANNA.email, ANNA.realName);
    await people.linkIdentity(anna.id, { platform: "slack", tenantId: ANNA.teamId, externalId: ANNA.id });
    await ports.writer.addLead(CODE, anna.id, null);
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const notes = () => running.database.prisma.note.count();
  const statusChanges = () => running.database.prisma.statusChange.count();
  /** Long enough for a second or third execution to have shown up, had there been one. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

  it("stores one note and answers once when the same signed command arrives three times", async () => {
    const before = await notes();
    const timestamp = Math.floor(Date.now() / 1000);
    const fields = { text: `notitie ${CODE} eerste gesprek gevoerd`, userId: ANNA.id, responseUrl: slack.responseUrl("note"), triggerId: "t-note" };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await requests.slashCommand(fields, { timestamp })).status);
    // Each is acknowledged (Slack would show an error otherwise); only the first runs.
    expect(statuses).toEqual([200, 200, 200]);
    await slack.waitFor(() => slack.responsesTo("note").length > 0);
    await settle();
    expect(await notes()).toBe(before + 1);
    expect(slack.responsesTo("note")).toHaveLength(1);
    expect(slack.responsesTo("note")[0]?.payload.text).toBe(`Notitie bij ${CODE} opgeslagen.`);
  });

  it("confirms once when the same signed button press arrives three times", async () => {
    const before = await statusChanges();
    const timestamp = Math.floor(Date.now() / 1000);
    const press = {
      actionId: "action.confirm",
      value: CODE,
      userId: ANNA.id,
      channelId: "C1",
      responseUrl: slack.responseUrl("confirm"),
      triggerId: "t-confirm",
    };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await requests.buttonPress(press, { timestamp })).status);
    expect(statuses).toEqual([200, 200, 200]);
    await slack.waitFor(() => slack.responsesTo("confirm").length > 0);
    await settle();
    expect(await statusChanges()).toBe(before + 1);
    expect(slack.responsesTo("confirm")).toHaveLength(1);
  });

  it("still runs the same command sent anew (a new timestamp: a new signature)", async () => {
    const before = await notes();
    const fields = { text: `notitie ${CODE} tweede gesprek`, userId: ANNA.id, responseUrl: slack.responseUrl("again"), triggerId: "t-again" };
    const now = Math.floor(Date.now() / 1000);
    expect((await requests.slashCommand(fields, { timestamp: now - 2 })).status).toBe(200);
    expect((await requests.slashCommand(fields, { timestamp: now - 1 })).status).toBe(200);
    await slack.waitFor(() => slack.responsesTo("again").length >= 2);
    expect(await notes()).toBe(before + 2);
  });

  it("refuses a timestamp more than five minutes in the future with 401 and stores nothing", async () => {
    const before = { notes: await notes(), responses: slack.responses.length };
    const ahead = Math.floor(Date.now() / 1000) + 6 * 60;
    const response = await requests.slashCommand(
      { text: `notitie ${CODE} uit de toekomst`, userId: ANNA.id, responseUrl: slack.responseUrl("future") },
      { timestamp: ahead },
    );
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("");
    // Within the window ahead (a clock a little fast) is accepted, as Slack allows.
    const slightly = await requests.slashCommand(
      { text: `notitie ${CODE} klok loopt voor`, userId: ANNA.id, responseUrl: slack.responseUrl("ahead") },
      { timestamp: Math.floor(Date.now() / 1000) + 60 },
    );
    expect(slightly.status).toBe(200);
    await slack.waitFor(() => slack.responsesTo("ahead").length > 0);
    await settle();
    expect(await notes()).toBe(before.notes + 1);
    expect(slack.responsesTo("future")).toHaveLength(0);
  });

  it("forgets signatures past their retention, so the table does not grow for ever", async () => {
    const { events } = running.service.app;
    expect(await events.firstSeen("slack", "signature:v0=old")).toBe(true);
    await running.database.prisma.inboundEvent.updateMany({
      where: { eventId: "signature:v0=old" },
      data: { receivedAt: new Date(Date.now() - 2 * 60 * 60_000) },
    });
    const seen = await running.database.prisma.inboundEvent.count();
    expect(await events.forgetBefore(new Date(Date.now() - 60 * 60_000))).toBe(1);
    expect(await running.database.prisma.inboundEvent.count()).toBe(seen - 1);
  });
});
