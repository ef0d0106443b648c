/**
 * How the Slack adapter answers: through a command's or button's `response_url` (retried on 429 and 5xx),
 * ephemerally in the channel the user was in, or in the app's DM; App Home views and the status modal.
 */
import type { KnownBlock } from "@slack/types";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import type { Message } from "../core/messages/model.js";
import type { Reply } from "../core/reply.js";
import { type ChartImages, fitView, paginate, renderBlocks, VIEW_BLOCK_LIMIT } from "./block-kit.js";
import { postToResponseUrl, type RetryPolicy } from "./response-url.js";
import type { Where } from "./slack-actor.js";
import type { SlackClients } from "./slack-clients.js";
import { type ModalContext, statusModal } from "./status-modal.js";

export class SlackReplies {
  constructor(
    /** The Web API client of each workspace: an answer goes out with the token of the workspace it answers. */
    private readonly clients: SlackClients,
    private readonly responseRetry: RetryPolicy,
    /** Where charts are served as images (with PUBLIC_URL); without it charts go as their text bar. */
    private readonly images?: ChartImages,
  ) {}

  /** Answers through a response_url: privately, unless the message is public (`lijst … deel`). */
  async respond(responseUrl: string, message: Message): Promise<void> {
    for (const blocks of paginate(renderBlocks(message, this.images))) {
      await postToResponseUrl(
        responseUrl,
        { text: message.summary, blocks, response_type: message.visibility === "public" ? "in_channel" : "ephemeral", replace_original: false },
        this.responseRetry,
      );
    }
  }

  /**
   * Replaces the pressed message through its response_url (`replace_original`), the answer `in-place` of a button;
   * a message too long for one goes as the first page in place and the rest beside it. Without a response_url: `tell`.
   */
  async replace(where: Where, responseUrl: string | undefined, message: Message): Promise<void> {
    if (!responseUrl) return this.tell(where, message);
    const [first = [], ...rest] = paginate(renderBlocks(message, this.images));
    await postToResponseUrl(responseUrl, { text: message.summary, blocks: first, replace_original: true }, this.responseRetry);
    for (const blocks of rest) {
      await postToResponseUrl(
        responseUrl,
        { text: message.summary, blocks, response_type: message.visibility === "public" ? "in_channel" : "ephemeral", replace_original: false },
        this.responseRetry,
      );
    }
  }

  /** Tells a user something outside a slash command: ephemeral in the channel they were in, else in the app's DM. */
  async tell(where: Where, message: Message): Promise<void> {
    const client = await this.clients.clientFor(where.teamId);
    for (const blocks of paginate(renderBlocks(message, this.images))) {
      if (where.channelId) await client.chat.postEphemeral({ channel: where.channelId, user: where.userId, text: message.summary, blocks });
      else await client.chat.postMessage({ channel: where.userId, text: message.summary, blocks });
    }
  }

  /** Answers where the request came from: its response_url when it has one, else `tell`. */
  answer(where: Where, responseUrl: string | undefined, message: Message): Promise<void> {
    return responseUrl ? this.respond(responseUrl, message) : this.tell(where, message);
  }

  /** Publishes a user's App Home, cut to Slack's 100 blocks with a line saying how much was left out. */
  async publishHome(where: Pick<Where, "teamId" | "userId">, home: Message, locale: Locale): Promise<void> {
    const blocks: KnownBlock[] = fitView(
      renderBlocks(home, this.images),
      (hidden) => texts(locale).list.more(VIEW_BLOCK_LIMIT - 1, VIEW_BLOCK_LIMIT - 1 + hidden),
      VIEW_BLOCK_LIMIT,
    );
    const client = await this.clients.clientFor(where.teamId);
    await client.views.publish({ user_id: where.userId, view: { type: "home", blocks } });
  }

  /** Opens the status modal for a reply that asks for the form, in the workspace (team id) the trigger came from. */
  async openForm(teamId: string, triggerId: string, reply: Reply, context: ModalContext): Promise<void> {
    if (!reply.form) return;
    const client = await this.clients.clientFor(teamId);
    await client.views.open({ trigger_id: triggerId, view: statusModal(reply.form, context) });
  }
}
