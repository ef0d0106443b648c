/** Dutch texts of funding decisions; their shape is the type of every locale's (`FundingTexts`). */
import { commandWords } from "../commands/vocabulary.js";

const COMMAND_WORD = commandWords("nl");
const EXAMPLE = `${COMMAND_WORD.financiering} 1.3 toegekend PoW €40.000 eerste tranche`;
const acties = (count: number) => `${count} ${count === 1 ? "actie" : "acties"}`;

export const fundingNl = {
  help: {
    usage: `${COMMAND_WORD.financiering} 1.3 [toegekend PoW €40.000 <toelichting>]`,
    description: `de financiering bekijken, of het besluit vastleggen: nader te bepalen, aangevraagd, toegekend of afgewezen; \`${COMMAND_WORD.lijst} financiering\` toont de open besluiten`,
  },
  heading: (code: string, title: string) => `Financiering van ${code} ${title}`,
  fields: { status: "Stand", source: "Bron", amount: "Bedrag", note: "Toelichting", agenda: "In de agenda", changed: "Laatst gewijzigd" },
  unknownSource: "bron onbekend",
  fromImport: "nog niet, de stand komt uit de agenda",
  history: "Geschiedenis van de financiering",
  changeHint: (code: string) =>
    `Leg het besluit vast met \`${COMMAND_WORD.financiering} ${code} toegekend PoW €40.000 <toelichting>\`, of met aangevraagd, afgewezen of nader te bepalen.`,
  changed: (code: string, from: string, to: string) => `Financiering van ${code} gewijzigd: ${from} → ${to}.`,
  confirmed: (code: string, state: string) => `Financiering van ${code} bevestigd: ${state}.`,
  filter: (labels: string[]) => `financiering ${labels.join(" of ")}`,
  inList: (state: string) => `financiering ${state}`,
  importKept: (codes: string[]) =>
    `De financiering wijkt af van het bestand bij ${codes.join(", ")}: het besluit dat in de bot is vastgelegd, blijft staan (zie \`${COMMAND_WORD.financiering} ${codes[0] ?? "1.3"}\`).`,
  parse: {
    unknownStatus: (given: string) => `\`${given}\` is geen stand van de financiering.`,
    unknownStatusHint: (suggestion: string | null, all: string[]) =>
      `${suggestion ? `Bedoel je \`${suggestion}\`? ` : ""}Kies uit: ${all.join(", ")}. Bijvoorbeeld \`${EXAMPLE}\`.`,
    invalidAmount: (given: string) => `\`${given}\` is geen bedrag.`,
    amountOutOfRange: (given: string) => `\`${given}\` ligt niet tussen € 0,01 en € 1.000.000.000.`,
    amountHint: `Schrijf het bedrag als \`€40.000\`, \`40000\` of \`€ 40.000,50\`, na de bron: \`${EXAMPLE}\`.`,
    invalidSource: (given: string) => `De bron \`${given}\` heeft geen sluitend aanhalingsteken, of is langer dan 300 tekens.`,
    invalidSourceHint: `Zet een bron van meer woorden tussen aanhalingstekens: \`${COMMAND_WORD.financiering} 1.3 aangevraagd "gemeente Haarlem" €40.000\`. Een toelichting zonder bron: \`${COMMAND_WORD.financiering} 1.3 afgewezen - geen budget meer\`.`,
    controlCharacterField: `De toelichting bij \`${COMMAND_WORD.financiering}\``,
  },
  digest: {
    open: (count: number) => `Open financieringsbesluiten (${count})`,
    none: "Geen open financieringsbesluiten.",
    since: (ago: string) => `laatst gewijzigd ${ago}`,
    sinceImport: "nog niet gewijzigd sinds de import",
    more: (codes: string[]) =>
      `… en nog ${acties(codes.length)}: \`${COMMAND_WORD.lijst} financiering\` toont ze allemaal, \`${COMMAND_WORD.financiering} ${codes[0] ?? "1.3"}\` één.`,
  },
  /** What a round about funding says instead of a status round's words (the rest is the same). */
  round: {
    previewTitle: (actions: number, leads: number) =>
      `Ronde over de financiering: ${acties(actions)}, ${leads} ${leads === 1 ? "trekker" : "trekkers"}`,
    reminderTitle: "Hoe staat het met de financiering?",
    reminderIntro: (who: string | null, count: number, closes: string) =>
      `${who ?? "De projectleider"} vraagt je de financiering van ${count === 1 ? "je actie" : `je ${count} acties`} te bevestigen of bij te werken, graag vóór ${closes}.`,
    reminderHint: `Klopt de stand nog? Kies *Ongewijzigd*. Veranderd? Kies *Bijwerken*, of typ \`${EXAMPLE}\`.`,
    alreadyAnsweredHint: "Er is niets opgeslagen. Is de financiering toch veranderd? Kies *Bijwerken*.",
    statusTitle: (started: string, rate: string) => `Financieringsronde van ${started}: ${rate}`,
    closedTitle: (started: string, rate: string) => `Laatste ronde (over de financiering, ${started}, gesloten): ${rate}`,
    summaryTitle: (rate: string) => `Financieringsronde gesloten: ${rate}`,
  },
  form: {
    section: "Financiering",
    status: "Stand van de financiering",
    source: "Bron",
    sourcePlaceholder: "bijvoorbeeld PoW, ESF, gemeente",
    amount: "Bedrag in euro",
    amountPlaceholder: "bijvoorbeeld €40.000",
    note: "Toelichting bij de financiering",
    hint: "Laat de stand leeg om de financiering niet te wijzigen.",
    errors: {
      status: "Kies een stand van de financiering.",
      sourceTooLong: (max: number) => `De bron mag hoogstens ${max} tekens lang zijn.`,
      amount: "Schrijf het bedrag als €40.000, 40000 of € 40.000,50.",
      amountOutOfRange: "Het bedrag moet tussen € 0,01 en € 1.000.000.000 liggen.",
      noteTooLong: (max: number) => `De toelichting bij de financiering mag hoogstens ${max} tekens lang zijn.`,
      controlCharacter: (character: string) => `Dit veld bevat een onzichtbaar stuurteken (${character}). Haal het weg en probeer het opnieuw.`,
    },
  },
};
