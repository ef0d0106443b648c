/**
 * Sends outbox messages to Slack with chat.postMessage. Its WebClient does not retry by itself: the outbox
 * decides, so a 429's Retry-After also paces the following messages to that channel. The token is one
 * (SLACK_BOT_TOKEN) or asked for at each send (the installation of the region's workspace, in OAuth mode); without
 * one (the workspace has not installed the app, or removed it) a send is reported as `not_installed`.
 */
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebClient, type WebClientOptions } from "@slack/web-api";
import type { MessageSender, SendResult } from "../core/delivery/delivery-worker.js";
import { emailOfTarget } from "../core/delivery/email-target.js";
import type { Message } from "../core/messages/model.js";
import { type ChartImages, paginate, renderBlocks } from "./block-kit.js";

/** Slack errors that will not go away by trying again. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "invalid_auth",
  "account_inactive",
  "user_not_found",
  "users_not_found",
  "invalid_blocks",
  "msg_too_long",
]);

/** users.lookupByEmail found nobody with the address in the workspace. */
class NobodyWithAddress extends Error {
  constructor(email: string) {
    super(`users_not_found: nobody in the workspace has the address ${email}`);
    this.name = "NobodyWithAddress";
  }
}

/** A Slack user found by e-mail address, to link to the person so later messages go to the user directly. */
export type SlackUserFound = (email: string, user: { id: string; teamId: string }) => Promise<void>;

/** The bot token to send with: fixed, or looked up at each send (null: no workspace has installed the app yet). */
export type BotTokenSource = string | (() => Promise<string | null>);

export class SlackSender implements MessageSender {
  private readonly clients = new Map<string, WebClient>();
  private readonly options: WebClientOptions;
  /** E-mail address → Slack user id, for `email:` targets already looked up. */
  private readonly users = new Map<string, string>();
  /** Pages already posted of a long message whose later page failed, per outbox message: a retry goes on from there. */
  private readonly pagesSent = new Map<string, number>();

  constructor(
    private readonly token: BotTokenSource,
    apiUrl?: string,
    private readonly onUserFound?: SlackUserFound,
    /** Where charts are served as images (with PUBLIC_URL). */
    private readonly images?: ChartImages,
  ) {
    this.options = { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), rejectRateLimitedCalls: true, retryConfig: { retries: 0 } };
  }

  /** The client of the current token; null when there is none. */
  private async client(): Promise<WebClient | null> {
    const token = typeof this.token === "string" ? this.token : await this.token();
    if (!token) return null;
    let client = this.clients.get(token);
    if (!client) {
      client = new WebClient(token, this.options);
      this.clients.set(token, client);
    }
    return client;
  }

  /** The channel to post to: the target itself, or for `email:` targets the user with that address (users.lookupByEmail). */
  private async channelOf(client: WebClient, target: string): Promise<string> {
    const email = emailOfTarget(target);
    if (email === null) return target;
    const known = this.users.get(email);
    if (known) return known;
    const found = await client.users.lookupByEmail({ email }).catch((error: unknown) => {
      if (error instanceof WebAPIPlatformError && error.data.error === "users_not_found") throw new NobodyWithAddress(email);
      throw error;
    });
    const id = found.user?.id;
    if (!id) throw new NobodyWithAddress(email);
    this.users.set(email, id);
    await this.onUserFound?.(email, { id, teamId: found.user?.team_id ?? "" });
    return id;
  }

  async send(target: string, message: Message, deliveryKey?: string): Promise<SendResult> {
    try {
      const client = await this.client();
      // Not permanent: the message goes once the region's workspace installs the app (again, /slack/install).
      if (!client) return { ok: false, error: "not_installed", notInstalled: true };
      const channel = await this.channelOf(client, target);
      const pages = paginate(renderBlocks(message, this.images));
      for (let page = deliveryKey ? (this.pagesSent.get(deliveryKey) ?? 0) : 0; page < pages.length; page++) {
        await client.chat.postMessage({ channel, text: message.summary, blocks: pages[page] });
        if (deliveryKey && page + 1 < pages.length) this.pagesSent.set(deliveryKey, page + 1);
      }
      if (deliveryKey) this.pagesSent.delete(deliveryKey);
      return { ok: true };
    } catch (error) {
      // Nobody in the workspace has the lead's address: for good, so the message may go by e-mail instead (with SMTP_URL).
      if (error instanceof NobodyWithAddress) return { ok: false, error: error.message, permanent: true, unreachable: "not-found" };
      if (error instanceof WebAPIRateLimitedError)
        return { ok: false, error: "ratelimited", retryAfterMs: error.retryAfter * 1000, rateLimited: true };
      if (error instanceof WebAPIPlatformError) {
        const code = error.data.error;
        // The workspace removed the app (or revoked its token) and the installation is not deleted yet: as above.
        if (code === "token_revoked") return { ok: false, error: code, notInstalled: true };
        return { ok: false, error: code, permanent: PERMANENT.has(code), ...(code === "not_in_channel" ? { notInChannel: true } : {}) };
      }
      if (error instanceof WebAPIHTTPError) {
        if (error.statusCode === 429) return { ok: false, error: "HTTP 429", rateLimited: true };
        return { ok: false, error: `HTTP ${error.statusCode}`, permanent: error.statusCode < 500 };
      }
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
