/** Dutch texts for leads the bot could not reach in Teams through Microsoft Graph (told to the project leader). */
export const teamsReachNl = {
  /** Graph refused to install the bot for the lead (no admin consent, or a permission missing). */
  refused: (summary: string, email: string) =>
    `"${summary}" is niet bezorgd aan ${email}: Microsoft Graph weigerde de bot in Teams voor hem of haar te installeren.`,
  refusedHint:
    "Een beheerder geeft de app in Entra ID beheerderstoestemming voor de Graph-rechten TeamsAppInstallation.ReadWriteSelfForUser.All en User.Read.All (en AppCatalog.Read.All als TEAMS_CATALOG_APP_ID niet is gezet; zie de README, Microsoft Teams). Tot dan is deze trekker niet via Teams bereikbaar.",
  /** The app is not in the organisation's app catalog. */
  notInCatalog: (summary: string, email: string) =>
    `"${summary}" is niet bezorgd aan ${email}: de app staat niet in de app-catalogus van de organisatie, dus de bot kan zich niet voor hem of haar installeren.`,
  notInCatalogHint:
    "Laat een Teams-beheerder de app publiceren (Teams-beheercentrum → Apps beheren → Uploaden), of zet TEAMS_CATALOG_APP_ID op de id van de app in de catalogus.",
};
