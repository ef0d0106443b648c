import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";

export const koppel: CommandHandler<"koppel"> = {
  requirement: "leader",
  async run({ overleg: given }, { actor, locale, t, deps }) {
    if (!actor.conversation?.isChannel) return reply(locale, notice("error", t.errors.notInChannel));
    const overleg = await findOverleg(given, deps.reader);
    if (!overleg) return unknownOverleg(given, deps.reader, locale);
    const { previous } = await deps.channels.linkChannel({
      overlegCode: overleg.code,
      platform: actor.conversation.platform,
      tenantId: actor.conversation.tenantId,
      channelId: actor.conversation.channelId,
      linkedById: actor.person?.id ?? null,
    });
    return reply(locale, notice("success", t.done.linked(`${overleg.code} (${overleg.name})`, previous), t.done.linkedHint), true);
  },
};
