/**
 * The Teams adapter: messages in personal chat and @mentions in channels run the core grammar; replies are
 * Adaptive Cards; the status form is a card validated on submit; installs and first messages store a
 * conversation reference for later proactive messages. Mounted at `/api/messages` on the service's server.
 */
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
import type { Actor, Conversation } from "../core/actor.js";
import type { MentionResolver } from "../core/agenda-core.js";
import { BUTTON_INTENTS } from "../core/buttons/registry.js";
import type { ChatAdapterDeps } from "../core/chat-adapter.js";
import type { MessageSender } from "../core/delivery/delivery-worker.js";
import type { Locale } from "../core/domain/locale.js";
import { toLocale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { identify } from "../core/identify.js";
import type { Message } from "../core/messages/model.js";
import type { Reply } from "../core/reply.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { type AdaptiveCard, renderCards } from "./adaptive-card.js";
import { BodyTooLargeError, botRequest, botResponse, readJsonBody } from "./node-http-bridge.js";
import { readStatusCard, STATUS_FORM_VERB, statusCard } from "./status-card.js";
import type { TeamsConfig } from "./teams-config.js";
import { TeamsSender } from "./teams-sender.js";
import { TeamsUserDirectory } from "./teams-users.js";

export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAdapterOptions {
  config: TeamsConfig;
  app: ChatAdapterDeps;
  logger: Logger;
  http: HttpServer;
}

export interface TeamsBot {
  /** "local": no app id, Agents Playground on this machine only; "authenticated": Bot Framework tokens checked. */
  mode: "local" | "authenticated";
  /** Sends outbox messages (digests, reminders) proactively. */
  sender: MessageSender;
}

function isLoopback(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, "").replace(/^::ffff:/, "");
  return bare === "localhost" || bare === "::1" || (isIP(bare) === 4 && bare.startsWith("127."));
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
  const adapter = new TeamsAdapter(authConfig, new ConfigurationServiceClientCredentialFactory(authConfig));
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error }, "teams turn failed");
    try {
      await context.sendActivity(texts(clientLocale(context) ?? app.defaultLocale).errors.internal);
    } catch (nested) {
      log.error({ err: nested }, "could not tell the user about the failure");
    }
  };
  const bot = new Application({ adapter, storage: new MemoryStorage(), removeRecipientMention: true, startTypingTimer: false });
  const users = new TeamsUserDirectory((error, userId) => log.warn({ err: error, userId }, "roster look-up failed; treating the user as a reader"));
  const core = app.core;
  const mode: TeamsBot["mode"] = config.appId ? "authenticated" : "local";
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
    const actor = await identify(app.people, app.leaders, {
      email: facts.email,
      ...(facts.displayName ? { displayName: facts.displayName } : {}),
      identity: { platform: "teams", tenantId, externalId: from.aadObjectId ?? facts.aadObjectId ?? from.id },
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
    await app.channels.rememberConversation({
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
    await send(context, core.help(actor, actor.locale ?? app.defaultLocale));
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

  // Every button of the core, one registration each.
  for (const intent of BUTTON_INTENTS) {
    bot.adaptiveCards.actionExecute<{ code?: unknown }>(intent, async (context, _state, data) => {
      const actor = await actorFor(context);
      const locale = actor.locale ?? app.defaultLocale;
      const { reply, answers } = await core.press(intent, typeof data.code === "string" ? data.code : "", actor, locale);
      if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(reply.form, locale))));
        return reply.message.summary;
      }
      return answers === "in-place" ? (replyCard(reply) as never) : answerBeside(context, reply);
    });
  }

  bot.adaptiveCards.actionExecute<Record<string, unknown>>(STATUS_FORM_VERB, async (context, _state, data) => {
    const actor = await actorFor(context);
    const locale = actor.locale ?? app.defaultLocale;
    const input = readStatusCard(data);
    const result = await core.submitStatusForm(input, actor, locale);
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
    if (!body || typeof body !== "object") {
      response.writeHead(400).end();
      return;
    }
    const activity = body as Partial<Activity>;
    if (mode === "local") {
      // Without an app id nothing is authenticated: accept only the Playground on this machine.
      let serviceHost: string | undefined;
      try {
        serviceHost = new URL(activity.serviceUrl ?? "").hostname;
      } catch {
        serviceHost = undefined;
      }
      if (!isLoopback(request.socket.remoteAddress) || !isLoopback(serviceHost)) {
        log.warn(
          { remote: request.socket.remoteAddress, serviceUrl: activity.serviceUrl },
          "refused an unauthenticated Teams request from outside this machine",
        );
        response.writeHead(401).end();
        return;
      }
    }
    await adapter.process(botRequest(request, body as Record<string, unknown>), botResponse(response), async (context) => {
      const tenant = context.activity.conversation?.tenantId;
      if (config.tenantId && tenant !== config.tenantId) {
        log.warn({ tenant }, "message from a tenant this bot does not serve");
        if (context.activity.type === ActivityTypes.Message) {
          await context.sendActivity(texts(clientLocale(context) ?? app.defaultLocale).errors.unknownTenant);
        }
        return;
      }
      await bot.run(context);
    });
  });
  log.info(
    { mode, path: TEAMS_MESSAGES_PATH },
    mode === "local" ? "Teams in local mode (no app id): accepting the Agents Playground on this machine" : "Teams connected",
  );
  return { mode, sender: new TeamsSender(adapter, config.appId ?? "", app.channels) };
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
