/** Dutch pages of the Slack install flow (`/slack/install`, `/slack/oauth_redirect`). */

export const slackInstallNl = {
  skip: "Naar de inhoud",
  footer: "Doe-agenda arbeidsmarkt",
  installedTitle: "Doe-agenda geïnstalleerd",
  installed: (workspace: string, region: string) => `De Doe-agenda is geïnstalleerd in de Slack-werkruimte ${workspace}, voor de regio ${region}.`,
  installedNext: "Typ in Slack /actie help om te zien wat de bot kan. Je kunt dit venster sluiten.",
  chooseTitle: "Kies een regio",
  choose: "Deze installatie bedient meer dan één regio. Kies de regio waarvoor je de Doe-agenda in je Slack-werkruimte installeert:",
  unknownRegionTitle: "Onbekende regio",
  unknownRegion: (slug: string) => `Er is geen regio met de naam "${slug}".`,
  regionsAre: "Kies een van deze regio's:",
  noRegionsTitle: "Nog geen regio",
  noRegions: "Er is nog geen agenda ingelezen. Start de bot met een agenda-bestand (AGENDA_FILE) en probeer het opnieuw.",
  failedTitle: "Installatie niet gelukt",
  linkedElsewhere: (region: string) =>
    `Deze Slack-werkruimte hoort al bij de regio ${region}. Een werkruimte hoort bij één regio; er is niets gewijzigd. Vraag de beheerder van de bot om de koppeling te wijzigen als dat nodig is.`,
  badState: "Deze installatielink is verlopen, al gebruikt of niet in deze browser begonnen. Begin opnieuw via de installatiepagina.",
  cancelled: "De installatie is afgebroken in Slack. Er is niets geïnstalleerd.",
  enterprise: "Een installatie voor een hele Enterprise Grid-organisatie wordt niet ondersteund. Installeer de app in één werkruimte.",
  failed: "Slack kon de installatie niet afronden. Probeer het opnieuw; lukt het dan nog niet, vraag de beheerder in het logboek te kijken.",
  startAgain: "Opnieuw beginnen",
};

export type SlackInstallTexts = typeof slackInstallNl;
