/**
 * The Slack adapter: `/actie`, buttons, the status modal and App Home, on the service's HTTP server at
 * `/slack/events` (or over Socket Mode). It registers the handlers; who is asking (slack-actor), how answers go
 * out (slack-replies), the endpoint (slack-endpoint) and its guards (slack-guards) live beside it. Every domain
 * decision stays in the core.
 */
import { randomUUID } from "node:crypto";
import type { BlockButtonAction, App as BoltApp } from "@slack/bolt";
import type { RetryOptions } from "@slack/web-api";
import type { Actor } from "../core/actor.js";
import { BUTTON_INTENTS } from "../core/buttons/registry.js";
import type { ChatAdapterDeps, ChatRegions } from "../core/chat-adapter.js";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import type { AcknowledgedCommand } from "../core/journal/acknowledged-commands.js";
import type { Message } from "../core/messages/model.js";
import { notLinkedMessage } from "../core/regions/not-linked.js";
import type { StatusFormResult } from "../core/status-form.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { WorkQueue } from "../server/work-queue.js";
import type { ChartImages } from "./block-kit.js";
import { DEFAULT_RETRY, type RetryPolicy } from "./response-url.js";
import { localeOf, SlackActors, type Where, whereOfPress } from "./slack-actor.js";
import { pressButton } from "./slack-buttons.js";
import { SlackChannelAccess } from "./slack-channel-access.js";
import type { SlackClients } from "./slack-clients.js";
import type { SlackConfig } from "./slack-config.js";
import { type SignedRequestContext, SLACK_EVENTS_PATH, slackEndpoint } from "./slack-endpoint.js";
import { apologising, oncePerEvent, oncePerSignature } from "./slack-guards.js";
import { SlackReplies } from "./slack-replies.js";
import { listenForUninstall } from "./slack-uninstall.js";
import { SlackUserDirectory } from "./slack-users.js";
import type { SlackWorkspaces } from "./slack-workspaces.js";
import { FIELD_BLOCKS, modalErrors, readModalContext, readStatusModal, STATUS_MODAL_ID } from "./status-modal.js";

export { SLACK_EVENTS_PATH } from "./slack-endpoint.js";

export interface SlackAdapterOptions {
  config: SlackConfig;
  /** The regions served: each request goes to its workspace's. */
  regions: ChatRegions;
  /** Which bot token speaks for which workspace (one token, or each workspace's installation). */
  workspaces: SlackWorkspaces;
  logger: Logger;
  http: HttpServer;
  /** Retries of replies through response_url. */
  responseRetry?: RetryPolicy;
  /** Retries of Web API calls (WebClient honours Retry-After on 429 itself). */
  webApiRetry?: RetryOptions;
  /** How many acknowledged requests are worked on at once (default 1; the service takes 8 on PostgreSQL). */
  workConcurrency?: number;
  /** Where charts are served as images (with PUBLIC_URL); without it charts go as their text bar. */
  chartImages?: ChartImages;
}

export interface SlackAdapter {
  bolt: BoltApp;
  /** The Web API client of each workspace. */
  clients: SlackClients;
  mode: "http" | "socket";
  /** Queues the commands a stopped instance acknowledged but did not answer; returns how many. */
  resumeUnfinished(): Promise<number>;
  stop(): Promise<void>;
}

/** What the journal keeps of a slash command: enough to run it and answer it after a restart. */
interface SlackCommandRequest {
  text: string;
  teamId: string;
  userId: string;
  channelId: string;
  responseUrl: string;
  triggerId: string;
}

/** Slack accepts answers through a command's response_url for 30 minutes. */
export const RESPONSE_URL_LIFE_MS = 30 * 60_000;

export async function startSlack(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { regions, logger } = options;
  const { defaultLocale } = regions;
  const log = logger.child({ component: "slack" });
  const endpoint = await slackEndpoint(
    options.config,
    logger,
    options.http,
    options.webApiRetry ?? { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 30_000 },
    options.workspaces,
  );
  const { bolt, clients } = endpoint;
  const users = new SlackUserDirectory(clients, (error, userId) =>
    log.warn({ err: error, userId }, "users.info failed; identifying the user by the stored link to their Slack account"),
  );
  const actorsOf = new WeakMap<ChatAdapterDeps, SlackActors>();
  /** Who is asking, in this region's agenda (its people, its leaders). */
  const actorsIn = (region: ChatAdapterDeps): SlackActors => {
    let actors = actorsOf.get(region);
    if (!actors) {
      actors = new SlackActors(users, region.people, region.leaders);
      actorsOf.set(region, actors);
    }
    return actors;
  };
  const notLinked = (teamId: string, locale: Locale): Message => notLinkedMessage("slack", teamId, locale);
  const channelAccess = new SlackChannelAccess(clients, (error, channelId) =>
    log.warn({ err: error, channelId }, "conversations.info failed; linking the channel without knowing whether the bot is in it"),
  );
  const replies = new SlackReplies(clients, options.responseRetry ?? DEFAULT_RETRY, options.chartImages);
  const guarded = apologising(replies, log);
  const work = new WorkQueue(options.workConcurrency ?? 1, (error) => log.error({ err: error }, "slack work failed"));

  async function publishHome(region: ChatAdapterDeps, where: Where, actor?: Actor): Promise<void> {
    const who = actor ?? (await actorsIn(region).actorFor({ teamId: where.teamId, userId: where.userId }));
    const locale = localeOf(who, defaultLocale);
    await replies.publishHome(where, await region.core.home(who, locale), locale);
  }

  bolt.use(oncePerSignature(regions.events, log));
  bolt.use(oncePerEvent(regions.events, log));

  /** Runs an acknowledged command and answers it through its response_url; then it is finished in the journal. */
  async function runCommand(region: ChatAdapterDeps, command: AcknowledgedCommand): Promise<void> {
    const { core, journal } = region;
    const actors = actorsIn(region);
    const request = command.request as unknown as SlackCommandRequest;
    const where: Where = { teamId: request.teamId, userId: request.userId, channelId: request.channelId };
    try {
      if (journal.ageMs(command) > RESPONSE_URL_LIFE_MS) {
        log.warn({ userId: request.userId, receivedAt: command.receivedAt.toISOString() }, "acknowledged command dropped: its response_url expired");
        return;
      }
      await guarded(where, request.responseUrl, defaultLocale, async () => {
        let message = command.answer;
        if (!message) {
          const actor = await actors.actorFor(where);
          const reply = await core.run(request.text, actor, { resolveMention: actors.resolveMention(request.teamId), channelAccess });
          await journal.ran(command, reply.message);
          // A trigger_id lives three seconds: a resumed command answers with the form's fallback message instead.
          if (reply.form && reply.form.actions.length > 0 && !command.resumed) {
            await replies.openForm(request.teamId, request.triggerId, reply, { locale: reply.locale, channelId: request.channelId });
            return;
          }
          message = reply.message;
        }
        await replies.respond(request.responseUrl, message);
      });
    } finally {
      await journal.finish(command);
    }
  }

  bolt.command("/actie", async ({ command, ack, context }) => {
    const region = await regions.forTenant("slack", command.team_id);
    if (!region) {
      log.warn({ teamId: command.team_id }, "slash command from a workspace of no region served here");
      await ack({ response_type: "ephemeral", text: notLinked(command.team_id, defaultLocale).summary });
      return;
    }
    const request: SlackCommandRequest = {
      text: command.text,
      teamId: command.team_id,
      userId: command.user_id,
      channelId: command.channel_id,
      responseUrl: command.response_url,
      triggerId: command.trigger_id,
    };
    // The one insert before the acknowledgement: stored, the command survives a crash. Its key, the request's
    // signature (Socket Mode: its trigger_id), stores nothing for a replay.
    const { slackSignature } = context as SignedRequestContext;
    const key = slackSignature ? `slack:signature:${slackSignature}` : `slack:trigger:${command.trigger_id || randomUUID()}`;
    const recorded = await region.journal.record("slack", key, request as unknown as Record<string, unknown>);
    await ack();
    if (!recorded) {
      log.warn({ userId: command.user_id }, "replayed Slack command ignored");
      return;
    }
    work.push(() => runCommand(region, recorded));
  });

  // Every button of the core, one registration each.
  for (const intent of BUTTON_INTENTS) {
    bolt.action<BlockButtonAction>(intent, async ({ body, action, ack }) => {
      await ack();
      const where = whereOfPress(body);
      const responseUrl = "response_url" in body ? (body.response_url as string | undefined) : undefined;
      await guarded(where, responseUrl, defaultLocale, async () => {
        const region = await regions.forTenant("slack", where.teamId);
        if (!region) return replies.answer(where, responseUrl, notLinked(where.teamId, defaultLocale));
        const { core } = region;
        const actor = await actorsIn(region).actorFor(where);
        const press = {
          intent,
          where,
          actor,
          locale: localeOf(actor, defaultLocale),
          value: action.value ?? "",
          triggerId: body.trigger_id,
          answer: (message: Message) => replies.answer(where, responseUrl, message),
          replace: (message: Message) => replies.replace(where, responseUrl, message),
        };
        await pressButton(press, { core, replies, publishHome: (at, who) => publishHome(region, at, who) });
      });
    });
  }

  bolt.view(STATUS_MODAL_ID, async ({ ack, body, view }) => {
    const where: Where = { teamId: body.team?.id ?? body.user.team_id ?? "", userId: body.user.id };
    const context = readModalContext(view.private_metadata, defaultLocale);
    if (context.channelId) where.channelId = context.channelId;
    const region = await regions.forTenant("slack", where.teamId);
    if (!region) {
      await ack({ response_action: "errors", errors: { [FIELD_BLOCKS.code]: notLinked(where.teamId, context.locale).summary } });
      return;
    }
    let actor: Actor;
    let result: StatusFormResult;
    try {
      actor = await actorsIn(region).actorFor({ teamId: where.teamId, userId: where.userId });
      result = await region.core.submitStatusForm(readStatusModal(view.state.values), actor, context.locale);
    } catch (error) {
      log.error({ err: error }, "status form submission failed");
      await ack({ response_action: "errors", errors: { [FIELD_BLOCKS.code]: texts(context.locale).errors.internal } });
      return;
    }
    if (!result.ok) {
      await ack({ response_action: "errors", errors: modalErrors(result.errors) });
      return;
    }
    await ack();
    const reply = result.reply;
    await guarded(where, undefined, context.locale, async () => {
      await replies.tell(where, reply.message);
      if (context.fromHome) await publishHome(region, where, actor);
    });
  });

  bolt.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    const teamId = (body as { team_id?: string }).team_id ?? "";
    try {
      const region = await regions.forTenant("slack", teamId);
      if (!region) {
        log.warn({ teamId }, "App Home opened in a workspace of no region served here");
        return;
      }
      await publishHome(region, { teamId, userId: event.user });
    } catch (error) {
      log.error({ err: error, userId: event.user }, "could not publish App Home");
    }
  });

  listenForUninstall(bolt, options.workspaces, logger);

  bolt.error(async (error) => {
    log.error({ err: error }, "bolt error");
  });

  await endpoint.start();
  log.info({ mode: endpoint.mode, path: endpoint.mode === "http" ? SLACK_EVENTS_PATH : undefined }, "Slack connected");
  return {
    bolt,
    clients,
    mode: endpoint.mode,
    resumeUnfinished: async () => {
      let resumed = 0;
      for (const region of regions.all()) resumed += await region.journal.resume("slack", (command) => work.push(() => runCommand(region, command)));
      return resumed;
    },
    async stop() {
      await endpoint.stop();
      await work.idle();
    },
  };
}
