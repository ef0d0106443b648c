/**
 * The port through which the Teams sender reaches a lead it only knows by e-mail address: someone who never
 * opened the bot. Its adapter (Microsoft Graph, `graph/`) installs the bot for them and finds the personal chat.
 */
import type { ChatReach } from "../core/delivery/chat-reach.js";

/** A personal chat the bot can write to proactively, with the conversation reference the Bot Connector needs. */
export interface TeamsChat {
  tenantId: string;
  /** The user's Entra ID object id (the Teams identity the bot links to the person). */
  userId: string;
  /** The chat id, which the Bot Connector takes as the conversation id. */
  conversationId: string;
  /** A Bot Framework ConversationReference (serviceUrl, conversation, bot), stored as is. */
  reference: Record<string, unknown>;
}

export interface TeamsReach {
  /** The lead's personal chat with the bot, installing the bot for them first; or why they cannot be reached. */
  reach(email: string): Promise<ChatReach<TeamsChat>>;
}
