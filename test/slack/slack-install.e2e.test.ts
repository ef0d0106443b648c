/**
 * The Slack install flow end to end, on PGlite and PostgreSQL: a browser at /slack/install is sent to (the fake)
 * Slack's authorize page, comes back to /slack/oauth_redirect with a code, and the workspace is installed (sealed)
 * into its region; its commands are then answered with its own token. Tampered or missing state, a workspace
 * that never installed, and a workspace that already belongs to another region are refused.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaSlackInstallations } from "../../src/persistence/prisma-slack-installations.js";
import type { Service } from "../../src/service.js";
import { InstallationSeal } from "../../src/slack/installation-seal.js";
import { InstalledWorkspaces } from "../../src/slack/slack-workspaces.js";
import { bareAgenda } from "../support/bare-agenda.js";
import { type FakeSlack, type FakeWorkspace, MANIFEST_SCOPES } from "../support/fake-slack.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { ANNA, beginInstall, finishInstall, HAARLEM, OAUTH_ENV, PUBLIC_URL, startOAuthService, startOAuthSlack } from "../support/slack-oauth.js";
import type { SlackRequests } from "../support/slack-requests.js";

const IJMOND: FakeWorkspace = { teamId: "TIJMOND", name: "IJmond Werkt", botToken: "xoxb-2-ijmond", botUserId: "UBOTI", botId: "BI" };
const STRANGER: FakeWorkspace = { teamId: "TSTRANGER", name: "Elders", botToken: "xoxb-3-elders", botUserId: "UBOTS", botId: "BS" };
const IVO = { id: "UIVO", teamId: IJMOND.teamId, name: "ivo", realName: "Ivo Bakker", email: "ivo@velsen.nl", locale: "nl-NL" };
const SLUG = "zuid-kennemerland-ijmond";

forEachDatabase("Slack install flow", { agenda: true }, (ctx) => {
  let slack: FakeSlack;
  let service: Service;
  let baseUrl: string;
  let requests: SlackRequests;
  let sequence = 0;

  beforeAll(async () => {
    slack = await startOAuthSlack("xoxb-single-workspace-not-used", [HAARLEM, IJMOND, STRANGER], [ANNA, IVO]);
  });
  afterAll(async () => {
    await slack?.stop();
  });
  beforeEach(async () => {
    slack.calls.length = 0;
    ({ service, baseUrl, requests } = await startOAuthService(ctx.database, slack, { LEADER_EMAILS: ANNA.email }));
  });
  afterEach(async () => {
    await service?.stop();
  });

  /** A browser installing the app: /slack/install, Slack's authorize page, back to /slack/oauth_redirect. */
  async function install(workspace: FakeWorkspace, query = "", headers: Record<string, string> = {}) {
    slack.installInto(workspace.teamId);
    const begun = await beginInstall(baseUrl, query, headers);
    const { start, authorize, atSlack, back, cookie } = begun;
    expect(start.status, await start.clone().text()).toBe(302);
    expect(atSlack.status).toBe(302);
    expect(`${back.origin}${back.pathname}`).toBe(`${PUBLIC_URL}/slack/oauth_redirect`);
    const done = await finishInstall(baseUrl, begun, headers);
    return { authorize, back, cookie, status: done.status, page: await done.text() };
  }

  async function answerTo(workspace: FakeWorkspace, userId: string, text: string, channelId = "C1") {
    const id = `r${++sequence}`;
    const response = await requests.slashCommand({ text, userId, channelId, teamId: workspace.teamId, responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return first?.payload as { text?: string; blocks?: unknown[] };
  }

  const installationRows = () =>
    ctx.database.prisma.slackInstallation.findMany({ select: { teamId: true, agendaId: true, sealed: true }, orderBy: { teamId: "asc" } });
  const links = () => ctx.database.prisma.regionLink.findMany({ where: { platform: "slack" }, orderBy: { tenantId: "asc" } });
  const region = (slug: string) => ctx.database.prisma.agenda.findUniqueOrThrow({ where: { slug } });

  it("installs a workspace into the only region, sealed, and answers its /actie help with that workspace's token", async () => {
    const { authorize, status, page } = await install(HAARLEM);
    expect(authorize.origin + authorize.pathname).toBe(`${slack.url}/oauth/v2/authorize`);
    expect(authorize.searchParams.get("client_id")).toBe("1234.5678");
    expect(authorize.searchParams.get("scope")?.split(",")).toEqual(MANIFEST_SCOPES);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${PUBLIC_URL}/slack/oauth_redirect`);
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(status).toBe(200);
    expect(page).toContain('<html lang="nl"');
    expect(page).toContain("De Doe-agenda is geïnstalleerd in de Slack-werkruimte Gemeente Haarlem");
    const [exchange] = slack.callsOf("oauth.v2.access");
    expect(exchange?.args).toMatchObject({ client_id: "1234.5678", redirect_uri: `${PUBLIC_URL}/slack/oauth_redirect` });

    const zk = await region(SLUG);
    const rows = await installationRows();
    expect(rows.map((row) => [row.teamId, row.agendaId])).toEqual([[HAARLEM.teamId, zk.id]]);
    expect(rows[0]?.sealed).not.toContain("xoxb-");
    expect(rows[0]?.sealed).not.toContain(Buffer.from(HAARLEM.botToken).toString("base64").slice(0, 12));
    expect((await links()).map((link) => [link.tenantId, link.agendaId])).toEqual([[HAARLEM.teamId, zk.id]]);

    const before = slack.calls.length;
    const answer = await answerTo(HAARLEM, ANNA.id, "help");
    expect(JSON.stringify(answer.blocks)).toContain("toon 1.3");
    const used = slack.calls.slice(before);
    expect(used.map((call) => call.method)).toContain("users.info");
    expect(new Set(used.map((call) => call.token))).toEqual(new Set([HAARLEM.botToken]));
  });

  it("publishes App Home in an installed workspace with that workspace's token", async () => {
    await install(IJMOND);
    const response = await requests.appHomeOpened({ userId: IVO.id, eventId: `Ev${++sequence}`, teamId: IJMOND.teamId });
    expect(response.status).toBe(200);
    const published = await slack.waitFor(() => slack.callsOf("views.publish").find((call) => call.args.user_id === IVO.id));
    expect(published.token).toBe(IJMOND.botToken);
  });

  it("answers the installing browser in English when it prefers English", async () => {
    const { status, page } = await install(HAARLEM, "", { "accept-language": "en-GB,en;q=0.9,nl;q=0.5" });
    expect(status).toBe(200);
    expect(page).toContain("The Doe-agenda is installed in the Slack workspace Gemeente Haarlem");
  });

  it("refuses a missing, tampered or other browser's state, and stores nothing", async () => {
    slack.installInto(HAARLEM.teamId);
    const { cookie, back } = await beginInstall(baseUrl);
    const code = back.searchParams.get("code") ?? "";
    const state = back.searchParams.get("state") ?? "";
    const tampered = `${state.slice(0, -3)}${state.slice(-3) === "AAA" ? "BBB" : "AAA"}`;

    const missing = await fetch(`${baseUrl}/slack/oauth_redirect?code=${code}`, { headers: { cookie } });
    const forged = await fetch(`${baseUrl}/slack/oauth_redirect?code=${code}&state=${tampered}`, {
      headers: { cookie: `slack-app-oauth-state=${tampered}` },
    });
    const otherBrowser = await fetch(`${baseUrl}/slack/oauth_redirect?code=${code}&state=${state}`);
    for (const response of [missing, forged, otherBrowser]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Deze installatielink is verlopen, al gebruikt of niet in deze browser begonnen");
    }
    expect(slack.callsOf("oauth.v2.access")).toEqual([]);
    expect(await installationRows()).toEqual([]);
    expect(await links()).toEqual([]);
  });

  it("gives a workspace that has not installed the app nothing: an empty 200, no answer, no Web API call", async () => {
    await install(HAARLEM);
    const before = slack.calls.length;
    const response = await requests.slashCommand({ text: "help", userId: "UX", teamId: STRANGER.teamId, responseUrl: slack.responseUrl("stranger") });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.responsesTo("stranger")).toEqual([]);
    expect(slack.calls.slice(before)).toEqual([]);
  });

  it("with two regions: asks which, refuses an unknown one, links each workspace to its own, and refuses moving one", async () => {
    const second = await bareAgenda(ctx.database, "ijmond-proef");
    const choose = await fetch(`${baseUrl}/slack/install`, { redirect: "manual" });
    expect(choose.status).toBe(400);
    const chooser = await choose.text();
    expect(chooser).toContain("Kies een regio");
    expect(chooser).toContain(`href="/slack/install?regio=${SLUG}"`);
    expect(chooser).toContain('href="/slack/install?regio=ijmond-proef"');
    const unknown = await fetch(`${baseUrl}/slack/install?regio=nergens`, { redirect: "manual", headers: { "accept-language": "en" } });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/There is no region called (&quot;|&#34;|")nergens/);

    expect((await install(HAARLEM, `?regio=${SLUG}`)).status).toBe(200);
    const ijmond = await install(IJMOND, "?regio=ijmond-proef");
    expect(ijmond.status).toBe(200);
    expect(ijmond.page).toContain("voor de regio Agenda ijmond-proef");
    const zk = await region(SLUG);
    expect((await links()).map((link) => [link.tenantId, link.agendaId])).toEqual([
      [HAARLEM.teamId, zk.id],
      [IJMOND.teamId, second.id],
    ]);

    const moved = await install(HAARLEM, "?regio=ijmond-proef");
    expect(moved.status).toBe(409);
    expect(moved.page).toContain(`Deze Slack-werkruimte hoort al bij de regio ${zk.name}`);
    expect((await installationRows()).map((row) => [row.teamId, row.agendaId])).toEqual([
      [HAARLEM.teamId, zk.id],
      [IJMOND.teamId, second.id],
    ]);

    // The outbox of each region sends with its own workspace's token.
    const workspaces = new InstalledWorkspaces(
      new PrismaSlackInstallations(ctx.database.prisma),
      new InstallationSeal(Buffer.from(OAUTH_ENV.SLACK_INSTALLATION_KEY, "base64")),
    );
    expect(await workspaces.botTokenForRegion(zk.id)).toBe(HAARLEM.botToken);
    expect(await workspaces.botTokenForRegion(second.id)).toBe(IJMOND.botToken);
    expect(await workspaces.botToken(IJMOND.teamId)).toBe(IJMOND.botToken);
    expect(await workspaces.botToken(STRANGER.teamId)).toBeNull();

    const answer = await answerTo(IJMOND, IVO.id, "help");
    expect(answer.blocks?.length).toBeGreaterThan(0);
    expect(slack.callsOf("users.info").at(-1)?.token).toBe(IJMOND.botToken);
  });

  it("posts a region's digest through the outbox with the token of the workspace linked to the region", async () => {
    slack.addChannel({ id: "C-RWB", isMember: true });
    await install(HAARLEM);
    expect((await answerTo(HAARLEM, ANNA.id, "koppel RWB", "C-RWB")).text).toContain("Dit kanaal is gekoppeld aan RWB");
    expect(slack.callsOf("conversations.info").at(-1)?.token).toBe(HAARLEM.botToken);
    expect((await answerTo(HAARLEM, ANNA.id, "digest nu", "C-RWB")).text).toBe("Het weekoverzicht van RWB wordt zo in dit kanaal geplaatst.");
    const posted = await slack.waitFor(() => slack.callsOf("chat.postMessage").find((call) => call.args.channel === "C-RWB"), 15_000);
    expect(String(posted.args.text)).toContain("Weekoverzicht RWB");
    expect(posted.token).toBe(HAARLEM.botToken);
  });

  it("replaces a workspace's installation when it installs again", async () => {
    await install(HAARLEM);
    const [first] = await installationRows();
    expect((await install(HAARLEM)).status).toBe(200);
    const rows = await installationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sealed).not.toBe(first?.sealed);
  });

  it("shows a cancelled install as cancelled", async () => {
    slack.installInto(HAARLEM.teamId);
    slack.denyNextInstall = true;
    const done = await finishInstall(baseUrl, await beginInstall(baseUrl));
    expect(done.status).toBe(400);
    expect(await done.text()).toContain("De installatie is afgebroken in Slack");
    expect(await installationRows()).toEqual([]);
  });
});

describe("the scopes the install flow asks for", () => {
  it("are the manifest's bot scopes", async () => {
    const { SLACK_BOT_SCOPES } = await import("../../src/slack/slack-install-routes.js");
    expect([...SLACK_BOT_SCOPES]).toEqual(MANIFEST_SCOPES);
  });
});
