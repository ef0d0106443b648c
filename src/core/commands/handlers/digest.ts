import { dedupeKeys } from "../../delivery/dedupe-keys.js";
import { digestFor, lastWeek } from "../../digest/digest-for.js";
import { notice } from "../../messages/model.js";
import { type Reply, reply } from "../../reply.js";
import type { CommandContext, WordHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";
import { isSubcommand } from "../vocabulary.js";

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
      const schedule = words.rest().trim();
      return schedule ? { name: "digest-schedule", schedule } : { name: "digest-schedule" };
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
  if (!code && actor.conversation) {
    code = await deps.channels.linkedOverleg(actor.conversation.platform, actor.conversation.tenantId, actor.conversation.channelId);
  }
  if (!code) return reply(locale, notice("info", t.digest.notLinked, t.digest.notLinkedHint));
  const overleg = await findOverleg(code, deps.reader);
  if (!overleg) return unknownOverleg(code, deps.reader, locale);
  const { since, now } = lastWeek(deps.clock.now());
  const message = await digestFor(
    { reader: deps.reader, goals: deps.goals, ...(deps.rounds ? { rounds: deps.rounds } : {}) },
    overleg.code,
    since,
    now,
    locale,
  );
  if (!message) return reply(locale, notice("info", t.digest.noThemes(overleg.code)));
  return reply(locale, { ...message, visibility: "private" });
}

/** Posts this channel's digest through the outbox: once, however often it is asked within a minute. */
async function postNow({ actor, locale, t, deps }: CommandContext): Promise<Reply> {
  const conversation = actor.conversation;
  if (!conversation?.isChannel || !deps.outbox) return reply(locale, notice("error", t.digest.nowNeedsChannel));
  const code = await deps.channels.linkedOverleg(conversation.platform, conversation.tenantId, conversation.channelId);
  if (!code) return reply(locale, notice("error", t.digest.notLinked, t.digest.notLinkedHint));
  const { since, now } = lastWeek(deps.clock.now());
  const message = await digestFor(
    { reader: deps.reader, goals: deps.goals, ...(deps.rounds ? { rounds: deps.rounds } : {}) },
    code,
    since,
    now,
    locale,
  );
  if (!message) return reply(locale, notice("info", t.digest.noThemes(code)));
  const queued = await deps.outbox.enqueue({
    dedupeKey: dedupeKeys.digestNow(conversation.platform, conversation.tenantId, conversation.channelId, now),
    platform: conversation.platform,
    target: conversation.channelId,
    message,
  });
  return reply(locale, notice(queued ? "success" : "info", queued ? t.digest.postNow(code) : t.digest.alreadyQueued), queued);
}
