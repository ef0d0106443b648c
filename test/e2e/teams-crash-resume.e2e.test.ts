/**
 * Issue 11, defect 5, for Teams: messages the service took survive the process being killed. The service runs as
 * `npm start` does (Teams in local mode), in a child process, against a local Bot Framework connector that holds
 * the bot's replies (Anna's commands ran, their answers are on the way) and its roster look-ups (Bea's have not
 * run yet) when the process gets SIGKILL. After a restart every message has run once and is answered once,
 * proactively in its conversation as a reply to the user's message; who Bea is is looked up in the continued turn.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseTarget, openApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { openDatabase } from "../../src/persistence/database.js";
import { createPostgresDatabase } from "../support/databases.js";
import { FakeConnector } from "../support/fake-connector.js";
import { type RunningService, startServiceProcess } from "../support/service-process.js";
import { message, TENANT } from "../support/teams-activities.js";

const CODE = "2.5";
const ANNA = { id: "29:anna", name: "Anna de Vries", aadObjectId: "aad-anna" };
const BEA = { id: "29:bea", name: "Bea Jansen", aadObjectId: "aad-bea" };

describe.each(["pglite", "postgres"] as const)("Teams messages when the process is killed, on %s", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("runs and answers each message once after a restart", async () => {
    const dir = await mkdtemp(join(tmpdir(), "doe-agenda-teams-crash-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const database = kind === "postgres" ? await createPostgresDatabase() : null;
    if (database) cleanups.push(() => database.drop());
    const connector = new FakeConnector();
    connector.addMember({ ...ANNA, email: "anna@haarlem.nl", userPrincipalName: "anna@haarlem.nl", tenantId: TENANT });
    connector.addMember({ ...BEA, email: "bea@haarlem.nl", userPrincipalName: "bea@haarlem.nl", tenantId: TENANT });
    await connector.start();
    cleanups.push(() => connector.stop());
    const env = { PORT: "0", PLAYGROUND: "off", DATA_DIR: join(dir, "data"), DATABASE_URL: database?.url ?? "", DELIVERY_LEASE_SECONDS: "5" };

    const app = await openApp(loadConfig(env));
    try {
      for (const [email, name] of [
        ["anna@haarlem.nl", ANNA.name],
        ["bea@haarlem.nl", BEA.name],
      ] as const) {
        const person = await app.people.ensurePerson(email, name);
        await app.ports.writer.addLead(CODE, person.id, null);
      }
    } finally {
      await app.close();
    }

    let service: RunningService = startServiceProcess(env);
    let port = (await service.waitFor(/"port":(\d+)/))[1];
    await service.waitFor(/doe-agenda bot ready/);
    const post = (activity: { id: string }) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      })
        // The turn never ends: the process is killed while it waits.
        .catch(() => undefined);

    // Anna's commands run; the connector holds their answers.
    connector.hold("activities");
    const annas = ["a0", "a1", "a2", "a3"].map((tag) => ({
      tag,
      activity: message(ANNA, `notitie ${CODE} teams ${tag}`, { serviceUrl: connector.url }),
    }));
    for (const { activity } of annas) void post(activity);
    await connector.waitFor(() => connector.held.activities === annas.length, 30_000);
    // Bea's wait for the roster: they are stored, not run.
    connector.hold("members");
    const beas = ["b0", "b1", "b2"].map((tag) => ({ tag, activity: message(BEA, `notitie ${CODE} teams ${tag}`, { serviceUrl: connector.url }) }));
    for (const { activity } of beas) void post(activity);
    await connector.waitFor(() => connector.held.members === beas.length, 30_000);

    const exited = new Promise((resolve) => service.child.once("exit", resolve));
    service.child.kill("SIGKILL");
    await exited;
    connector.release("activities");
    connector.release("members");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.sent).toHaveLength(0);

    service = startServiceProcess(env);
    cleanups.push(() => service.stop());
    port = (await service.waitFor(/"port":(\d+)/))[1];
    await service.waitFor(/doe-agenda bot ready/);
    const all = [...annas, ...beas];
    const repliesTo = (id: string) => connector.sent.filter((sent) => sent.replyToId === id);
    await connector.waitFor(() => all.every(({ activity }) => repliesTo(activity.id).length > 0), 60_000);
    // Time for any duplicate to show up: more than a lease and a few resume rounds.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(all.map(({ activity }) => repliesTo(activity.id).length)).toEqual(all.map(() => 1));
    for (const { activity } of all) {
      expect(repliesTo(activity.id)[0]?.conversationId).toBe(activity.conversation.id);
      expect(repliesTo(activity.id)[0]?.activity.summary).toBe(`Notitie bij ${CODE} opgeslagen.`);
    }
    // The same activity delivered again runs no more.
    const again = await post(annas[0]?.activity as { id: string });
    expect(again?.status).toBe(200);
    expect(repliesTo(annas[0]?.activity.id ?? "")).toHaveLength(1);
    await service.stop();

    const check = await openDatabase(databaseTarget(loadConfig(env)));
    try {
      const notes = await check.prisma.note.findMany({ select: { text: true, personId: true } });
      expect(notes.map((note) => note.text).sort()).toEqual(all.map(({ tag }) => `teams ${tag}`).sort());
      // Bea's notes, run in the continued turn, are hers.
      const bea = await check.prisma.person.findFirst({ where: { email: "bea@haarlem.nl" } });
      expect(notes.filter((note) => note.personId === bea?.id)).toHaveLength(beas.length);
      expect(await check.prisma.commandJournalEntry.count({ where: { finishedAt: null } })).toBe(0);
    } finally {
      await check.close();
    }
  }, 150_000);
});
