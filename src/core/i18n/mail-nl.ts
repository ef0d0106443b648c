/** Dutch texts of e-mail to leads outside chat, the no-account update page, and the preview's reach. */
import type { ChangeChannel, Platform } from "../domain/agenda.js";

export const mailNl = {
  /** How a lead's message travels, in the round preview. */
  via: { slack: "via Slack", teams: "via Teams", mail: "per e-mail" } satisfies Record<Platform, string>,
  viaLookup: "via Slack (gezocht op e-mailadres)",
  viaGraph: "via Teams (gezocht op e-mailadres; de bot installeert zich via Microsoft Graph)",
  viaGraphOrMail: "via Teams (gezocht op e-mailadres; de bot installeert zich via Microsoft Graph), en lukt dat niet, per e-mail",
  unreachableWhy: "geen Slack- of Teams-account bekend, en e-mail staat uit (SMTP_URL is niet ingesteld)",
  /** The line with the link in a lead's e-mail. */
  linkLine: (url: string) => `Werk je acties bij op deze pagina (geen account nodig): ${url}`,
  linkExpires: (date: string) => `De link is persoonlijk en geldig tot ${date}. Stuur hem niet door.`,
  failedPlatform: "e-mail",
  failedHint:
    "De mailserver weigerde het bericht blijvend: controleer het e-mailadres van de trekker (`mensen import` of de agenda) en start zo nodig een nieuwe ronde.",
  page: {
    title: "Je acties bijwerken",
    intro: (name: string, count: number, closes: string) =>
      `Hallo ${name}, de projectleider vraagt je ${count === 1 ? "je actie" : `je ${count} acties`} bij te werken, vóór ${closes}. Kies per actie wat van toepassing is.`,
    skip: "Naar de inhoud",
    switchTo: "English",
    switchLabel: "Deze pagina in het Engels",
    status: "Status",
    note: "Toelichting (optioneel)",
    noteHelp: "Wat is er veranderd of wat staat er nog open?",
    goals: "Gemeten waarden",
    save: "Opslaan",
    unchanged: "Ongewijzigd",
    unchangedHelp: "De status klopt nog.",
    notMine: "Niet mijn actie",
    notMineHelp: "De projectleider hoort het en zoekt de juiste trekker.",
    answered: (answer: string) => `Beantwoord: ${answer}`,
    allDone: "Dank je: alle acties in deze ronde zijn beantwoord. Je kunt deze pagina sluiten.",
    saved: (code: string) => `Opgeslagen voor ${code}.`,
    errorsHeading: "Er ging iets mis",
    fixField: "Verbeter het veld en probeer het opnieuw.",
    notInRound: (code: string) => `Actie ${code} hoort niet bij jouw ronde; er is niets opgeslagen.`,
    footer: "Deze pagina hoort bij de ronde van de regionale doe-agenda; je antwoorden tellen mee zoals in de chat.",
    invalidTitle: "Deze link werkt niet",
    invalid: "De link is onvolledig of gewijzigd. Gebruik de link uit je e-mail precies zoals hij is.",
    expiredTitle: "Deze link is verlopen",
    expired: "De link in je e-mail is niet meer geldig. Vraag de projectleider om een nieuwe ronde of werk je acties bij in de chat.",
    closedTitle: "Deze ronde is gesloten",
    closed: "De ronde waarvoor je deze link kreeg is afgesloten; antwoorden worden niet meer verwerkt. Dank voor je tijd.",
  },
};

/** Where a change came from, as a phrase (`history.via`): "via Teams", "via de CLI", "via de bijwerkpagina". */
export const changeChannelsNl = {
  slack: "via Slack",
  teams: "via Teams",
  cli: "via de CLI",
  import: "via de import",
  system: "door het systeem",
  mail: "via e-mail",
  web: "via de bijwerkpagina",
} satisfies Record<ChangeChannel, string>;
