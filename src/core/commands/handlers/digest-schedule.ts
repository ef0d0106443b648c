import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { describeSchedule, readDigestSchedule } from "../../schedule/digest-schedule.js";
import type { CommandHandler } from "../handler.js";
import { linkedChannelHere } from "../linked-channel.js";
import { spokenCommand } from "../vocabulary.js";

/**
 * `digest schema [dag tijd] [feestdagen overslaan | ook op feestdagen]`: when this channel's digest comes
 * (everyone), or a new time and holiday rule for it (the leader). Either part may come alone.
 */
export const digestSchedule: CommandHandler<"digest-schedule"> = {
  requirement: "read",
  requirementFor: (command) => (command.schedule || command.holidays ? "leader" : "read"),
  async run(command, context) {
    const { locale, t, deps } = context;
    const here = await linkedChannelHere(context, spokenCommand(command, locale));
    if (!here.ok) return here.reply;
    const { conversation, channel } = here;
    const holidayLine = (skip: boolean, told: boolean) => (skip ? ` ${t.channel.holidaysSkipped}` : told ? ` ${t.channel.holidaysKept}` : "");
    if (!command.schedule && !command.holidays) {
      const current = describeSchedule(channel.schedule, locale);
      return reply(
        locale,
        notice("info", `${t.digest.scheduleIs(channel.overlegCode, current)}${holidayLine(channel.skipHolidays, false)}`, t.channel.scheduleHint),
      );
    }
    const reading = command.schedule ? readDigestSchedule(command.schedule) : null;
    if (reading && !reading.ok) return reply(locale, notice("error", t.digest.scheduleInvalid(command.schedule ?? ""), t.digest.scheduleInvalidHint));
    const cron = reading?.ok ? reading.cron : channel.schedule;
    const skipHolidays = command.holidays ? command.holidays === "skip" : channel.skipHolidays;
    await deps.channels.configureChannel(conversation.platform, conversation.tenantId, conversation.channelId, {
      ...(reading?.ok ? { schedule: { cron, at: deps.clock.now() } } : {}),
      ...(command.holidays ? { skipHolidays } : {}),
    });
    const set = t.digest.scheduleSet(channel.overlegCode, describeSchedule(cron, locale));
    return reply(locale, notice("success", `${set}${holidayLine(skipHolidays, command.holidays === "keep")}`), true);
  },
};
