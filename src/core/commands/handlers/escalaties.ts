import { overlegScope } from "../../escalations/escalation-overleggen.js";
import type { OverlegScope } from "../../escalations/escalation-store.js";
import { escalationListMessage } from "../../messages/escalation-views.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";

/** `escalaties [overleg]`: the open escalations, oldest first, of the overleg given, else of this channel's, else all. */
export const escalaties: WordHandler<"escalaties"> = {
  requirement: "read",
  parse(words) {
    const overleg = words.rest().trim();
    return overleg ? { name: "escalaties", overleg } : { name: "escalaties" };
  },
  async run({ overleg: given }, { actor, locale, deps }) {
    const conversation = actor.conversation;
    const code =
      given ??
      (conversation?.isChannel ? await deps.channels.linkedOverleg(conversation.platform, conversation.tenantId, conversation.channelId) : null);
    let scope: OverlegScope | undefined;
    if (code) {
      const overleg = await findOverleg(code, deps.reader);
      if (!overleg) return unknownOverleg(code, deps.reader, locale);
      scope = await overlegScope(overleg, deps.reader);
    }
    const open = await deps.escalations.open(scope);
    return reply(locale, escalationListMessage(open, scope?.overlegCode ?? null, deps.clock.now(), locale));
  },
};
