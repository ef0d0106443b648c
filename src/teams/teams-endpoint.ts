/**
 * `/api/messages` on the service's server: reads the activity, applies the local-mode guard, authenticates it
 * (with an app id: the Bot Framework token) and runs the turn; a request that cannot be authenticated gets 401
 * with no detail and one log line. Users of a tenant the bot does not serve are told so, and nothing is stored.
 */
// The module itself, not the package's index: that also loads the AI planners (openai, gpt-tokenizer), some 16 MB.
import { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter.js";
import { type Activity, ActivityTypes, CallerIdConstants, ConfigurationServiceClientCredentialFactory, type TurnContext } from "botbuilder";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { BodyTooLargeError, readJsonBody } from "./node-http-bridge.js";
import type { TeamsConfig } from "./teams-config.js";
import { localRefusal } from "./teams-guards.js";

export const TEAMS_MESSAGES_PATH = "/api/messages";

/**
 * CloudAdapter.process answers a failed authentication itself, with the error text in the body (500 when the
 * signing keys cannot be fetched) and the stack on stderr. The endpoint calls processActivity instead and answers.
 */
export class AuthenticatingAdapter extends TeamsAdapter {
  authenticateAndRun(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** Where the bot's own Bot Connector tokens come from (botbuilder's ServiceClientCredentialsFactory). */
export type BotCredentials = NonNullable<ConstructorParameters<typeof TeamsAdapter>[1]>;

/**
 * The adapter with the app's credentials (or `credentials`: a test's Bot Connector token). In a sovereign cloud
 * botbuilder takes its endpoints as given and every one of them is needed, so the rest are the public cloud's.
 */
export function teamsAdapter(config: TeamsConfig, credentials?: BotCredentials): AuthenticatingAdapter {
  const authConfig = {
    MicrosoftAppId: config.appId ?? "",
    MicrosoftAppPassword: config.appPassword ?? "",
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? "",
    ...(config.cloud
      ? {
          ToBotFromChannelOpenIdMetadataUrl: config.cloud.openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: config.cloud.tokenIssuer,
          ToChannelFromBotLoginUrl: config.cloud.loginUrl,
          ToChannelFromBotOAuthScope: config.cloud.oAuthScope,
          // Not used by this bot (no sign-in cards, no Emulator), yet required once the endpoints are given.
          OAuthUrl: "https://api.botframework.com",
          ToBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  };
  return new AuthenticatingAdapter(authConfig, credentials ?? new ConfigurationServiceClientCredentialFactory(authConfig));
}

export interface TeamsEndpointOptions {
  http: HttpServer;
  adapter: AuthenticatingAdapter;
  mode: "local" | "authenticated";
  /** When set, only this tenant's users are served. */
  tenantId: string | undefined;
  log: Logger;
  /** The answer to a user of another tenant. */
  unknownTenant: (context: TurnContext) => string;
  run: (context: TurnContext) => Promise<void>;
}

export function mountTeamsEndpoint(options: TeamsEndpointOptions): void {
  const { adapter, mode, log } = options;
  options.http.route("POST", TEAMS_MESSAGES_PATH, async (request, response) => {
    let body: unknown;
    try {
      body = await readJsonBody(request);
    } catch (error) {
      response.writeHead(error instanceof BodyTooLargeError ? 413 : 400).end();
      return;
    }
    if (!body || typeof body !== "object" || typeof (body as { type?: unknown }).type !== "string") {
      response.writeHead(400).end();
      return;
    }
    const activity = toActivity(body as Record<string, unknown>);
    if (mode === "local") {
      const refusal = localRefusal(request, activity);
      if (refusal) {
        log.warn(
          { reason: refusal, remote: request.socket.remoteAddress, serviceUrl: activity.serviceUrl, tenant: activity.conversation?.tenantId },
          "refused an unauthenticated Teams request that is not the Agents Playground on this machine",
        );
        response.writeHead(401).end();
        return;
      }
    }
    let authenticated = false;
    let invokeResponse: { status?: number; body?: unknown } | undefined;
    try {
      invokeResponse = await adapter.authenticateAndRun(request.headers.authorization ?? "", activity, async (context) => {
        authenticated = true;
        const tenant = context.activity.conversation?.tenantId;
        if (options.tenantId && tenant !== options.tenantId) {
          log.warn({ tenant }, "message from a tenant this bot does not serve");
          if (context.activity.type === ActivityTypes.Message) await context.sendActivity(options.unknownTenant(context));
          return;
        }
        await options.run(context);
      });
    } catch (error) {
      if (authenticated) throw error;
      // A missing or forged token, or signing keys that cannot be fetched: the caller learns nothing more.
      log.warn({ reason: error instanceof Error ? error.message : String(error) }, "refused a Teams request that could not be authenticated");
      response.writeHead(401).end();
      return;
    }
    const status = invokeResponse?.status ?? 200;
    if (invokeResponse?.body === undefined) response.writeHead(status).end();
    else response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(invokeResponse.body));
  });
}

/** The activity as botbuilder expects it, timestamps as dates (what CloudAdapter.process does before processActivity). */
function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body } as unknown as Activity & Record<string, unknown>;
  for (const [field, raw] of [
    ["timestamp", "rawTimestamp"],
    ["expiration", "rawExpiration"],
    ["localTimestamp", "rawLocalTimestamp"],
  ] as const) {
    const value = body[field];
    if (typeof value === "string") {
      activity[raw] = value;
      activity[field] = new Date(value) as never;
    }
  }
  return activity;
}
