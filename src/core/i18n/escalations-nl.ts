/** Dutch texts of escalations; their shape is the type of every locale's (`EscalationTexts`). */
import type { ParseError } from "../commands/types.js";
import { commandWords } from "../commands/vocabulary.js";

const COMMAND_WORD = commandWords("nl");

const names = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1] ?? ""}`);

/** What follows the number: `antwoord 12 <tekst>`, `sluit 12 <reden>`. */
const after = (command: string) => (command === "sluit" ? "<reden>" : "<tekst>");

type EscalationParseError = Extract<
  ParseError,
  { code: "missing-escalation-number" | "invalid-escalation-number" | "escalation-command-in-question" }
>;

export const escalationsNl = {
  /** Where an escalation put to nobody in particular goes. */
  themeOverleggen: (theme: number) => `de overleggen van thema ${theme}`,
  raised: (number: number, code: string, overleg: string | null) =>
    `Vraag #${number} over ${code} voorgelegd${overleg ? ` aan ${overleg}` : " aan de overleggen van dit thema"}; ze staat in de volgende digest tot ze is opgelost.`,
  postedIn: (channels: number, overleggen: string[]) =>
    channels === 0
      ? `Er is nog geen kanaal gekoppeld aan ${names(overleggen) || "een overleg van dit thema"}, dus de vraag is nog nergens geplaatst; ze komt in de digest zodra er een gekoppeld is (\`${COMMAND_WORD.koppel} ${overleggen[0] ?? "RWB"}\`).`
      : `Geplaatst in ${channels} ${channels === 1 ? "kanaal" : "kanalen"} van ${names(overleggen)}.`,
  howToResolve: (number: number) =>
    `Beantwoorden: \`${COMMAND_WORD.antwoord} ${number} <tekst>\` · sluiten zonder antwoord: \`${COMMAND_WORD.sluit} ${number} <reden>\`.`,
  postTitle: (number: number, code: string, title: string) => `Escalatie #${number} · ${code} ${title}`,
  postBy: (who: string | null, overleggen: string) => `Gesteld door ${who ?? "een onbekende"}, voor ${overleggen}.`,
  postHint: (number: number) =>
    `Wie in dit kanaal zit, kan antwoorden met \`${COMMAND_WORD.antwoord} ${number} <tekst>\` of de vraag sluiten met \`${COMMAND_WORD.sluit} ${number} <reden>\`.`,
  listTitle: (count: number, overleg: string | null) => `Open escalaties${overleg ? ` van ${overleg}` : ""} (${count})`,
  none: (overleg: string | null) => `Er zijn geen open escalaties${overleg ? ` voor ${overleg}` : ""}.`,
  noneHint: `Een vraag voorleggen aan een overleg: \`${COMMAND_WORD.escaleer} 1.3 RWB: <vraag>\`.`,
  listHint: `Beantwoorden: \`${COMMAND_WORD.antwoord} 12 <tekst>\` · sluiten: \`${COMMAND_WORD.sluit} 12 <reden>\` (projectleider, of in een kanaal van het overleg).`,
  raisedAgo: (ago: string, who: string | null, overleggen: string) => `gesteld ${ago}${who ? ` door ${who}` : ""} · voor ${overleggen}`,
  answered: (number: number, code: string) => `Escalatie #${number} over ${code} is beantwoord en gesloten.`,
  closed: (number: number, code: string) => `Escalatie #${number} over ${code} is gesloten zonder antwoord.`,
  told: (people: string[]) => `${names(people)} ${people.length === 1 ? "krijgt" : "krijgen"} een bericht.`,
  unreachable: (people: string[]) => `Niet bereikbaar in de chat, dus zonder bericht: ${names(people)}.`,
  answerTitle: (number: number, code: string, title: string) => `Antwoord op escalatie #${number} · ${code} ${title}`,
  closedTitle: (number: number, code: string, title: string) => `Escalatie #${number} gesloten zonder antwoord · ${code} ${title}`,
  question: "Vraag",
  answer: "Antwoord",
  reason: "Reden",
  resolvedOn: (outcome: "answered" | "closed", date: string, who: string | null) =>
    `${outcome === "answered" ? "beantwoord" : "gesloten"} op ${date}${who ? ` door ${who}` : ""}`,
  unknownNumber: (number: number) => `Escalatie #${number} bestaat niet; er is niets opgeslagen.`,
  unknownNumberHint: `\`${COMMAND_WORD.escalaties}\` toont de open escalaties met hun nummer.`,
  alreadyResolved: (number: number, outcome: "answered" | "closed", date: string, who: string | null) =>
    `Escalatie #${number} is al ${outcome === "answered" ? "beantwoord" : "gesloten"} (${date}${who ? ` door ${who}` : ""}); er is niets opgeslagen.`,
  alreadyResolvedHint: (code: string) => `Is er een nieuwe vraag over ${code}? Leg die voor met \`${COMMAND_WORD.escaleer} ${code} <vraag>\`.`,
  notMember: (number: number, overleggen: string[]) =>
    `Alleen de projectleider en wie in een kanaal van ${names(overleggen)} zit, kan escalatie #${number} beantwoorden of sluiten; er is niets opgeslagen.`,
  notMemberHint: (overleggen: string[], linked: boolean) =>
    linked
      ? `Typ de opdracht in het kanaal dat aan ${names(overleggen)} gekoppeld is.`
      : `Er is nog geen kanaal gekoppeld aan ${names(overleggen)}; de projectleider koppelt er een met \`${COMMAND_WORD.koppel} ${overleggen[0] ?? "RWB"}\`.`,
  membersOnly: (command: string) => `Alleen de projectleider en wie in een kanaal van het overleg zit, kan \`${command}\` gebruiken.`,
  membersOnlyHint: "Typ de opdracht in het Slack- of Teams-kanaal dat aan het overleg van de escalatie gekoppeld is.",
  openHeading: "Open escalaties",
  resolvedHeading: "Afgehandelde escalaties",
  digestResolved: (count: number) => `Afgehandeld sinds het vorige overzicht (${count})`,
  parse(error: EscalationParseError): { problem: string; hint: string } {
    switch (error.code) {
      case "missing-escalation-number":
        return {
          problem: `Bij \`${COMMAND_WORD[error.command]}\` hoort het nummer van een escalatie.`,
          hint: `Schrijf bijvoorbeeld \`${COMMAND_WORD[error.command]} 12 ${after(error.command)}\`; \`${COMMAND_WORD.escalaties}\` toont de nummers.`,
        };
      case "invalid-escalation-number":
        return {
          problem: `\`${error.given}\` is geen nummer van een escalatie.`,
          hint: `Een escalatie heeft een nummer zoals \`12\` of \`#12\`: \`${COMMAND_WORD[error.command]} 12 ${after(error.command)}\`.`,
        };
      case "escalation-command-in-question":
        return {
          problem: `Dit maakt geen nieuwe escalatie: ${error.command === "sluit" ? "sluit" : "beantwoord"} escalatie #${error.number} met \`${COMMAND_WORD[error.command]} ${error.number} ${after(error.command)}\`. Er is niets opgeslagen.`,
          hint: `Is het toch een nieuwe vraag? Noem dan het overleg ervoor: \`${COMMAND_WORD.escaleer} ${error.action} RWB: …\`.`,
        };
    }
  },
  tooLongHint: "Maak de tekst korter; een uitgebreide toelichting kan als notitie bij de actie (`notitie 1.3 <tekst>`).",
  /** The hint for an answer or a reason left empty. */
  emptyTextHint: (command: "antwoord" | "sluit") =>
    command === "antwoord"
      ? `Schrijf bijvoorbeeld \`${COMMAND_WORD.antwoord} 12 het RWB financiert de tweede fase\`.`
      : `Schrijf bijvoorbeeld \`${COMMAND_WORD.sluit} 12 dubbel gesteld, zie #11\`.`,
};
