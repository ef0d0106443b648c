import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";
import { fail } from "../word-reader.js";

/** `koppel <overleg>`: links this channel to an overleg, for its digest and escalations. */
export const koppel: WordHandler<"koppel"> = {
  requirement: "leader",
  parse(words) {
    const overleg = words.rest().trim();
    if (!overleg) fail({ code: "missing-overleg" });
    return { name: "koppel", overleg };
  },
  async run({ overleg: given }, { actor, locale, t, deps, channelAccess }) {
    if (!actor.conversation?.isChannel) return reply(locale, notice("error", t.errors.notInChannel, t.channel.linkHint));
    const overleg = await findOverleg(given, deps.reader);
    if (!overleg) return unknownOverleg(given, deps.reader, locale);
    // A channel the bot cannot post in would never get its digest: say how to fix it, and link nothing.
    const access = (await channelAccess?.canPost(actor.conversation)) ?? { canPost: true };
    if (!access.canPost) {
      return access.reason === "missing-scope"
        ? reply(locale, notice("error", t.errors.cannotCheckChannel(access.scope), t.errors.cannotCheckChannelHint))
        : reply(locale, notice("error", t.errors.botNotInChannel(overleg.code), t.errors.botNotInChannelHint));
    }
    const { previous } = await deps.channels.linkChannel({
      overlegCode: overleg.code,
      platform: actor.conversation.platform,
      tenantId: actor.conversation.tenantId,
      channelId: actor.conversation.channelId,
      linkedById: actor.person?.id ?? null,
      // A new channel's language is the service's; `digest taal en` changes it.
      locale: deps.defaultLocale,
    });
    return reply(locale, notice("success", t.done.linked(`${overleg.code} (${overleg.name})`, previous), t.done.linkedHint), true);
  },
};
