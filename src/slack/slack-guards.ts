/**
 * What every Slack request passes through: a replayed request is ignored, an event Slack retries is handled once;
 * a failure gets an apology.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import type { Message } from "../core/messages/model.js";
import type { InboundEventLog } from "../core/ports.js";
import type { Logger } from "../logging.js";
import type { Where } from "./slack-actor.js";
import type { SignedRequestContext } from "./slack-endpoint.js";
import type { SlackReplies } from "./slack-replies.js";

/** Slack retries an event it thinks we missed (X-Slack-Retry-Num); each event_id is handled once. */
export function oncePerEvent(events: InboundEventLog, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await events.firstSeen("slack", eventId))) {
      log.info({ eventId }, "repeated Slack event ignored");
      return;
    }
    await next();
  };
}

/**
 * Slack never retries a slash command or an interaction, and retries an event as a new request with its own
 * timestamp and signature: a request whose signature was seen before is a replay (someone resending a captured
 * request within its five-minute window). It is acknowledged and nothing else happens. The signature is recorded
 * in the database, so this holds across instances. Socket Mode requests carry no signature (they come over the
 * app's own authenticated connection) and pass.
 */
export function oncePerSignature(events: InboundEventLog, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { slackSignature } = args.context as SignedRequestContext;
    // A slash command's signature is the key of its journal entry, stored in the same one insert before its
    // acknowledgement (slack-app.ts): a replayed command is caught there.
    const isCommand = typeof (args.body as { command?: unknown }).command === "string";
    if (slackSignature && !isCommand && !(await events.firstSeen("slack", `signature:${slackSignature}`))) {
      log.warn({ userId: args.context.userId }, "replayed Slack request ignored");
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  };
}

export type Guarded = (where: Where, responseUrl: string | undefined, locale: Locale, work: () => Promise<void>) => Promise<void>;

/** The user never sees a stack trace: failures are logged and answered with a short apology. */
export function apologising(replies: SlackReplies, log: Logger): Guarded {
  return async (where, responseUrl, locale, work) => {
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
        await replies.answer(where, responseUrl, apology);
      } catch (nested) {
        log.error({ err: nested }, "could not tell the user about the failure");
      }
    }
  };
}
