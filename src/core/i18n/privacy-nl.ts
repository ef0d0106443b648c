/** Dutch texts of `persoon export` and `persoon vergeet` (AVG/GDPR), in chat and in the CLI. */
import { commandWords, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";
import type { ExportSection } from "../privacy/person-privacy.js";

const PERSOON = commandWords("nl").persoon;
const EXPORT = `${PERSOON} ${SUBCOMMAND_WORDS.export.nl}`;
const VERGEET = `${PERSOON} ${SUBCOMMAND_WORDS.forget.nl}`;
const BEVESTIG = SUBCOMMAND_WORDS.confirm.nl;

/** The column the CLI usage's descriptions start at. */
const W = 64;

export const privacyNl = {
  help: {
    usage: `${EXPORT} <e-mail> · ${VERGEET} <e-mail> [${BEVESTIG}]`,
    description: "alles wat over iemand is opgeslagen (AVG), of iemand vergeten (projectleider)",
  },
  usage: `Schrijf \`${EXPORT} naam@gemeente.nl\` of \`${VERGEET} naam@gemeente.nl\`.`,
  notAnEmail: (given: string) => `\`${given}\` is geen e-mailadres.`,
  missing: "Noem de persoon met een e-mailadres.",
  controlCharacterField: "Het e-mailadres",
  unavailable: "Gegevens per persoon zijn niet beschikbaar in deze installatie.",
  unknown: (email: string) => `Niemand met het e-mailadres ${email} is bekend bij de doe-agenda.`,
  unknownHint: "Er is dus ook niets over deze persoon opgeslagen (of de persoon is al vergeten). Controleer de spelling.",
  sections: {
    identities: "chataccounts",
    conversations: "onthouden gesprekken",
    leads: "acties als trekker",
    leaderOf: "regio's als projectleider",
    statusChanges: "statuswijzigingen",
    notes: "notities",
    fundingChanges: "financieringsbesluiten",
    measurements: "metingen",
    goalsCreated: "doelen vastgelegd",
    escalationsRaised: "escalaties gesteld",
    escalationsResolved: "escalaties beantwoord of gesloten",
    roundAnswers: "antwoorden in rondes",
    roundMessages: "berichten in rondes",
    outboxMessages: "berichten aan hen (uitgaand)",
    journal: "opdrachten in het journaal",
  } satisfies Record<ExportSection, string>,
  mentions: "teksten die hen noemen (ook van anderen)",
  exportSummary: (who: string) => `Opgeslagen over ${who}:`,
  exportPerson: (organisation: string | null, locale: string | null) =>
    `Persoonsgegevens: e-mailadres, naam${organisation ? `, organisatie (${organisation})` : ""}${locale ? `, taal (${locale})` : ""}.`,
  exportHint: (email: string) =>
    `Het volledige overzicht (JSON, voor een inzageverzoek) staat niet in de chat, waar het verder gedeeld kan worden: vraag het op met \`npm run cli -- ${EXPORT} ${email} --out ${email.split("@")[0]}.json\` op de server.`,
  line: (label: string, count: number) => `• ${label}: ${count}`,
  nothingElse: "Verder niets: geen accounts, geschiedenis of berichten.",
  forgetPreview: (who: string) => `Wil je ${who} vergeten? Dit kan niet ongedaan worden gemaakt.`,
  forgetWhat:
    "Weg gaan: e-mailadres, naam, organisatie, taal, chataccounts, onthouden gesprekken, trekkerschap, projectleiderschap en berichten aan hen. " +
    "In de geschiedenis en notities komt een pseudoniem in de plaats van naam en e-mailadres; de feiten (wijzigingen, aantallen, statussen, tijden) blijven.",
  forgetConfirm: (email: string) => `Typ \`${VERGEET} ${email} ${BEVESTIG}\` om door te gaan.`,
  forgotten: (email: string, pseudonym: string) => `${email} is vergeten: in de geschiedenis heet deze persoon nu ${pseudonym}.`,
  forgottenDetail: (identities: number, leads: number, messages: number, rewritten: number) =>
    `Verwijderd: ${identities} chataccount(s), ${leads} trekkerschap(pen), ${messages} bericht(en). ${rewritten} tekst(en) in geschiedenis en berichten van een pseudoniem voorzien.`,
  cliUnknownSubcommand: (given: string) =>
    `"${PERSOON} ${given}" ken ik niet. Gebruik ${EXPORT} <e-mail> [--out <bestand>] of ${VERGEET} <e-mail> [${BEVESTIG}].`,
  cliWrote: (file: string) => `Alles over deze persoon geschreven naar ${file}.`,
  cliUsage:
    `  npm run cli -- ${EXPORT} <e-mail> [--out <bestand>]`.padEnd(W) +
    "alles wat over iemand is opgeslagen, als JSON (AVG)\n" +
    `  npm run cli -- ${VERGEET} <e-mail> [${BEVESTIG}]`.padEnd(W) +
    `iemand vergeten; zonder ${BEVESTIG}: eerst zien wat er gebeurt\n`,
};
