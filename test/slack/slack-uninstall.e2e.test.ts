/**
 * A workspace removing the app, end to end on PGlite and PostgreSQL: installed through the OAuth flow, it sends a
 * signed `app_uninstalled` (or `tokens_revoked` with the bot's token) to /slack/events; its installation is
 * deleted at once (also from the instance's cache), its link to the region stays, its commands get nothing and use
 * no token, and a reinstall lands in the same region. An event Slack sends again is handled once. With one
 * SLACK_BOT_TOKEN the event only logs and the bot keeps answering.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { type Service, startService } from "../../src/service.js";
import { bareAgenda } from "../support/bare-agenda.js";
import { FakeSlack, type FakeWorkspace } from "../support/fake-slack.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { ANNA, beginInstall, finishInstall, HAARLEM, SIGNING_SECRET, startOAuthService, startOAuthSlack } from "../support/slack-oauth.js";
import { SlackRequests } from "../support/slack-requests.js";

const SLUG = "zuid-kennemerland-ijmond";

forEachDatabase("Slack workspace removing the app", { agenda: true }, (ctx) => {
  let slack: FakeSlack;
  let service: Service;
  let baseUrl: string;
  let requests: SlackRequests;
  let sequence = 0;

  beforeAll(async () => {
    slack = await startOAuthSlack("xoxb-single-workspace", [HAARLEM], [ANNA]);
  });
  afterAll(async () => {
    await slack?.stop();
  });

  /** The service in OAuth mode, Anna its project leader. */
  async function start(): Promise<void> {
    ({ service, baseUrl, requests } = await startOAuthService(ctx.database, slack, { LEADER_EMAILS: ANNA.email }));
  }
  beforeEach(() => {
    slack.calls.length = 0;
  });
  afterEach(async () => {
    await service?.stop();
  });

  /** A browser installing the app into the workspace: /slack/install, Slack's authorize page, /slack/oauth_redirect. */
  async function install(workspace: FakeWorkspace, query = "") {
    slack.installInto(workspace.teamId);
    const done = await finishInstall(baseUrl, await beginInstall(baseUrl, query));
    return { status: done.status, page: await done.text() };
  }

  async function answerTo(text: string) {
    const id = `r${++sequence}`;
    const response = await requests.slashCommand({ text, userId: ANNA.id, teamId: HAARLEM.teamId, responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return first?.payload as { text?: string; blocks?: unknown[] };
  }

  /** `/actie help` from the workspace: acknowledged with an empty 200, never answered, and no Web API call at all. */
  async function expectIgnored() {
    const before = slack.calls.length;
    const id = `r${++sequence}`;
    const response = await requests.slashCommand({ text: "help", userId: ANNA.id, teamId: HAARLEM.teamId, responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.responsesTo(id)).toEqual([]);
    expect(slack.calls.slice(before)).toEqual([]);
  }

  const installed = async () => (await ctx.database.prisma.slackInstallation.findMany({ select: { teamId: true } })).map((row) => row.teamId);
  const links = async () =>
    (await ctx.database.prisma.regionLink.findMany({ where: { platform: "slack" } })).map((link) => [link.tenantId, link.agendaId]);
  const until = async (check: () => Promise<boolean>, ms = 10_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it("deletes the installation of a workspace that removed the app, keeps its region, and answers it no more", async () => {
    await start();
    expect((await install(HAARLEM)).status).toBe(200);
    // Answered once, so this instance holds the workspace's token in memory.
    expect(JSON.stringify((await answerTo("help")).blocks)).toContain("toon 1.3");
    const zk = await ctx.database.prisma.agenda.findUniqueOrThrow({ where: { slug: SLUG } });

    slack.uninstall(HAARLEM.teamId);
    const event = await requests.appUninstalled({ teamId: HAARLEM.teamId, eventId: `Ev${++sequence}` });
    expect(event.status).toBe(200);
    await until(async () => (await installed()).length === 0);
    expect(await links()).toEqual([[HAARLEM.teamId, zk.id]]);
    await expectIgnored();
  });

  it("lets the workspace install again into the same region, answering with its new token", async () => {
    const other = await bareAgenda(ctx.database, "ijmond-proef");
    await start();
    expect((await install(HAARLEM, `?regio=${SLUG}`)).status).toBe(200);
    slack.uninstall(HAARLEM.teamId);
    await requests.appUninstalled({ teamId: HAARLEM.teamId, eventId: `Ev${++sequence}` });
    await until(async () => (await installed()).length === 0);

    // Still linked to its region: it cannot be installed into another one, and goes back into its own.
    expect(other.id).not.toBe((await ctx.database.prisma.agenda.findUniqueOrThrow({ where: { slug: SLUG } })).id);
    expect((await install(HAARLEM, "?regio=ijmond-proef")).status).toBe(409);
    expect(await installed()).toEqual([]);
    expect((await install(HAARLEM, `?regio=${SLUG}`)).status).toBe(200);
    const zk = await ctx.database.prisma.agenda.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(await ctx.database.prisma.slackInstallation.findMany({ select: { teamId: true, agendaId: true } })).toEqual([
      { teamId: HAARLEM.teamId, agendaId: zk.id },
    ]);
    const before = slack.calls.length;
    expect(JSON.stringify((await answerTo("help")).blocks)).toContain("toon 1.3");
    expect(new Set(slack.calls.slice(before).map((call) => call.token))).toEqual(new Set([slack.tokenOf(HAARLEM.teamId)]));
    expect(slack.tokenOf(HAARLEM.teamId)).not.toBe(HAARLEM.botToken);
  });

  it("treats tokens_revoked with the bot's token as a removal, and one with only user tokens as nothing", async () => {
    await start();
    await install(HAARLEM);
    await requests.tokensRevoked({ teamId: HAARLEM.teamId, eventId: `Ev${++sequence}`, oauth: ["UINSTALLTHAARLEM"] });
    expect((await answerTo("help")).blocks?.length).toBeGreaterThan(0);
    expect(await installed()).toEqual([HAARLEM.teamId]);

    slack.revokeBotToken(HAARLEM.teamId);
    const event = await requests.tokensRevoked({ teamId: HAARLEM.teamId, eventId: `Ev${++sequence}`, bot: [HAARLEM.botUserId] });
    expect(event.status).toBe(200);
    await until(async () => (await installed()).length === 0);
    expect((await links()).map(([teamId]) => teamId)).toEqual([HAARLEM.teamId]);
    await expectIgnored();
  });

  it("handles an uninstall event that Slack sends again once: the reinstalled app stays", async () => {
    await start();
    await install(HAARLEM);
    slack.uninstall(HAARLEM.teamId);
    const eventId = `Ev${++sequence}`;
    await requests.appUninstalled({ teamId: HAARLEM.teamId, eventId });
    await until(async () => (await installed()).length === 0);
    expect((await install(HAARLEM)).status).toBe(200);

    // Slack's retry: the same event_id in a new request (its own timestamp and signature).
    const retry = await requests.appUninstalled(
      { teamId: HAARLEM.teamId, eventId },
      { timestamp: Math.floor(Date.now() / 1000) - 7, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } },
    );
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await installed()).toEqual([HAARLEM.teamId]);
    expect((await answerTo("help")).blocks?.length).toBeGreaterThan(0);
  });

  it("with one SLACK_BOT_TOKEN only logs the event: nothing is stored or deleted and the bot keeps answering", async () => {
    const single = new FakeSlack("xoxb-single-workspace");
    single.addUser({ ...ANNA, teamId: "T1" });
    await single.start();
    try {
      const config = loadConfig({
        PORT: "0",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: "xoxb-single-workspace",
        SLACK_API_URL: `${single.url}/api/`,
        PLAYGROUND: "off",
      });
      service = await startService(config, createLogger("silent"), { database: { ...ctx.database, close: async () => undefined } });
      requests = new SlackRequests(`http://127.0.0.1:${service.port}`, SIGNING_SECRET);
      expect((await requests.appUninstalled({ teamId: "T1", eventId: `Ev${++sequence}` })).status).toBe(200);
      expect((await requests.tokensRevoked({ teamId: "T1", eventId: `Ev${++sequence}`, bot: ["UBOT"] })).status).toBe(200);
      const id = `single${++sequence}`;
      await requests.slashCommand({ text: "help", userId: ANNA.id, responseUrl: single.responseUrl(id) });
      await single.waitFor(() => single.responsesTo(id).length > 0);
      expect(await installed()).toEqual([]);
    } finally {
      await single.stop();
    }
  });
});
