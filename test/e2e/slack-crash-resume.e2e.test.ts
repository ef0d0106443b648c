/**
 * Issue 11, defect 5: acknowledged commands survive the process being killed. The service runs as `npm start` does,
 * in a child process; Slack's response_url endpoint holds the answers, so commands are acknowledged but not yet
 * answered when the process gets SIGKILL. After a restart every acknowledged command has been executed once (one
 * note each) and answered once through its response_url.
 */
import { afterAll, describe, expect, it } from "vitest";
import { databaseTarget, openApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { openDatabase } from "../../src/persistence/database.js";
import { FakeSlack } from "../support/fake-slack.js";
import { killHard, type RunningService, serviceStorage, startServiceProcess } from "../support/service-process.js";
import { SlackRequests } from "../support/slack-requests.js";

const TOKEN = "xoxb-crash";
const SECRET = "crash-secret";
const ANNA = { id: "UANNA", teamId: "T1", name: "anna", realName: "Anna de Vries", email: "anna@haarlem.nl", locale: "nl-NL" };
const CODE = "2.5";
const COMMANDS = 24;

describe.each(["pglite", "postgres"] as const)("acknowledged Slack commands when the process is killed, on %s", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("executes and answers each acknowledged command once after a restart", async () => {
    const storage = await serviceStorage(kind, "doe-agenda-crash-", cleanups);
    const slack = new FakeSlack(TOKEN);
    slack.addUser(ANNA);
    await slack.start();
    cleanups.push(() => slack.stop());
    const env = {
      PORT: "0",
      PLAYGROUND: "off",
      ...storage,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      DELIVERY_LEASE_SECONDS: "5",
    };

    // Anna leads the action (prepared on the same database before the service starts).
    const app = await openApp(loadConfig(env));
    try {
      const anna = await app.people.ensurePerson(ANNA.email, ANNA.realName);
      await app.people.linkIdentity(anna.id, { platform: "slack", tenantId: ANNA.teamId, externalId: ANNA.id });
      await app.ports.writer.addLead(CODE, anna.id, null);
    } finally {
      await app.close();
    }

    let service: RunningService = startServiceProcess(env);
    const port = (await service.waitFor(/"port":(\d+)/))[1];
    await service.waitFor(/doe-agenda bot ready/);
    const requests = new SlackRequests(`http://127.0.0.1:${port}`, SECRET);

    // Slack is slow to take answers: every command is acknowledged, none is answered yet.
    slack.holdResponses();
    const ids = Array.from({ length: COMMANDS }, (_, i) => `c${i}`);
    const acks = await Promise.all(
      ids.map((id) => requests.slashCommand({ text: `notitie ${CODE} bericht ${id}`, userId: ANNA.id, responseUrl: slack.responseUrl(id) })),
    );
    expect(acks.map((ack) => ack.status)).toEqual(ids.map(() => 200));
    // Every worker of the instance waits for Slack (PGlite works on one command at a time, PostgreSQL on eight);
    // the rest wait in the queue.
    await slack.waitFor(() => slack.heldResponses >= (kind === "pglite" ? 1 : 8), 30_000);
    await killHard(service);
    slack.releaseResponses();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.responses).toHaveLength(0);

    service = startServiceProcess(env);
    cleanups.push(() => service.stop());
    await service.waitFor(/doe-agenda bot ready/);
    await slack.waitFor(() => ids.every((id) => slack.responsesTo(id).length > 0), 60_000);
    // Time for any duplicate to show up: more than a lease and a few resume rounds.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(ids.map((id) => slack.responsesTo(id).length)).toEqual(ids.map(() => 1));
    expect(slack.responsesTo("c0")[0]?.payload.text).toBe(`Notitie bij ${CODE} opgeslagen.`);
    expect(service.output()).toMatch(/acknowledged commands resumed after an instance stopped/);
    await service.stop();

    const check = await openDatabase(databaseTarget(loadConfig(env)));
    try {
      const notes = (await check.prisma.note.findMany({ select: { text: true } })).map((note) => note.text).sort();
      expect(notes).toEqual(ids.map((id) => `bericht ${id}`).sort());
      // Nothing is left to run.
      expect(await check.prisma.commandJournalEntry.count({ where: { finishedAt: null } })).toBe(0);
    } finally {
      await check.close();
    }
  }, 150_000);
});
