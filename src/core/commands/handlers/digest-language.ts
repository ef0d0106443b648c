import { z } from "zod";
import { channelLocale } from "../../channel-settings.js";
import { LOCALES } from "../../domain/locale.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";
import { linkedChannelHere } from "../linked-channel.js";
import { languageOfWord, spokenCommand } from "../vocabulary.js";

/** A language as typed after `digest taal`: `en`, `nl`, `engels`, `English`, … */
const languageSchema = z
  .string()
  .transform((word) => languageOfWord(word) ?? word)
  .pipe(z.enum(LOCALES));

/**
 * `digest taal [nl | en]`: the language of this channel (everyone), or a new one (the leader): of its digest and of
 * everything the bot posts there on its own. The answer itself is in the asker's language.
 */
export const digestLanguage: CommandHandler<"digest-language"> = {
  requirement: "read",
  requirementFor: (command) => (command.language ? "leader" : "read"),
  async run(command, context) {
    const { locale, t, deps } = context;
    const here = await linkedChannelHere(context, spokenCommand(command, locale));
    if (!here.ok) return here.reply;
    const { conversation, channel } = here;
    const current = channelLocale(channel, deps.defaultLocale);
    if (!command.language)
      return reply(locale, notice("info", t.channel.languageIs(channel.overlegCode, t.channel.languageName[current]), t.channel.languageHint));
    const parsed = languageSchema.safeParse(command.language);
    if (!parsed.success) return reply(locale, notice("error", t.channel.languageInvalid(command.language), t.channel.languageInvalidHint));
    await deps.channels.configureChannel(conversation.platform, conversation.tenantId, conversation.channelId, { locale: parsed.data });
    return reply(locale, notice("success", t.channel.languageSet(channel.overlegCode, t.channel.languageName[parsed.data])), true);
  },
};
