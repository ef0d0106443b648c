/** The linked channel a command was typed in, for the commands that work only there (`digest nu`, `digest schema`, …). */
import type { Conversation } from "../actor.js";
import { notice } from "../messages/model.js";
import type { LinkedChannel } from "../ports.js";
import { type Reply, reply } from "../reply.js";
import type { CommandContext } from "./handler.js";

export type LinkedChannelHere = { ok: true; conversation: Conversation; channel: LinkedChannel } | { ok: false; reply: Reply };

/**
 * The link of the channel the command came from; otherwise the answer: in a personal chat (or the CLI) where the
 * command works and how to link a channel, in a channel that is not linked that it is not.
 */
export async function linkedChannelHere({ actor, locale, t, deps }: CommandContext, spoken: string): Promise<LinkedChannelHere> {
  const conversation = actor.conversation;
  if (!conversation?.isChannel)
    return { ok: false, reply: reply(locale, notice("info", t.channel.needsChannel(spoken), t.channel.needsChannelHint)) };
  const channel = await deps.channels.linkedChannel(conversation.platform, conversation.tenantId, conversation.channelId);
  if (!channel) return { ok: false, reply: reply(locale, notice("info", t.digest.notLinked, t.digest.notLinkedHint)) };
  return { ok: true, conversation, channel };
}
