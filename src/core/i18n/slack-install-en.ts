/** English pages of the Slack install flow (`/slack/install`, `/slack/oauth_redirect`). */
import type { SlackInstallTexts } from "./slack-install-nl.js";

export const slackInstallEn = {
  skip: "Skip to content",
  footer: "Labour-market action agenda",
  installedTitle: "Doe-agenda installed",
  installed: (workspace, region) => `The Doe-agenda is installed in the Slack workspace ${workspace}, for the region ${region}.`,
  installedNext: "Type /actie help in Slack to see what the bot can do. You can close this window.",
  chooseTitle: "Choose a region",
  choose: "This service runs more than one region. Choose the region you are installing the Doe-agenda into your Slack workspace for:",
  unknownRegionTitle: "Unknown region",
  unknownRegion: (slug) => `There is no region called "${slug}".`,
  regionsAre: "Choose one of these regions:",
  noRegionsTitle: "No region yet",
  noRegions: "No agenda has been loaded yet. Start the bot with an agenda file (AGENDA_FILE) and try again.",
  failedTitle: "Installation failed",
  linkedElsewhere: (region) =>
    `This Slack workspace already belongs to the region ${region}. A workspace belongs to one region; nothing was changed. Ask the bot's administrator to change the link if needed.`,
  badState: "This install link has expired, was already used, or was not started in this browser. Start again from the install page.",
  cancelled: "The installation was cancelled in Slack. Nothing was installed.",
  enterprise: "Installing for a whole Enterprise Grid organisation is not supported. Install the app into one workspace.",
  failed: "Slack could not finish the installation. Try again; if it still fails, ask the administrator to look at the log.",
  startAgain: "Start again",
} satisfies SlackInstallTexts;
