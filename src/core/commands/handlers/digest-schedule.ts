import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { describeSchedule, readDigestSchedule } from "../../schedule/digest-schedule.js";
import type { CommandHandler } from "../handler.js";

/** `digest schema [dag tijd]`: when this channel's digest comes (everyone), or a new time for it (the leader). */
export const digestSchedule: CommandHandler<"digest-schedule"> = {
  requirement: "read",
  requirementFor: (command) => (command.schedule ? "leader" : "read"),
  async run({ schedule: given }, { actor, locale, t, deps }) {
    const conversation = actor.conversation;
    const channel = conversation ? await deps.channels.linkedChannel(conversation.platform, conversation.tenantId, conversation.channelId) : null;
    if (!conversation || !channel) return reply(locale, notice("info", t.digest.notLinked, t.digest.notLinkedHint));
    if (!given) {
      const current = describeSchedule(channel.schedule, locale);
      return reply(locale, notice("info", t.digest.scheduleIs(channel.overlegCode, current), t.digest.scheduleHint));
    }
    const reading = readDigestSchedule(given);
    if (!reading.ok) return reply(locale, notice("error", t.digest.scheduleInvalid(given), t.digest.scheduleInvalidHint));
    await deps.channels.setDigestSchedule(conversation.platform, conversation.tenantId, conversation.channelId, reading.cron, deps.clock.now());
    return reply(locale, notice("success", t.digest.scheduleSet(channel.overlegCode, describeSchedule(reading.cron, locale))), true);
  },
};
