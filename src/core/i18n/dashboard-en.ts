/** English texts of the `dashboard` command. */
import { commandWords } from "../commands/vocabulary.js";
import type { DashboardTexts } from "./texts.js";

const COMMAND_WORD = commandWords("en");

export const dashboardEn = {
  personal: (url) => `Your personal link to the dashboard: ${url}`,
  personalHint: (minutes, hours) =>
    `The link works for ${minutes} minutes; after opening it you stay signed in for ${hours} hours. Do not share it: it signs you in as you. Everything on the dashboard is read-only.`,
  public: (url) => `The dashboard is open to everyone: ${url}`,
  publicHint: "No need to sign in. Everything on the dashboard is read-only.",
  unknownPerson: "A personal link to the dashboard is for people the action agenda knows: leads and the project leader.",
  unknownPersonHint: `Ask the project leader to link you as a lead of your actions (\`${COMMAND_WORD.trekker} 1.3 @you\`), or read the agenda here with \`${COMMAND_WORD.lijst}\`.`,
  notInChannel: "In a channel everyone sees my answer, so I do not send a personal link there.",
  notInChannelHint: `Type \`${COMMAND_WORD.dashboard}\` in a personal chat with me.`,
  unavailable: "The dashboard is not available in this installation.",
} satisfies DashboardTexts;
