/**
 * The Teams adapter: messages in personal chat and @mentions in channels run the core grammar; replies are
 * Adaptive Cards; the status form is a card validated on submit; installs and first messages store a
 * conversation reference for later proactive messages. Mounted at `/api/messages` on the service's server.
 * This file registers the handlers; who is asking (teams-actor), remembering conversations
 * (teams-conversations), replies (teams-replies), the endpoint (teams-endpoint) and its guards (teams-guards)
 * live beside it.
 */
import { randomUUID } from "node:crypto";
// The module itself, not the package's index: that also loads the AI planners (openai, gpt-tokenizer), some 16 MB.
import { Application } from "@microsoft/teams-ai/lib/Application.js";
import { ActivityTypes, type ConversationReference, MemoryStorage, TurnContext } from "botbuilder";
import { BUTTON_INTENTS } from "../core/buttons/registry.js";
import type { ChatAdapterDeps, ChatRegions } from "../core/chat-adapter.js";
import type { MessageSender } from "../core/delivery/delivery-worker.js";
import { texts } from "../core/i18n/index.js";
import type { AcknowledgedCommand } from "../core/journal/acknowledged-commands.js";
import { notLinkedMessage } from "../core/regions/not-linked.js";
import { reply } from "../core/reply.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { typedFundingValues } from "./funding-card.js";
import { readStatusCard, STATUS_FORM_VERB, type StatusCardState, statusCard } from "./status-card.js";
import { clientLocale, TeamsActors, tenantOf } from "./teams-actor.js";
import { pressButton } from "./teams-buttons.js";
import type { TeamsConfig } from "./teams-config.js";
import { TeamsConversations } from "./teams-conversations.js";
import { type BotCredentials, mountTeamsEndpoint, TEAMS_MESSAGES_PATH, teamsAdapter } from "./teams-endpoint.js";
import { withMentionTokens } from "./teams-mentions.js";
import { teamsOutboxSender } from "./teams-outbox-sender.js";
import { replyCard, send, sendStatusForm } from "./teams-replies.js";
import { TeamsUserDirectory } from "./teams-users.js";

export { TEAMS_MESSAGES_PATH } from "./teams-endpoint.js";

export interface TeamsAdapterOptions {
  config: TeamsConfig;
  /** `local`: no app id, the Agents Playground on this machine only (see `teamsMode`). */
  mode: "local" | "authenticated";
  /** The regions served: each activity goes to its tenant's. */
  regions: ChatRegions;
  logger: Logger;
  http: HttpServer;
  /** The bot's Bot Connector tokens from here instead of its app credentials (tests: a fixed token). */
  credentials?: BotCredentials;
}

export interface TeamsBot {
  /** "local": no app id, Agents Playground on this machine only; "authenticated": Bot Framework tokens checked; "off": no endpoint. */
  mode: "local" | "authenticated" | "off";
  /** Sends a region's outbox messages (digests, reminders) proactively; absent when Teams is off. */
  senderFor?: (region: ChatAdapterDeps) => MessageSender;
  /** Answers the messages a stopped instance took but did not answer; returns how many. Absent when Teams is off. */
  resumeUnfinished?: () => Promise<number>;
}

/** What the journal keeps of a message: its command and where to answer it. */
interface TeamsMessageRequest {
  text: string;
  reference: Partial<ConversationReference>;
}

export function startTeams(options: TeamsAdapterOptions): TeamsBot {
  const { config, regions, logger, mode } = options;
  const { defaultLocale } = regions;
  const log = logger.child({ component: "teams" });
  const adapter = teamsAdapter(config, options.credentials);
  const users = new TeamsUserDirectory((error, userId) =>
    log.warn({ err: error, userId }, "roster look-up failed; only a token-vouched account identifies the user"),
  );
  const served = new WeakMap<ChatAdapterDeps, { actors: TeamsActors; conversations: TeamsConversations }>();
  /** Who is asking and where, in this region's agenda (its people, leaders and conversations). */
  const inRegion = (region: ChatAdapterDeps) => {
    let parts = served.get(region);
    if (!parts) {
      const conversations = new TeamsConversations(region.channels);
      parts = { conversations, actors: new TeamsActors(users, region.people, region.leaders, conversations, mode) };
      served.set(region, parts);
    }
    return parts;
  };
  const localeOf = (context: TurnContext) => clientLocale(mode, context) ?? defaultLocale;
  const notLinked = (context: TurnContext) => notLinkedMessage("teams", tenantOf(context), localeOf(context));
  const regionOf = async (context: TurnContext): Promise<ChatAdapterDeps | null> => {
    const region = await regions.forTenant("teams", tenantOf(context));
    if (!region) log.warn({ tenantId: tenantOf(context) }, "activity from a tenant of no region served here");
    return region;
  };
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error }, "teams turn failed");
    try {
      await context.sendActivity(texts(localeOf(context)).errors.internal);
    } catch (nested) {
      log.error({ err: nested }, "could not tell the user about the failure");
    }
  };
  const bot = new Application({ adapter, storage: new MemoryStorage(), removeRecipientMention: true, startTypingTimer: false });

  // Installation, and every load of the Agents Playground: remember the conversation and say hello.
  bot.conversationUpdate("membersAdded", async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((member) => member.id === context.activity.recipient.id)) return;
    const region = await regionOf(context);
    if (!region) {
      await send(context, notLinked(context));
      return;
    }
    const { core } = region;
    const actor = await inRegion(region).actors.actorFor(context);
    const { conversation, recipient } = context.activity;
    // In a channel the bot hears only messages that @mention it; the welcome card says so.
    const where =
      conversation.conversationType === "channel" ? { channel: true as const, botName: recipient.name || "Doe-agenda" } : { channel: false as const };
    const locale = await core.postingLocale(actor.conversation, actor.locale ?? defaultLocale);
    await send(context, core.welcome(actor, locale, where));
  });

  bot.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const region = await regionOf(context);
    if (region) await inRegion(region).conversations.remember(context, null);
  });

  /** Runs a message's command (or gives the answer kept when it ran before) in a turn of its conversation. */
  async function answerMessage(region: ChatAdapterDeps, context: TurnContext, text: string, command: AcknowledgedCommand): Promise<void> {
    if (command.answer) {
      await send(context, command.answer);
      return;
    }
    const { actors } = inRegion(region);
    const actor = await actors.actorFor(context);
    const reply = await region.core.run(text, actor, { resolveMention: actors.resolveMention(context) });
    await region.journal.ran(command, reply.message);
    if (reply.form && reply.form.actions.length > 0) {
      await sendStatusForm(context, reply.form, reply.locale);
      return;
    }
    await send(context, reply.message);
  }

  bot.activity(ActivityTypes.Message, async (context) => {
    const text = withMentionTokens(context.activity);
    if (!text.trim()) return;
    const region = await regionOf(context);
    if (!region) {
      await send(context, notLinked(context));
      return;
    }
    const activity = context.activity;
    // Stored before it runs, with the conversation reference to answer it proactively after a crash; a
    // redelivered activity (same conversation and id) stores nothing and is not run again.
    const key = `teams:${activity.conversation.id}:${activity.id || randomUUID()}`;
    const request: TeamsMessageRequest = { text, reference: TurnContext.getConversationReference(activity) };
    const command = await region.journal.record("teams", key, request as unknown as Record<string, unknown>);
    if (!command) {
      log.info({ activityId: activity.id }, "repeated Teams message ignored");
      return;
    }
    try {
      await answerMessage(region, context, text, command);
    } finally {
      await region.journal.finish(command);
    }
  });

  /** Answers, proactively in their conversation, the messages a stopped instance took but did not answer. */
  async function resumeUnfinished(): Promise<number> {
    let resumed = 0;
    for (const region of regions.all()) resumed += await resumeIn(region);
    return resumed;
  }

  function resumeIn(region: ChatAdapterDeps): Promise<number> {
    return region.journal.resume("teams", async (command) => {
      const { text, reference } = command.request as unknown as TeamsMessageRequest;
      try {
        await adapter.continueConversationAsync(config.appId ?? "", reference, async (context) => {
          // The continued turn's activity is made up: the answer replies to the user's own message instead.
          context.activity.id = reference.activityId as string;
          await answerMessage(region, context, text, command);
        });
      } catch (error) {
        log.error({ err: error, conversation: reference.conversation?.id }, "could not answer a resumed Teams message");
      } finally {
        await region.journal.finish(command);
      }
    });
  }

  // Every button of the core, one registration each.
  for (const intent of BUTTON_INTENTS) {
    bot.adaptiveCards.actionExecute<{ code?: unknown }>(intent, async (context, _state, data) => {
      const region = await regionOf(context);
      if (!region) return replyCard(reply(localeOf(context), notLinked(context))) as never;
      const { core } = region;
      const actor = await inRegion(region).actors.actorFor(context);
      const locale = actor.locale ?? defaultLocale;
      return (await pressButton({ intent, context, actor, locale, value: typeof data.code === "string" ? data.code : "", core })) as never;
    });
  }

  bot.adaptiveCards.actionExecute<Record<string, unknown>>(STATUS_FORM_VERB, async (context, _state, data) => {
    const region = await regionOf(context);
    if (!region) return replyCard(reply(localeOf(context), notLinked(context))) as never;
    const { core } = region;
    const actor = await inRegion(region).actors.actorFor(context);
    const locale = actor.locale ?? defaultLocale;
    const input = readStatusCard(data);
    const result = await core.submitStatusForm(input, actor, locale);
    if (result.ok) return replyCard(result.reply) as never;
    const code = typeof input.code === "string" ? input.code : undefined;
    // A card with goal fields was for that one action: it comes back the same, with the values typed.
    const forAction = code && Object.keys(input.goals ?? {}).length ? { code } : {};
    const form = await core.execute({ name: "status-form", ...forAction }, actor, locale);
    const values: NonNullable<StatusCardState["values"]> = { ...typedFundingValues(input), ...(input.goals ? { goals: input.goals } : {}) };
    if (code) values.code = code;
    if (typeof input.status === "string") values.status = input.status;
    if (typeof input.note === "string") values.note = input.note;
    return statusCard(form.form ?? { actions: [] }, locale, { values, errors: result.errors }) as never;
  });

  mountTeamsEndpoint({
    http: options.http,
    adapter,
    mode,
    tenantId: config.tenantId,
    log,
    unknownTenant: (context) => texts(localeOf(context)).errors.unknownTenant,
    run: (context) => bot.run(context).then(() => undefined),
  });
  log.info(
    { mode, path: TEAMS_MESSAGES_PATH, installForLeads: Boolean(config.graph) },
    mode === "local" ? "Teams in local mode (no app id): accepting the Agents Playground on this machine" : "Teams connected",
  );
  // With Graph set up, leads who never opened the bot are reached by e-mail address (installed for them).
  return { mode, senderFor: (region) => teamsOutboxSender(adapter, config, mode, region), resumeUnfinished };
}
