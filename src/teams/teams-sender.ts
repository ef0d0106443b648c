/**
 * Sends outbox messages to Teams proactively, with the conversation reference stored when the bot was
 * installed or spoken to. A channel is written to as a new post (the reference's thread id is dropped).
 */
import type { TeamsAdapter } from "@microsoft/teams-ai";
import { CardFactory, type ConversationReference, MessageFactory } from "botbuilder";
import type { MessageSender, SendResult } from "../core/delivery/delivery-worker.js";
import type { Message } from "../core/messages/model.js";
import type { ChannelDirectory } from "../core/ports.js";
import { renderCards } from "./adaptive-card.js";

interface HttpishError {
  statusCode?: number;
  response?: { headers?: { get?(name: string): string | undefined } };
  message?: string;
}

export class TeamsSender implements MessageSender {
  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly appId: string,
    private readonly conversations: Pick<ChannelDirectory, "conversationReference">,
  ) {}

  async send(target: string, message: Message): Promise<SendResult> {
    const stored = (await this.conversations.conversationReference("teams", target)) as Partial<ConversationReference> | null;
    if (!stored?.conversation || !stored.serviceUrl) return { ok: false, error: `no conversation reference for ${target}`, permanent: true };
    // Without the original activity id the message is a new post, not a reply in the thread it came from.
    const { activityId: _replyTo, ...rest } = stored;
    const reference: Partial<ConversationReference> = { ...rest, conversation: { ...stored.conversation, id: target } };
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        // The continuation activity gets a made-up id; without it the message is posted, not sent as a reply to it.
        context.activity.id = undefined as unknown as string;
        for (const card of renderCards(message)) {
          const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
          activity.summary = message.summary;
          await context.sendActivity(activity);
        }
      });
      return { ok: true };
    } catch (error) {
      const failure = error as HttpishError;
      const status = failure.statusCode ?? 0;
      const retryAfter = Number(failure.response?.headers?.get?.("retry-after"));
      return {
        ok: false,
        error: status ? `HTTP ${status}` : (failure.message ?? String(error)),
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
        permanent: status >= 400 && status < 500 && status !== 429 && status !== 408,
        ...(status === 429 ? { rateLimited: true } : {}),
      };
    }
  }
}
