/**
 * How Slack reaches the adapter: over HTTP at `/slack/events` on the service's server (Bolt's HTTPReceiver checks
 * the signature and that the timestamp is not more than five minutes old; a timestamp more than five minutes in the
 * future is refused here, before Bolt; each gets 401), or over Socket Mode when an app token is set. In OAuth mode
 * each request is authorized with its workspace's installation (context.botToken, client); a workspace that has
 * not installed the app gets nothing (Bolt logs the authorization failure and acknowledges with an empty 200).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AuthorizeResult } from "@slack/bolt";
import { App as BoltApp, type BufferedIncomingMessage, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { RetryOptions } from "@slack/web-api";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { boltLogger } from "./bolt-logger.js";
import { type SlackClients, WorkspaceClients } from "./slack-clients.js";
import type { SlackConfig } from "./slack-config.js";
import { WorkspaceNotInstalledError } from "./slack-installation-store.js";
import { InstalledWorkspaces, type SlackWorkspaces } from "./slack-workspaces.js";

export const SLACK_EVENTS_PATH = "/slack/events";

/** Slack's window: a signed request is valid for five minutes either side of its timestamp. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

/**
 * What the HTTP receiver adds to every verified request's middleware `context`: its signature, which identifies
 * the request (a replay carries the same one). Socket Mode requests have none: they come over the app's own
 * authenticated connection, so there is nothing to replay.
 */
export interface SignedRequestContext {
  slackSignature?: string;
}

function signatureOf(request: BufferedIncomingMessage): SignedRequestContext {
  const signature = request.headers["x-slack-signature"];
  return typeof signature === "string" && signature ? { slackSignature: signature } : {};
}

export interface SlackEndpoint {
  bolt: BoltApp;
  /** The Web API client of each workspace, with the same options as Bolt's. */
  clients: SlackClients;
  mode: "http" | "socket";
  /** Mounts the HTTP endpoint, or opens the Socket Mode connection. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function slackEndpoint(
  config: SlackConfig,
  logger: Logger,
  http: HttpServer,
  webApiRetry: RetryOptions,
  workspaces: SlackWorkspaces,
): Promise<SlackEndpoint> {
  const clientOptions = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: webApiRetry };
  const httpReceiver =
    config.appToken || !config.signingSecret
      ? undefined
      : new HTTPReceiver({
          signingSecret: config.signingSecret,
          endpoints: [SLACK_EVENTS_PATH],
          logger: boltLogger(logger),
          // Runs after the signature is verified; the result is merged into the middleware context.
          customPropertiesExtractor: (request) => ({ ...signatureOf(request) }),
        });
  // Socket Mode opens its connection with apps.connections.open: it must use the same API base URL.
  const socketReceiver = httpReceiver
    ? undefined
    : new SocketModeReceiver({ appToken: config.appToken ?? "", logger: boltLogger(logger), installerOptions: { clientOptions } });
  const bolt = new BoltApp({
    ...(config.mode === "single" ? { token: config.botToken } : { authorize: authorizeBy(workspaces) }),
    receiver: httpReceiver ?? (socketReceiver as SocketModeReceiver),
    clientOptions,
    logger: boltLogger(logger),
    deferInitialization: true,
  });
  await bolt.init();
  return {
    bolt,
    clients: new WorkspaceClients(workspaces, { ...clientOptions, logger: boltLogger(logger) }),
    mode: httpReceiver ? "http" : "socket",
    async start() {
      if (httpReceiver) http.route("POST", SLACK_EVENTS_PATH, refusingFutureTimestamps(httpReceiver.requestListener, logger));
      else await bolt.start();
    },
    async stop() {
      if (!httpReceiver) await bolt.stop();
    },
  };
}

/** Bolt's `authorize` in OAuth mode: the token, bot id and bot user of the request's workspace. */
function authorizeBy(workspaces: SlackWorkspaces): (source: { teamId?: string | undefined }) => Promise<AuthorizeResult> {
  if (!(workspaces instanceof InstalledWorkspaces)) throw new Error("Slack in OAuth mode needs the installed workspaces (openSlackWorkspaces)");
  return async ({ teamId }) => {
    const installation = teamId ? await workspaces.installation(teamId) : null;
    if (!installation) throw new WorkspaceNotInstalledError(teamId);
    return { botToken: installation.bot.token, botId: installation.bot.id, botUserId: installation.bot.userId, teamId: installation.team.id };
  };
}

/**
 * Bolt refuses a timestamp more than five minutes old, not one more than five minutes ahead: such a request
 * would stay valid (and replayable) for longer than Slack's window. It gets 401 before Bolt reads it.
 */
export function refusingFutureTimestamps(
  listener: (request: IncomingMessage, response: ServerResponse) => void,
  logger: Logger,
  now: () => number = Date.now,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const timestamp = Number(request.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(timestamp) && timestamp * 1000 > now() + SIGNATURE_WINDOW_MS) {
      logger.warn({ component: "slack", timestamp }, "refused a Slack request whose timestamp is more than five minutes in the future");
      request.resume();
      response.writeHead(401).end();
      return;
    }
    listener(request, response);
  };
}
