/**
 * Sends outbox messages to Teams proactively, with the conversation reference stored when the bot was
 * installed or spoken to. A channel is written to as a new post (the reference's thread id is dropped).
 * An `email:` target (a lead who never opened the bot) is reached through `emailTargets` when Graph is set up.
 */
import type { TeamsAdapter } from "@microsoft/teams-ai";
import { CardFactory, type ConversationReference, MessageFactory } from "botbuilder";
import type { MessageSender, SendResult } from "../core/delivery/delivery-worker.js";
import { emailOfTarget } from "../core/delivery/email-target.js";
import type { Message } from "../core/messages/model.js";
import type { ChannelDirectory } from "../core/ports.js";
import { renderCards } from "./adaptive-card.js";
import type { TeamsEmailTargets } from "./teams-email-targets.js";

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
    private readonly emailTargets?: Pick<TeamsEmailTargets, "resolve">,
  ) {}

  /** The stored reference of a conversation, or for an `email:` target the lead's chat found through Graph. */
  private async referenceOf(target: string): Promise<{ ok: true; reference: Partial<ConversationReference> } | { ok: false; result: SendResult }> {
    const email = emailOfTarget(target);
    if (email !== null) {
      if (this.emailTargets) return this.emailTargets.resolve(email);
      return { ok: false, result: { ok: false, error: "Teams finds nobody by e-mail address without TEAMS_GRAPH_INSTALL=on", permanent: true } };
    }
    const stored = (await this.conversations.conversationReference("teams", target)) as Partial<ConversationReference> | null;
    if (!stored?.conversation || !stored.serviceUrl)
      return { ok: false, result: { ok: false, error: `no conversation reference for ${target}`, permanent: true } };
    return { ok: true, reference: stored };
  }

  async send(target: string, message: Message): Promise<SendResult> {
    const found = await this.referenceOf(target);
    if (!found.ok) return found.result;
    const stored = found.reference;
    if (!stored.conversation) return { ok: false, error: `no conversation in the reference for ${target}`, permanent: true };
    // Without the original activity id the message is a new post, not a reply in the thread it came from.
    const { activityId: _replyTo, ...rest } = stored;
    const reference: Partial<ConversationReference> = {
      ...rest,
      conversation: { ...stored.conversation, id: emailOfTarget(target) === null ? target : stored.conversation.id },
    };
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
