/**
 * The Slack adapter: `/actie`, buttons, the status modal and App Home, on the service's HTTP server at
 * `/slack/events` (or over Socket Mode). It translates Slack payloads to core calls and core messages to
 * Block Kit; every domain decision stays in the core.
 */
import { type BlockButtonAction, App as BoltApp, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { RetryOptions, WebClient } from "@slack/web-api";
import type { App } from "../app.js";
import type { Actor, Conversation } from "../core/actor.js";
import type { MentionResolver } from "../core/agenda-core.js";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { identify } from "../core/identify.js";
import type { Message } from "../core/messages/model.js";
import type { InboundEventLog } from "../core/ports.js";
import type { Reply } from "../core/reply.js";
import { submitStatusForm } from "../core/status-form.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { WorkQueue } from "../server/work-queue.js";
import { fitView, paginate, renderBlocks, VIEW_BLOCK_LIMIT } from "./block-kit.js";
import { boltLogger } from "./bolt-logger.js";
import { DEFAULT_RETRY, postToResponseUrl, type RetryPolicy } from "./response-url.js";
import type { SlackConfig } from "./slack-config.js";
import { SlackUserDirectory } from "./slack-users.js";
import { FIELD_BLOCKS, type ModalContext, readModalContext, readStatusModal, STATUS_MODAL_ID, statusModal } from "./status-modal.js";

export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackAdapterOptions {
  config: SlackConfig;
  app: App;
  events: InboundEventLog;
  logger: Logger;
  http: HttpServer;
  /** Retries of replies through response_url. */
  responseRetry?: RetryPolicy;
  /** Retries of Web API calls (WebClient honours Retry-After on 429 itself). */
  webApiRetry?: RetryOptions;
  /** How many acknowledged requests are worked on at once (default: 1 on PGlite, 8 on PostgreSQL). */
  workConcurrency?: number;
}

export interface SlackAdapter {
  bolt: BoltApp;
  client: WebClient;
  mode: "http" | "socket";
  stop(): Promise<void>;
}

interface Where {
  teamId: string;
  userId: string;
  channelId?: string;
}

export async function startSlack(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { config, app, logger } = options;
  const log = logger.child({ component: "slack" });
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: options.webApiRetry ?? { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 30_000 },
  };
  const socketMode = !!config.appToken;
  const httpReceiver =
    socketMode || !config.signingSecret
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

  const client = bolt.client;
  const users = new SlackUserDirectory(client, (error, userId) =>
    log.warn({ err: error, userId }, "users.info failed; identifying the user by the stored link to their Slack account"),
  );
  const responseRetry = options.responseRetry ?? DEFAULT_RETRY;
  const work = new WorkQueue(options.workConcurrency ?? (app.database.kind === "pglite" ? 1 : 8), (error) =>
    log.error({ err: error }, "slack work failed"),
  );
  const core = app.core;

  async function actorFor(where: Where): Promise<Actor> {
    const facts = await users.lookup(where.userId, where.teamId);
    const conversation: Conversation | undefined = where.channelId
      ? { platform: "slack", tenantId: where.teamId, channelId: where.channelId, isChannel: !where.channelId.startsWith("D") }
      : undefined;
    return identify(app.store, app.leaders, {
      email: facts.email,
      ...(facts.displayName ? { displayName: facts.displayName } : {}),
      identity: { platform: "slack", tenantId: where.teamId, externalId: where.userId },
      ...(facts.locale ? { locale: facts.locale } : {}),
      channel: "slack",
      ...(conversation ? { conversation } : {}),
    });
  }

  const resolveMention =
    (teamId: string): MentionResolver =>
    async (id) => {
      const facts = await users.lookup(id, teamId);
      if (!facts.email) return null;
      return {
        email: facts.email,
        ...(facts.displayName ? { displayName: facts.displayName } : {}),
        identity: { platform: "slack", tenantId: facts.teamId, externalId: id },
      };
    };

  async function respond(responseUrl: string, message: Message): Promise<void> {
    for (const blocks of paginate(renderBlocks(message))) {
      await postToResponseUrl(
        responseUrl,
        { text: message.summary, blocks, response_type: message.visibility === "public" ? "in_channel" : "ephemeral", replace_original: false },
        responseRetry,
      );
    }
  }

  /** Tells a user something outside a slash command: ephemeral in the channel they were in, else in the app's DM. */
  async function tell(where: Where, message: Message): Promise<void> {
    for (const blocks of paginate(renderBlocks(message))) {
      if (where.channelId) await client.chat.postEphemeral({ channel: where.channelId, user: where.userId, text: message.summary, blocks });
      else await client.chat.postMessage({ channel: where.userId, text: message.summary, blocks });
    }
  }

  async function publishHome(where: Where, actor?: Actor): Promise<void> {
    const who = actor ?? (await actorFor({ teamId: where.teamId, userId: where.userId }));
    const locale = localeOf(who, app.config.defaultLocale);
    const home = await core.home(who, locale);
    const blocks: KnownBlock[] = fitView(
      renderBlocks(home),
      (hidden) => texts(locale).list.more(VIEW_BLOCK_LIMIT - 1, VIEW_BLOCK_LIMIT - 1 + hidden),
      VIEW_BLOCK_LIMIT,
    );
    await client.views.publish({ user_id: where.userId, view: { type: "home", blocks } });
  }

  async function openForm(triggerId: string, reply: Reply, context: ModalContext): Promise<void> {
    if (!reply.form) return;
    await client.views.open({ trigger_id: triggerId, view: statusModal(reply.form, context) });
  }

  /** The user never sees a stack trace: failures are logged and answered with a short apology. */
  async function guarded(where: Where, responseUrl: string | undefined, locale: Locale, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log.error({ err: error, userId: where.userId }, "slack request failed");
      const t = texts(locale);
      const apology: Message = {
        summary: t.errors.internal,
        blocks: [{ type: "text", text: t.errors.internal }],
        tone: "error",
        visibility: "private",
      };
      try {
        if (responseUrl) await respond(responseUrl, apology);
        else await tell(where, apology);
      } catch (nested) {
        log.error({ err: nested }, "could not tell the user about the failure");
      }
    }
  }

  // Slack retries an event it thinks we missed (X-Slack-Retry-Num); each event_id is handled once.
  bolt.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await options.events.firstSeen("slack", eventId))) {
      log.info({ eventId }, "repeated Slack event ignored");
      return;
    }
    await next();
  });

  bolt.command("/actie", async ({ command, ack }) => {
    await ack();
    const where: Where = { teamId: command.team_id, userId: command.user_id, channelId: command.channel_id };
    work.push(() =>
      guarded(where, command.response_url, app.config.defaultLocale, async () => {
        const actor = await actorFor(where);
        const reply = await core.run(command.text, actor, { resolveMention: resolveMention(command.team_id) });
        if (reply.form && reply.form.actions.length > 0) {
          await openForm(command.trigger_id, reply, { locale: reply.locale, channelId: command.channel_id });
          return;
        }
        await respond(command.response_url, reply.message);
      }),
    );
  });

  /** What a button press needs: who pressed it, where, and how to answer (response_url in a message, a DM from App Home). */
  interface Press {
    where: Where;
    actor: Actor;
    locale: Locale;
    code: string;
    answer: (message: Message) => Promise<void>;
  }

  function onButton(intent: string, handle: (press: Press, body: BlockButtonAction) => Promise<void>): void {
    bolt.action<BlockButtonAction>(intent, async ({ body, action, ack }) => {
      await ack();
      const where = whereOf(body);
      const responseUrl = "response_url" in body ? (body.response_url as string | undefined) : undefined;
      await guarded(where, responseUrl, app.config.defaultLocale, async () => {
        const actor = await actorFor(where);
        const answer = (message: Message) => (responseUrl ? respond(responseUrl, message) : tell(where, message));
        await handle({ where, actor, locale: localeOf(actor, app.config.defaultLocale), code: action.value ?? "", answer }, body);
      });
    });
  }

  onButton("action.update", async ({ where, actor, locale, code, answer }, body) => {
    const reply = await core.execute({ name: "status-form", code }, actor, locale);
    if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
      await openForm(body.trigger_id, reply, { locale, ...(where.channelId ? { channelId: where.channelId } : { fromHome: true }) });
      return;
    }
    await answer(reply.message);
  });

  onButton("action.confirm", async ({ where, actor, locale, code, answer }) => {
    const reply = await core.confirmStatus(code, actor, locale);
    await answer(reply.message);
    if (!where.channelId && reply.changed) await publishHome(where, actor);
  });

  onButton("action.not-mine", async ({ actor, locale, code, answer }) => {
    await answer((await core.notMine(code, actor, locale)).message);
  });

  onButton("round.start", async ({ actor, locale, code, answer }) => {
    await answer((await core.startRoundFromButton(code, actor, locale)).message);
  });

  bolt.view(STATUS_MODAL_ID, async ({ ack, body, view }) => {
    const where: Where = { teamId: body.team?.id ?? body.user.team_id ?? "", userId: body.user.id };
    const context = readModalContext(view.private_metadata, app.config.defaultLocale);
    if (context.channelId) where.channelId = context.channelId;
    let actor: Actor;
    let result: Awaited<ReturnType<typeof submitStatusForm>>;
    try {
      actor = await actorFor({ teamId: where.teamId, userId: where.userId });
      result = await submitStatusForm(core, readStatusModal(view.state.values), actor, context.locale);
    } catch (error) {
      log.error({ err: error }, "status form submission failed");
      await ack({ response_action: "errors", errors: { [FIELD_BLOCKS.code]: texts(context.locale).errors.internal } });
      return;
    }
    if (!result.ok) {
      const errors: Record<string, string> = {};
      for (const [field, text] of Object.entries(result.errors)) errors[FIELD_BLOCKS[field as keyof typeof FIELD_BLOCKS]] = text;
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
    const reply = result.reply;
    await guarded(where, undefined, context.locale, async () => {
      await tell(where, reply.message);
      if (context.fromHome) await publishHome(where, actor);
    });
  });

  bolt.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    const where: Where = { teamId: (body as { team_id?: string }).team_id ?? "", userId: event.user };
    try {
      await publishHome(where);
    } catch (error) {
      log.error({ err: error, userId: event.user }, "could not publish App Home");
    }
  });

  bolt.error(async (error) => {
    log.error({ err: error }, "bolt error");
  });

  if (httpReceiver) {
    options.http.route("POST", SLACK_EVENTS_PATH, httpReceiver.requestListener);
  } else {
    await bolt.start();
  }
  log.info({ mode: socketMode ? "socket" : "http", path: socketMode ? undefined : SLACK_EVENTS_PATH }, "Slack connected");
  return {
    bolt,
    client,
    mode: socketMode ? "socket" : "http",
    async stop() {
      if (!httpReceiver) await bolt.stop();
      await work.idle();
    },
  };
}

function whereOf(body: BlockButtonAction): Where {
  const where: Where = { teamId: body.team?.id ?? body.user.team_id ?? "", userId: body.user.id };
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (channelId) where.channelId = channelId;
  return where;
}

function localeOf(actor: Actor, fallback: Locale): Locale {
  return actor.locale ?? fallback;
}
