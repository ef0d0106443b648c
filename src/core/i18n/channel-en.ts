/** English texts of a linked channel's settings (holidays, language) and of commands that need a linked channel. */
import { commandPhrase, commandWords, HOLIDAY_WORDS } from "../commands/vocabulary.js";
import type { ChannelTexts } from "./channel-nl.js";

const COMMAND_WORD = commandWords("en");
const SCHEDULE = commandPhrase("digest", "schedule", "en");
const LANGUAGE = commandPhrase("digest", "language", "en");
const HOW_TO_LINK = `To link a channel: invite the bot to the overleg's channel and type \`${COMMAND_WORD.koppel} RWB\` there (project leader).`;

export const channelEn: ChannelTexts = {
  needsChannel: (command) => `\`${command}\` works in a channel linked to an overleg, not in a personal chat.`,
  needsChannelHint: `${HOW_TO_LINK} You can also look at an overleg's digest here, with \`${COMMAND_WORD.digest} RWB\`.`,
  nameOverleg: (codes) =>
    `Name the overleg whose digest you want to see, for example \`${COMMAND_WORD.digest} RWB\`. The overleggen: ${codes.join(", ")}.`,
  nameOverlegHint: `In a channel linked to an overleg, \`${COMMAND_WORD.digest}\` is enough. ${HOW_TO_LINK}`,
  linkHint: `First invite the bot to the overleg's channel (Slack: \`/invite @Doe-agenda\`; Teams: add the app to the team), then type \`${COMMAND_WORD.koppel} RWB\` there.`,
  reach: (areas) =>
    areas.length === 1 ? `Reach: ${areas[0]}. Actions that run only outside ${areas[0]} are not listed.` : `Reach: ${areas.join(" and ")}.`,
  holidaysSkipped: "When it falls on a public holiday, it comes on the next working day.",
  holidaysKept: "It also comes on public holidays.",
  scheduleHint: `The project leader changes this with, for example, \`${SCHEDULE} friday 14:00\`; with \`${HOLIDAY_WORDS.skip.en}\` after it, a digest that falls on a public holiday comes on the next working day (\`${HOLIDAY_WORDS.keep.en}\` undoes that).`,
  languageName: { nl: "Dutch", en: "English" },
  languageIs: (overleg, language) => `This channel gets the weekly digest of ${overleg} in ${language}.`,
  languageHint: `The project leader changes this with \`${LANGUAGE} en\` (English) or \`${LANGUAGE} nl\` (Dutch).`,
  languageSet: (overleg, language) =>
    `From now on this channel gets the weekly digest of ${overleg} in ${language}, as everything else the bot posts here on its own.`,
  languageInvalid: (given) => `\`${given}\` is not a language of the bot.`,
  languageInvalidHint: `Choose \`${LANGUAGE} nl\` (Dutch) or \`${LANGUAGE} en\` (English).`,
};
