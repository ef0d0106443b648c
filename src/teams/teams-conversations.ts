/** Remembers where the bot can write later (reminders, digests): each conversation's reference, once per process. */
import { TurnContext } from "botbuilder";
import type { Actor } from "../core/actor.js";
import type { ChannelDirectory } from "../core/ports.js";

export class TeamsConversations {
  /** Conversations already stored by this process (with the person they belong to): each is written once. */
  private readonly remembered = new Set<string>();

  constructor(private readonly store: Pick<ChannelDirectory, "rememberConversation">) {}

  async remember(context: TurnContext, actor: Actor | null): Promise<void> {
    const activity = context.activity;
    const type = activity.conversation?.conversationType;
    const key = `${activity.conversation?.tenantId}|${activity.conversation.id}|${activity.serviceUrl}|${actor?.person?.id ?? ""}`;
    if (this.remembered.has(key)) return;
    await this.store.rememberConversation({
      platform: "teams",
      tenantId: activity.conversation?.tenantId ?? "",
      conversationId: activity.conversation.id,
      kind: type === "channel" ? "channel" : type === "groupChat" ? "group" : "personal",
      personId: type === "personal" || !type ? (actor?.person?.id ?? null) : null,
      reference: TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>,
    });
    this.remembered.add(key);
  }
}
