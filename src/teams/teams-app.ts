/**
 * The Teams adapter: messages in personal chat and @mentions in channels run the core grammar; replies are
 * Adaptive Cards; the status form is a card validated on submit; installs and first messages store a
 * conversation reference for later proactive messages. Mounted at `/api/messages` on the service's server.
 */
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { Application, TeamsAdapter } from "@microsoft/teams-ai";
import {
  type Activity,
  ActivityTypes,
  CardFactory,
  ConfigurationServiceClientCredentialFactory,
  MemoryStorage,
  type Mention,
  MessageFactory,
  TurnContext,
} from "botbuilder";
import type { App } from "../app.js";
import type { Actor, Conversation } from "../core/actor.js";
import type { MentionResolver } from "../core/agenda-core.js";
import type { MessageSender } from "../core/delivery/delivery-worker.js";
import type { Locale } from "../core/domain/locale.js";
import { toLocale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { identify } from "../core/identify.js";
import { helpMessage } from "../core/messages/action-views.js";
import type { Message } from "../core/messages/model.js";
import type { Reply } from "../core/reply.js";
import { submitStatusForm } from "../core/status-form.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { type AdaptiveCard, renderCards } from "./adaptive-card.js";
import { BodyTooLargeError, readJsonBody } from "./node-http-bridge.js";
import { PLAYGROUND_TENANT } from "./playground.js";
import { readStatusCard, STATUS_FORM_VERB, statusCard } from "./status-card.js";
import type { TeamsConfig } from "./teams-config.js";
import { TeamsSender } from "./teams-sender.js";
import { TeamsUserDirectory } from "./teams-users.js";

export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAdapterOptions {
  config: TeamsConfig;
  /** `local`: no app id, the Agents Playground on this machine only (see `teamsMode`). */
  mode: "local" | "authenticated";
  app: App;
  logger: Logger;
  http: HttpServer;
}

export interface TeamsBot {
  /** "local": no app id, Agents Playground on this machine only; "authenticated": Bot Framework tokens checked; "off": no endpoint. */
  mode: "local" | "authenticated" | "off";
  /** Sends outbox messages (digests, reminders) proactively; absent when Teams is off. */
  sender?: MessageSender;
}

function isLoopback(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, "").replace(/^::ffff:/, "");
  return bare === "localhost" || bare === "::1" || (isIP(bare) === 4 && bare.startsWith("127."));
}

/**
 * CloudAdapter.process answers a failed authentication itself, with the error text in the body (500 when the
 * signing keys cannot be fetched) and the stack on stderr. The endpoint calls processActivity instead and answers.
 */
class AuthenticatingAdapter extends TeamsAdapter {
  authenticateAndRun(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** Headers a reverse proxy adds: a request that passed through one did not start on this machine. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"];

/**
 * Without an app id nothing is authenticated: accept only the Agents Playground on this machine, i.e. a request
 * from loopback, not forwarded by a proxy, whose replies go to loopback, in the Playground's tenant.
 */
function localRefusal(request: IncomingMessage, activity: Partial<Activity>): string | null {
  if (!isLoopback(request.socket.remoteAddress)) return "not from this machine";
  if (FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined)) return "forwarded by a proxy";
  let serviceHost: string | undefined;
  try {
    serviceHost = new URL(activity.serviceUrl ?? "").hostname;
  } catch {
    serviceHost = undefined;
  }
  if (!isLoopback(serviceHost)) return "serviceUrl not on this machine";
  if (activity.conversation?.tenantId !== PLAYGROUND_TENANT) return "not the Playground's tenant";
  return null;
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

export function startTeams(options: TeamsAdapterOptions): TeamsBot {
  const { config, app, logger } = options;
  const log = logger.child({ component: "teams" });
  const authConfig = {
    MicrosoftAppId: config.appId ?? "",
    MicrosoftAppPassword: config.appPassword ?? "",
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId ?? "",
  };
  const adapter = new AuthenticatingAdapter(authConfig, new ConfigurationServiceClientCredentialFactory(authConfig));
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error }, "teams turn failed");
    try {
      await context.sendActivity(texts(clientLocale(context) ?? app.config.defaultLocale).errors.internal);
    } catch (nested) {
      log.error({ err: nested }, "could not tell the user about the failure");
    }
  };
  const bot = new Application({ adapter, storage: new MemoryStorage(), removeRecipientMention: true, startTypingTimer: false });
  const users = new TeamsUserDirectory((error, userId) => log.warn({ err: error, userId }, "roster look-up failed; treating the user as a reader"));
  const core = app.core;
  const mode = options.mode;
  // Real Teams sends the user's own language with each activity; the Playground always says en-US.
  const clientLocale = (context: TurnContext): Locale | undefined => (mode === "authenticated" ? toLocale(context.activity.locale) : undefined);

  function conversationOf(context: TurnContext): Conversation {
    const activity = context.activity;
    const type = activity.conversation?.conversationType;
    const channelData = activity.channelData as { channel?: { id?: string } } | undefined;
    return {
      platform: "teams",
      tenantId: activity.conversation?.tenantId ?? "",
      channelId: type === "channel" ? (channelData?.channel?.id ?? activity.conversation.id.split(";")[0] ?? "") : activity.conversation.id,
      isChannel: type === "channel",
    };
  }

  async function actorFor(context: TurnContext): Promise<Actor> {
    const from = context.activity.from;
    const facts = await users.lookup(context, from.id);
    const tenantId = context.activity.conversation?.tenantId ?? "";
    const locale = clientLocale(context);
    // Only an id someone vouches for chooses a person: the roster's, or while the roster cannot be asked, the
    // activity's own when a Bot Framework token stands behind it. An unauthenticated claim never does.
    const externalId = facts.unavailable ? (mode === "authenticated" ? from.aadObjectId : undefined) : (facts.aadObjectId ?? from.id);
    const actor = await identify(app.store, app.leaders, {
      email: facts.email,
      ...(facts.displayName ? { displayName: facts.displayName } : {}),
      ...(externalId ? { identity: { platform: "teams" as const, tenantId, externalId } } : {}),
      ...(locale ? { locale } : {}),
      channel: "teams",
      conversation: conversationOf(context),
    });
    await remember(context, actor);
    return actor;
  }

  /** Conversations already stored by this process (with the person they belong to): each is written once. */
  const remembered = new Set<string>();

  async function remember(context: TurnContext, actor: Actor | null): Promise<void> {
    const activity = context.activity;
    const type = activity.conversation?.conversationType;
    const key = `${activity.conversation?.tenantId}|${activity.conversation.id}|${activity.serviceUrl}|${actor?.person?.id ?? ""}`;
    if (remembered.has(key)) return;
    await app.store.rememberConversation({
      platform: "teams",
      tenantId: activity.conversation?.tenantId ?? "",
      conversationId: activity.conversation.id,
      kind: type === "channel" ? "channel" : type === "groupChat" ? "group" : "personal",
      personId: type === "personal" || !type ? (actor?.person?.id ?? null) : null,
      reference: TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>,
    });
    remembered.add(key);
  }

  const resolveMention =
    (context: TurnContext): MentionResolver =>
    async (id) => {
      const facts = await users.lookup(context, id);
      if (!facts.email) return null;
      return {
        email: facts.email,
        ...(facts.displayName ? { displayName: facts.displayName } : {}),
        identity: { platform: "teams", tenantId: context.activity.conversation?.tenantId ?? "", externalId: facts.aadObjectId ?? id },
      };
    };

  async function send(context: TurnContext, message: Message): Promise<void> {
    for (const adaptiveCard of renderCards(message)) {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(adaptiveCard));
      activity.summary = message.summary;
      await context.sendActivity(activity);
    }
  }

  /** The card that answers a press in place (Universal Actions replace the pressed card). */
  function replyCard(reply: Reply): AdaptiveCard {
    return (
      renderCards(reply.message)[0] ?? (renderCards({ ...reply.message, blocks: [{ type: "text", text: reply.message.summary }] })[0] as AdaptiveCard)
    );
  }

  // Installation, and every load of the Agents Playground: remember the conversation and say hello.
  bot.conversationUpdate("membersAdded", async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((member) => member.id === context.activity.recipient.id)) return;
    const actor = await actorFor(context);
    await send(context, helpMessage(actor, actor.locale ?? app.config.defaultLocale));
  });

  bot.activity(ActivityTypes.InstallationUpdate, async (context) => {
    await remember(context, null);
  });

  bot.activity(ActivityTypes.Message, async (context) => {
    const text = withMentionTokens(context.activity);
    if (!text.trim()) return;
    const actor = await actorFor(context);
    const reply = await core.run(text, actor, { resolveMention: resolveMention(context) });
    if (reply.form && reply.form.actions.length > 0) {
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(reply.form, reply.locale)));
      await context.sendActivity(activity);
      return;
    }
    await send(context, reply.message);
  });

  /**
   * The buttons on a list of actions (`mijn`, a reminder) keep that card as it is, so the other actions' buttons
   * stay: the answer comes as a new message, and Teams shows its summary where the button was pressed.
   */
  async function answerBeside(context: TurnContext, reply: Reply): Promise<string> {
    await send(context, reply.message);
    return reply.message.summary;
  }

  bot.adaptiveCards.actionExecute<{ code?: unknown }>("action.update", async (context, _state, data) => {
    const actor = await actorFor(context);
    const locale = actor.locale ?? app.config.defaultLocale;
    const reply = await core.execute({ name: "status-form", code: typeof data.code === "string" ? data.code : "" }, actor, locale);
    if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(reply.form, locale))));
      return reply.message.summary;
    }
    return answerBeside(context, reply);
  });

  bot.adaptiveCards.actionExecute<{ code?: unknown }>("action.confirm", async (context, _state, data) => {
    const actor = await actorFor(context);
    const locale = actor.locale ?? app.config.defaultLocale;
    return answerBeside(context, await core.confirmStatus(typeof data.code === "string" ? data.code : "", actor, locale));
  });

  bot.adaptiveCards.actionExecute<{ code?: unknown }>("action.not-mine", async (context, _state, data) => {
    const actor = await actorFor(context);
    const locale = actor.locale ?? app.config.defaultLocale;
    return answerBeside(context, await core.notMine(typeof data.code === "string" ? data.code : "", actor, locale));
  });

  bot.adaptiveCards.actionExecute<{ code?: unknown }>("round.start", async (context, _state, data) => {
    const actor = await actorFor(context);
    const locale = actor.locale ?? app.config.defaultLocale;
    return replyCard(await core.startRoundFromButton(typeof data.code === "string" ? data.code : "", actor, locale)) as never;
  });

  bot.adaptiveCards.actionExecute<Record<string, unknown>>(STATUS_FORM_VERB, async (context, _state, data) => {
    const actor = await actorFor(context);
    const locale = actor.locale ?? app.config.defaultLocale;
    const input = readStatusCard(data);
    const result = await submitStatusForm(core, input, actor, locale);
    if (result.ok) return replyCard(result.reply) as never;
    const code = typeof input.code === "string" ? input.code : undefined;
    const form = await core.execute({ name: "status-form" }, actor, locale);
    const values: { code?: string; status?: string; note?: string } = {};
    if (code) values.code = code;
    if (typeof input.status === "string") values.status = input.status;
    if (typeof input.note === "string") values.note = input.note;
    return statusCard(form.form ?? { actions: [] }, locale, { values, errors: result.errors }) as never;
  });

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
        if (config.tenantId && tenant !== config.tenantId) {
          log.warn({ tenant }, "message from a tenant this bot does not serve");
          if (context.activity.type === ActivityTypes.Message) {
            await context.sendActivity(texts(clientLocale(context) ?? app.config.defaultLocale).errors.unknownTenant);
          }
          return;
        }
        await bot.run(context);
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
  log.info(
    { mode, path: TEAMS_MESSAGES_PATH },
    mode === "local" ? "Teams in local mode (no app id): accepting the Agents Playground on this machine" : "Teams connected",
  );
  return { mode, sender: new TeamsSender(adapter, config.appId ?? "", app.store) };
}

/** Teams writes a mention as `<at>Name</at>`; the grammar reads mentions as `<@id|Name>`. */
export function withMentionTokens(activity: Partial<Activity>): string {
  let text = activity.text ?? "";
  for (const entity of activity.entities ?? []) {
    const mention = entity as unknown as Mention;
    if (entity.type !== "mention" || !mention.mentioned || mention.mentioned.id === activity.recipient?.id) continue;
    if (mention.text) text = text.replace(mention.text, `<@${mention.mentioned.id}|${mention.mentioned.name ?? ""}>`);
  }
  return text.replace(/&nbsp;/g, " ").trim();
}
