/**
 * Sends outbox messages to Slack with chat.postMessage. Its WebClient does not retry by itself: the outbox
 * decides, so a 429's Retry-After also paces the following messages to that channel.
 */
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebClient } from "@slack/web-api";
import type { MessageSender, SendResult } from "../core/delivery/delivery-worker.js";
import type { Message } from "../core/messages/model.js";
import { paginate, renderBlocks } from "./block-kit.js";

/** Slack errors that will not go away by trying again. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "invalid_auth",
  "account_inactive",
  "user_not_found",
  "invalid_blocks",
  "msg_too_long",
]);

export class SlackSender implements MessageSender {
  private readonly client: WebClient;

  constructor(token: string, apiUrl?: string) {
    this.client = new WebClient(token, { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  }

  async send(target: string, message: Message): Promise<SendResult> {
    try {
      for (const blocks of paginate(renderBlocks(message))) await this.client.chat.postMessage({ channel: target, text: message.summary, blocks });
      return { ok: true };
    } catch (error) {
      if (error instanceof WebAPIRateLimitedError) return { ok: false, error: "ratelimited", retryAfterMs: error.retryAfter * 1000 };
      if (error instanceof WebAPIPlatformError) return { ok: false, error: error.data.error, permanent: PERMANENT.has(error.data.error) };
      if (error instanceof WebAPIHTTPError)
        return { ok: false, error: `HTTP ${error.statusCode}`, permanent: error.statusCode < 500 && error.statusCode !== 429 };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
