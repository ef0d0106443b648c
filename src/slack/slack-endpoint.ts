/**
 * How Slack reaches the adapter: over HTTP at `/slack/events` on the service's server (Bolt's HTTPReceiver checks
 * the signature and the five-minute window, else 401), or over Socket Mode when an app token is set.
 */
import { App as BoltApp, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { RetryOptions } from "@slack/web-api";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { boltLogger } from "./bolt-logger.js";
import type { SlackConfig } from "./slack-config.js";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackEndpoint {
  bolt: BoltApp;
  mode: "http" | "socket";
  /** Mounts the HTTP endpoint, or opens the Socket Mode connection. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function slackEndpoint(config: SlackConfig, logger: Logger, http: HttpServer, webApiRetry: RetryOptions): Promise<SlackEndpoint> {
  const clientOptions = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: webApiRetry };
  const httpReceiver =
    config.appToken || !config.signingSecret
      ? undefined
      : new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: [SLACK_EVENTS_PATH], logger: boltLogger(logger) });
  // Socket Mode opens its connection with apps.connections.open: it must use the same API base URL.
  const socketReceiver = httpReceiver
    ? undefined
    : new SocketModeReceiver({ appToken: config.appToken ?? "", logger: boltLogger(logger), installerOptions: { clientOptions } });
  const bolt = new BoltApp({
    token: config.botToken,
    receiver: httpReceiver ?? (socketReceiver as SocketModeReceiver),
    clientOptions,
    logger: boltLogger(logger),
    deferInitialization: true,
  });
  await bolt.init();
  return {
    bolt,
    mode: httpReceiver ? "http" : "socket",
    async start() {
      if (httpReceiver) http.route("POST", SLACK_EVENTS_PATH, httpReceiver.requestListener);
      else await bolt.start();
    },
    async stop() {
      if (!httpReceiver) await bolt.stop();
    },
  };
}
