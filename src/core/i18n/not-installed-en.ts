/** English texts for the leaders' notice that messages waited in vain for the region's workspace to install the app. */
import type { NotInstalledTexts } from "./texts.js";

export const notInstalledEn: NotInstalledTexts = {
  notice: (platform, summary) =>
    `Messages in ${platform} were not delivered: this region's workspace removed the app (or revoked the bot's access), and they were no longer useful. The latest: "${summary}".`,
  hint: "Ask an admin of the workspace to install the app again through `/slack/install`; what is sent from then on arrives again. You will not hear about this again today.",
};
