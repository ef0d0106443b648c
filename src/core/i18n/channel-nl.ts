/** Dutch texts of a linked channel's settings (holidays, language) and of commands that need a linked channel. */

import { commandPhrase, commandWords, HOLIDAY_WORDS } from "../commands/vocabulary.js";
import type { Locale } from "../domain/locale.js";

const COMMAND_WORD = commandWords("nl");
const SCHEDULE = commandPhrase("digest", "schedule", "nl");
const LANGUAGE = commandPhrase("digest", "language", "nl");
const HOW_TO_LINK = `Zo koppel je een kanaal: nodig de bot uit in het kanaal van het overleg en typ daar \`${COMMAND_WORD.koppel} RWB\` (projectleider).`;

export const channelNl = {
  /** A command for a linked channel, typed in a personal chat (or the CLI). */
  needsChannel: (command: string) => `\`${command}\` werkt in een kanaal dat aan een overleg gekoppeld is, niet in een persoonlijke chat.`,
  needsChannelHint: `${HOW_TO_LINK} Het weekoverzicht van een overleg bekijk je ook hier, met \`${COMMAND_WORD.digest} RWB\`.`,
  /** `digest` without an overleg, outside a linked channel. */
  nameOverleg: (codes: string[]) =>
    `Noem het overleg waarvan je het weekoverzicht wilt zien, bijvoorbeeld \`${COMMAND_WORD.digest} RWB\`. De overleggen: ${codes.join(", ")}.`,
  nameOverlegHint: `In een kanaal dat aan een overleg gekoppeld is, is \`${COMMAND_WORD.digest}\` genoeg. ${HOW_TO_LINK}`,
  /** `koppel` in a personal chat. */
  linkHint: `Nodig de bot eerst uit in het kanaal van het overleg (Slack: \`/invite @Doe-agenda\`; Teams: voeg de app toe aan het team) en typ daar \`${COMMAND_WORD.koppel} RWB\`.`,
  /** The digest's line on its reach, when the overleg covers part of the region. */
  reach: (areas: string[]) =>
    areas.length === 1 ? `Bereik: ${areas[0]}. Acties die alleen buiten ${areas[0]} lopen, staan hier niet in.` : `Bereik: ${areas.join(" en ")}.`,
  holidaysSkipped: "Valt het op een feestdag, dan komt het op de eerstvolgende werkdag.",
  holidaysKept: "Het komt ook op feestdagen.",
  scheduleHint: `De projectleider wijzigt dit met bijvoorbeeld \`${SCHEDULE} vrijdag 14:00\`; met \`${HOLIDAY_WORDS.skip.nl}\` erachter komt een weekoverzicht dat op een feestdag valt op de eerstvolgende werkdag (\`${HOLIDAY_WORDS.keep.nl}\` zet dat terug).`,
  languageName: { nl: "het Nederlands", en: "het Engels" } satisfies Record<Locale, string>,
  languageIs: (overleg: string, language: string) => `Dit kanaal krijgt het weekoverzicht van ${overleg} in ${language}.`,
  languageHint: `De projectleider wijzigt dit met \`${LANGUAGE} en\` (Engels) of \`${LANGUAGE} nl\` (Nederlands).`,
  languageSet: (overleg: string, language: string) =>
    `Dit kanaal krijgt het weekoverzicht van ${overleg} voortaan in ${language}, net als alles wat de bot hier uit zichzelf plaatst.`,
  languageInvalid: (given: string) => `\`${given}\` is geen taal van de bot.`,
  languageInvalidHint: `Kies \`${LANGUAGE} nl\` (Nederlands) of \`${LANGUAGE} en\` (Engels).`,
};

export type ChannelTexts = typeof channelNl;
