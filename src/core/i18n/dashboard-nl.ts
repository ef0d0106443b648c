/** Dutch texts of the `dashboard` command; their shape is the type of every locale's (`DashboardTexts`). */
import { commandWords } from "../commands/vocabulary.js";

const COMMAND_WORD = commandWords("nl");

export const dashboardNl = {
  personal: (url: string) => `Je persoonlijke link naar het dashboard: ${url}`,
  personalHint: (minutes: number, hours: number) =>
    `De link werkt ${minutes} minuten; als je hem opent, blijf je ${hours} uur aangemeld. Deel hem niet: hij meldt je aan als jou. Alles op het dashboard is alleen te lezen.`,
  public: (url: string) => `Het dashboard staat open voor iedereen: ${url}`,
  publicHint: "Je hoeft je niet aan te melden. Alles op het dashboard is alleen te lezen.",
  unknownPerson: "Een persoonlijke link naar het dashboard krijgt alleen wie de doe-agenda kent: trekkers en de projectleider.",
  unknownPersonHint: `Vraag de projectleider je als trekker aan je acties te koppelen (\`${COMMAND_WORD.trekker} 1.3 @jij\`), of bekijk de agenda hier met \`${COMMAND_WORD.lijst}\`.`,
  notInChannel: "In een kanaal ziet iedereen mijn antwoord, dus daar stuur ik geen persoonlijke link.",
  notInChannelHint: `Typ \`${COMMAND_WORD.dashboard}\` in een persoonlijke chat met mij.`,
  unavailable: "Het dashboard is niet beschikbaar in deze installatie.",
};
