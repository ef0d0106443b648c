/** English texts for leads the bot could not reach in Teams through Microsoft Graph (told to the project leader). */
import type { TeamsReachTexts } from "./texts.js";

export const teamsReachEn = {
  refused: (summary, email) => `"${summary}" was not delivered to ${email}: Microsoft Graph refused to install the bot in Teams for them.`,
  refusedHint:
    "An administrator grants the app admin consent in Entra ID for the Graph permissions TeamsAppInstallation.ReadWriteSelfForUser.All and User.Read.All (and AppCatalog.Read.All when TEAMS_CATALOG_APP_ID is not set; see the README, Microsoft Teams). Until then this lead cannot be reached through Teams.",
  notInCatalog: (summary, email) =>
    `"${summary}" was not delivered to ${email}: the app is not in the organisation's app catalog, so the bot cannot install itself for them.`,
  notInCatalogHint:
    "Have a Teams administrator publish the app (Teams admin center → Manage apps → Upload), or set TEAMS_CATALOG_APP_ID to the app's id in the catalog.",
} satisfies TeamsReachTexts;
