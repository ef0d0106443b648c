/**
 * The service in OAuth mode (workspaces install the app through /slack/install) at a FakeSlack playing Slack's
 * install flow, on a test's own database, and the browser's steps through that flow. For the install and
 * uninstall end-to-end tests.
 */
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import type { Database } from "../../src/persistence/database.js";
import { type Service, startService } from "../../src/service.js";
import { FakeSlack, type FakeWorkspace, type SlackUser } from "./fake-slack.js";
import { SlackRequests } from "./slack-requests.js";

export const SIGNING_SECRET = "signing-secret-for-tests";
export const PUBLIC_URL = "https://doe-agenda.example.nl";
/** The app's OAuth credentials and the key that seals installations. */
export const OAUTH_ENV = {
  SLACK_CLIENT_ID: "1234.5678",
  SLACK_CLIENT_SECRET: "client-secret-for-tests",
  SLACK_STATE_SECRET: "state-secret-for-tests-0123456789",
  SLACK_INSTALLATION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

export const HAARLEM: FakeWorkspace = { teamId: "THAARLEM", name: "Gemeente Haarlem", botToken: "xoxb-1-haarlem", botUserId: "UBOTH", botId: "BH" };
/** In Haarlem's workspace; the tests make her the project leader. */
export const ANNA = { id: "UANNA", teamId: HAARLEM.teamId, name: "anna", realName: "Anna de Vries", email: "anna@haarlem.nl", locale: "nl-NL" };

/** A started FakeSlack with these workspaces and users, playing the OAuth app of OAUTH_ENV that redirects back to PUBLIC_URL. */
export async function startOAuthSlack(botToken: string, workspaces: FakeWorkspace[], users: SlackUser[]): Promise<FakeSlack> {
  const slack = new FakeSlack(botToken);
  for (const workspace of workspaces) slack.addWorkspace(workspace);
  for (const user of users) slack.addUser(user);
  slack.oauthApp = {
    clientId: OAUTH_ENV.SLACK_CLIENT_ID,
    clientSecret: OAUTH_ENV.SLACK_CLIENT_SECRET,
    redirectUri: `${PUBLIC_URL}/slack/oauth_redirect`,
    appId: "A1",
  };
  await slack.start();
  return slack;
}

export interface SlackTestService {
  service: Service;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  requests: SlackRequests;
}

/** The service in OAuth mode at `slack`, signed with SIGNING_SECRET, with fast retries, on `database` (left open when it stops); `env` adds to it. */
export async function startOAuthService(database: Database, slack: FakeSlack, env: Record<string, string>): Promise<SlackTestService> {
  const config = loadConfig({
    PORT: "0",
    PUBLIC_URL,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    SLACK_AUTHORIZE_URL: `${slack.url}/oauth/v2/authorize`,
    PLAYGROUND: "off",
    ...OAUTH_ENV,
    ...env,
  });
  // The service closes its database when it stops; the test's database outlives it.
  const service = await startService(config, createLogger("silent"), {
    database: { ...database, close: async () => undefined },
    slack: {
      responseRetry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 },
      webApiRetry: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 200 },
    },
  });
  const baseUrl = `http://127.0.0.1:${service.port}`;
  return { service, baseUrl, requests: new SlackRequests(baseUrl, SIGNING_SECRET) };
}

export interface InstallStart {
  /** The service's answer to /slack/install. */
  start: Response;
  /** The state cookie it set. */
  cookie: string;
  /** Slack's authorize page the browser is sent to. */
  authorize: URL;
  /** That page's answer. */
  atSlack: Response;
  /** Where Slack sends the browser back. */
  back: URL;
}

/** A browser opening /slack/install<query> and following it to Slack's authorize page, which sends it back. */
export async function beginInstall(baseUrl: string, query = "", headers: Record<string, string> = {}): Promise<InstallStart> {
  const start = await fetch(`${baseUrl}/slack/install${query}`, { redirect: "manual", headers });
  if (!start.headers.has("location")) throw new Error(`/slack/install${query} sent nowhere: ${start.status} ${await start.clone().text()}`);
  const authorize = new URL(start.headers.get("location") ?? "");
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const atSlack = await fetch(authorize, { redirect: "manual" });
  const back = new URL(atSlack.headers.get("location") ?? "");
  return { start, cookie, authorize, atSlack, back };
}

/** The browser, back from Slack, at the service's /slack/oauth_redirect with its cookie. */
export function finishInstall(
  baseUrl: string,
  { back, cookie }: Pick<InstallStart, "back" | "cookie">,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}${back.pathname}${back.search}`, { headers: { cookie, ...headers } });
}
