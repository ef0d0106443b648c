import { channelLocale } from "../../channel-settings.js";
import { dedupeKeys } from "../../delivery/dedupe-keys.js";
import { digestFor, digestSources, lastWeek, resolvedSinceFor } from "../../digest/digest-for.js";
import { notice } from "../../messages/model.js";
import { type Reply, reply } from "../../reply.js";
import { readHolidayRule } from "../../schedule/holiday-hold.js";
import type { CommandContext, WordHandler } from "../handler.js";
import { linkedChannelHere } from "../linked-channel.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";
import { commandPhrase, isSubcommand } from "../vocabulary.js";

/** `digest [overleg]` previews a digest (everyone); `digest nu` posts this channel's now (the leader). */
export const digest: WordHandler<"digest"> = {
  requirement: "read",
  parse(words) {
    if (isSubcommand(words.peek(), "now")) {
      words.next();
      return { name: "digest", now: true };
    }
    if (isSubcommand(words.peek(), "schedule")) {
      words.next();
      const { schedule, holidays } = readHolidayRule(words.rest());
      return { name: "digest-schedule", ...(schedule ? { schedule } : {}), ...(holidays ? { holidays } : {}) };
    }
    if (isSubcommand(words.peek(), "language")) {
      words.next();
      const language = words.rest().trim();
      return language ? { name: "digest-language", language } : { name: "digest-language" };
    }
    const overleg = words.rest().trim();
    return overleg ? { name: "digest", overleg } : { name: "digest" };
  },
  requirementFor: (command) => (command.now ? "leader" : "read"),
  run: (command, context) => (command.now ? postNow(context) : preview(command.overleg, context)),
};

/** The digest as it would be posted now, covering the last week. */
async function preview(overlegGiven: string | undefined, { actor, locale, t, deps }: CommandContext): Promise<Reply> {
  let code: string | null | undefined = overlegGiven;
  const conversation = actor.conversation;
  if (!code && conversation?.isChannel)
    code = await deps.channels.linkedOverleg(conversation.platform, conversation.tenantId, conversation.channelId);
  if (!code && !conversation?.isChannel) {
    const codes = (await deps.reader.overleggen()).map((overleg) => overleg.code);
    return reply(locale, notice("info", t.channel.nameOverleg(codes), t.channel.nameOverlegHint));
  }
  if (!code) return reply(locale, notice("info", t.digest.notLinked, t.digest.notLinkedHint));
  const overleg = await findOverleg(code, deps.reader);
  if (!overleg) return unknownOverleg(code, deps.reader, locale);
  const { since, now } = lastWeek(deps.clock.now());
  // In a linked channel, the resolved escalations its next digest would list.
  const channel = actor.conversation?.isChannel && !overlegGiven ? actor.conversation : undefined;
  const resolvedSince = channel ? await resolvedSinceFor(deps, channel, since) : since;
  const message = await digestFor(digestSources(deps), overleg.code, since, now, locale, { resolvedSince });
  if (!message) return reply(locale, notice("info", t.digest.noThemes(overleg.code)));
  return reply(locale, { ...message, visibility: "private" });
}

/** Posts this channel's digest through the outbox, in the channel's language: once, however often it is asked within a minute or so. */
async function postNow(context: CommandContext): Promise<Reply> {
  const { locale, t, deps } = context;
  const here = await linkedChannelHere(context, commandPhrase("digest", "now", locale));
  if (!here.ok) return here.reply;
  const { conversation, channel } = here;
  if (!deps.outbox) return reply(locale, notice("error", t.digest.nowNeedsChannel));
  const code = channel.overlegCode;
  const { since, now } = lastWeek(deps.clock.now());
  const resolvedSince = await resolvedSinceFor(deps, conversation, since);
  const message = await digestFor(digestSources(deps), code, since, now, channelLocale(channel, deps.defaultLocale), { resolvedSince });
  if (!message) return reply(locale, notice("info", t.digest.noThemes(code)));
  const keyAt = (at: Date) => dedupeKeys.digestNow(conversation.platform, conversation.tenantId, conversation.channelId, at);
  // Once per clock minute, and not in the minute after one either: two requests a second apart around the turn of a
  // minute post once.
  const postedLastMinute = await deps.outbox.isStored(keyAt(new Date(now.getTime() - 60_000)));
  const queued =
    !postedLastMinute &&
    (await deps.outbox.enqueue({ dedupeKey: keyAt(now), platform: conversation.platform, target: conversation.channelId, message }));
  if (queued) await deps.escalations.markShown(conversation, now);
  return reply(locale, notice(queued ? "success" : "info", queued ? t.digest.postNow(code) : t.digest.alreadyQueued), queued);
}
