/** Dutch texts of reminder rounds; their shape is the type of every locale's (`RoundTexts`). */
import { commandPhrase, commandWords, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";

const COMMAND_WORD = commandWords("nl");

const acties = (count: number) => `${count} ${count === 1 ? "actie" : "acties"}`;
const trekkers = (count: number) => `${count} ${count === 1 ? "trekker" : "trekkers"}`;

export const roundsNl = {
  previewTitle: (actions: number, leads: number) => `Herinneringsronde: ${acties(actions)}, ${trekkers(leads)}`,
  defaultFilter: (weeks: number) => `Acties die nader uit te werken zijn, en lopende acties zonder update in ${weeks} weken.`,
  filter: (description: string) => `Filter: ${description}.`,
  leadsHeading: "Wie krijgt een bericht",
  unreachable: "niet bereikbaar in de chat",
  withoutLeadHeading: (count: number) => `Zonder gekoppelde trekker (${count})`,
  /** Names the actions concerned: the command for the one action, or for the first of several as the example. */
  withoutLeadHint: (codes: string[]) =>
    `Niemand krijgt over ${codes.length === 1 ? "deze actie" : "deze acties"} een bericht, dus ${codes.length === 1 ? "ze is" : "ze zijn"} voor jou. Koppel een trekker met \`${COMMAND_WORD.trekker} ${codes[0] ?? "1.3"} @naam\`${codes.length > 1 ? ", en zo ook voor de andere" : ""}.`,
  unreachableHeading: (count: number) => `Nog niet bereikbaar (${count})`,
  unreachableHint:
    "Deze trekkers hebben de bot nog nooit gesproken, dus hij kan ze geen bericht sturen. Hun acties staan wel in de ronde; vraag ze de bot één keer te openen.",
  timeline: (followUp: string, closes: string) =>
    `Op ${followUp} krijgt wie nog niet reageerde een herinnering; de ronde sluit op ${closes} en dan krijg je een samenvatting.`,
  startButton: "Start de ronde",
  startHint: (command: string) => `Of typ \`${command}\`.`,
  nobodyToMessage: "Deze ronde zou niemand een bericht sturen: geen van deze acties heeft een trekker die de bot kan bereiken.",
  nobodyToMessageHint: (unreachable: boolean) =>
    `Koppel trekkers met \`${COMMAND_WORD.trekker} 1.3 @naam\`${unreachable ? " of vraag de trekkers hierboven de bot één keer te openen" : ""}; daarna kun je de ronde starten.`,
  scheduledNobody:
    "De geplande herinneringsronde is niet gestart: ze zou niemand een bericht sturen, want geen van de acties heeft een bereikbare trekker.",
  nothingToDo: "Er zijn geen acties die om een herinnering vragen.",
  nothingToDoHint: `Kies een ander filter, bijvoorbeeld \`${COMMAND_WORD.herinner} thema 4\` of \`${COMMAND_WORD.herinner} status loopt\`.`,
  alreadyOpen: (started: string) => `Er loopt al een herinneringsronde (gestart ${started}).`,
  alreadyOpenHint: `Bekijk hem met \`${COMMAND_WORD.ronde}\`, of sluit hem eerst met \`${commandPhrase("ronde", "close", "nl")}\`.`,
  started: (leads: number, actions: number) =>
    `De ronde is gestart: ${trekkers(leads)} ${leads === 1 ? "krijgt" : "krijgen"} een bericht over ${acties(actions)}.`,
  startedHint: `Volg de antwoorden met \`${COMMAND_WORD.ronde}\`.`,
  automaticStarted: (leads: number, actions: number) => `Een geplande herinneringsronde is gestart: ${trekkers(leads)}, ${acties(actions)}.`,
  reminderTitle: "Hoe staat het met je acties?",
  reminderIntro: (who: string | null, count: number, closes: string) =>
    `${who ?? "De projectleider"} vraagt je de status van ${count === 1 ? "je actie" : `je ${count} acties`} te bevestigen of bij te werken, graag vóór ${closes}.`,
  reminderHint: `Klopt de status nog? Kies *Ongewijzigd*. Veranderd? Kies *Bijwerken*, of typ \`${COMMAND_WORD.status} 1.3 loopt <toelichting>\`.`,
  nudgeTitle: "Nog even een herinnering",
  nudgeIntro: (count: number, closes: string) =>
    `${count === 1 ? "Eén actie wacht" : `${count} acties wachten`} nog op je antwoord; de ronde sluit op ${closes}.`,
  none: "Er is nog geen herinneringsronde geweest.",
  noneHint: `Start er een met \`${COMMAND_WORD.herinner}\`.`,
  /**
   * The response rate, the same words wherever it is shown (`ronde`, the summary, the digest): of the round's leads,
   * how many have answered every one of their actions in it.
   */
  responseRate: (answered: number, total: number) =>
    total === 0
      ? "geen trekkers in deze ronde"
      : `${answered} van de ${trekkers(total)} ${answered === 1 || total === 1 ? "heeft" : "hebben"} gereageerd (${Math.round((answered / total) * 100)}%)`,
  statusTitle: (started: string, rate: string) => `Ronde van ${started}: ${rate}`,
  closedTitle: (started: string, rate: string) => `Laatste ronde (${started}, gesloten): ${rate}`,
  statusTimeline: (followUp: string | null, closes: string, followedUp: boolean) =>
    `${followedUp ? "Herinnering verstuurd" : `Herinnering op ${followUp ?? "-"}`}; sluit op ${closes}.`,
  counts: (updated: number, unchanged: number, notMine: number, open: number) =>
    `Bijgewerkt: ${updated} · ongewijzigd: ${unchanged} · niet mijn actie: ${notMine} · geen antwoord: ${open}`,
  answeredHeading: (count: number) => `Gereageerd (${count})`,
  unansweredHeading: (count: number) => `Nog geen antwoord (${count})`,
  notMineHeading: (count: number) => `"Niet mijn actie" (${count})`,
  notMineLine: (code: string, name: string) => `${code}: ${name}`,
  notMineHint: (codes: string[]) => {
    const code = codes[0] ?? "1.3";
    const link = `Koppel de juiste trekker met \`${COMMAND_WORD.trekker} ${code} @naam\` (en ontkoppel met \`${COMMAND_WORD.trekker} ${code} ${SUBCOMMAND_WORDS.remove.nl} @naam\`)`;
    return codes.length > 1 ? `${link}, en zo ook voor ${codes.slice(1).join(", ")}.` : `${link}.`;
  },
  closeHint: `\`${commandPhrase("ronde", "close", "nl")}\` — sluit de lopende ronde nu en stuurt je de samenvatting.`,
  summaryTitle: (rate: string) => `Herinneringsronde gesloten: ${rate}`,
  answer: { updated: "bijgewerkt", unchanged: "ongewijzigd", "not-mine": "niet mijn actie" },
  recorded: (code: string) => `Je antwoord over ${code} staat in de ronde.`,
  allAnswered: "Dank je, je hebt alle acties in deze ronde beantwoord.",
  answeredItem: (status: string, answer: string) => `${status} · beantwoord: ${answer}`,
  alreadyAnswered: (code: string) => `${code} is al beantwoord in deze ronde.`,
  alreadyAnsweredHint: "Er is niets opgeslagen. Is de status toch veranderd? Kies *Bijwerken*.",
  notMineRecorded: (code: string) => `Genoteerd: ${code} is niet jouw actie. De projectleider hoort het.`,
  notMineRecordedHint: "Weet je wie het wel is? Laat het de projectleider weten.",
  notMineNotice: (name: string, code: string, title: string) => `${name} zegt dat ${code} (${title}) niet zijn of haar actie is.`,
  notMineNoticeHint: (code: string) => `Koppel de juiste trekker met \`${COMMAND_WORD.trekker} ${code} @naam\`.`,
  noOpenRound: "Er loopt geen herinneringsronde.",
  scheduledSkipped: (started: string) => `De geplande herinneringsronde is niet gestart: de ronde van ${started} loopt nog.`,
  scheduledSkippedHint: `Bekijk die met \`${COMMAND_WORD.ronde}\` en sluit hem met \`${commandPhrase("ronde", "close", "nl")}\`; de volgende geplande ronde start dan gewoon.`,
  invalidButton: "Deze knop klopt niet (meer); er is niets gestart.",
  invalidButtonHint: `Typ \`${COMMAND_WORD.herinner}\` voor een nieuw voorbeeld van de ronde.`,
};
