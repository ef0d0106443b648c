/** Dutch texts of people as data: the people file, `trekkers`, `taal`. */
import { commandWords } from "../commands/vocabulary.js";
import type { PeopleColumn, PeopleFileProblem } from "../people-file/people-file.js";

const COLUMN: Record<PeopleColumn, string> = { email: "email", name: "naam", organisation: "organisatie", language: "taal", actions: "acties" };
const COMMAND_WORD = commandWords("nl");
const peopleCount = (count: number) => `${count} ${count === 1 ? "persoon" : "personen"}`;

export const peopleNl = {
  /** `1.3, 1.4 en 2.1`. */
  list: (items: readonly string[]) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`),
  problem(problem: PeopleFileProblem): string {
    switch (problem.kind) {
      case "empty":
        return "Het bestand heeft geen regels onder de kopregel. Zet per persoon een regel met email;naam;organisatie;taal;acties.";
      case "missing-column":
        return `De kolom "${COLUMN[problem.column]}" ontbreekt in de kopregel. Noem de kolommen email;naam;organisatie;taal;acties.`;
      case "unknown-column":
        return `Onbekende kolom "${problem.header}". Gebruik email, naam, organisatie, taal en acties (of de Engelse namen).`;
      case "unreadable":
        return `Regel ${problem.line} is niet te lezen als CSV (${problem.reason}). Controleer de aanhalingstekens.`;
      case "duplicate":
        return `Regel ${problem.line}: ${problem.email} staat ook op regel ${problem.firstLine}. Zet iedereen één keer in het bestand, met al zijn acties.`;
      case "field": {
        const where = `Regel ${problem.line}, kolom ${problem.header}`;
        switch (problem.problem) {
          case "email":
            return `${where}: "${problem.value}" is geen e-mailadres. Schrijf het als naam@organisatie.nl.`;
          case "language":
            return `${where}: "${problem.value}" is geen taal die de bot spreekt. Schrijf nl of en.`;
          case "code-format":
            return `${where}: "${problem.value}" is geen actiecode. Schrijf codes als 1.3, gescheiden door spaties of komma's.`;
          case "code-unknown":
            return `${where}: actie ${problem.value} staat niet in de agenda. Kijk met \`lijst\` welke codes er zijn.`;
          case "too-long":
            return `${where}: langer dan 200 tekens. Kort het in.`;
        }
      }
    }
  },
  leadsTitle: (people: number, actions: number) => `Trekkers: ${peopleCount(people)} bij ${actions} ${actions === 1 ? "actie" : "acties"}`,
  platform: { slack: "Slack", teams: "Teams", mail: "e-mail" },
  unreachable: "niet bereikbaar in de chat",
  reachable: (reachable: number, total: number) =>
    `${reachable} van ${total} ${total === 1 ? "trekker is" : "trekkers zijn"} in de chat te bereiken.`,
  moreActions: (count: number) =>
    `En nog ${count} ${count === 1 ? "actie" : "acties"}: maak het kleiner met \`${COMMAND_WORD.trekkers} <code|organisatie>\`.`,
  withoutLeadTitle: (count: number) => `Zonder trekker (${count})`,
  linkHint: `Koppel een trekker met \`${COMMAND_WORD.trekker} 1.3 @naam\` (ook meerdere acties en personen tegelijk), of iedereen in één keer met het personenbestand: \`npm run cli -- mensen import trekkers.csv\`.`,
  noLeads: "Er zijn nog geen trekkers gekoppeld.",
  noLeadsFor: (what: string) => `Bij ${what} is geen trekker gekoppeld.`,
  languageSet: "Ik schrijf je voortaan in het Nederlands.",
  languageIs: (chosen: boolean) =>
    chosen
      ? `Ik schrijf je in het Nederlands. Wil je Engels? Typ \`${COMMAND_WORD.taal} en\`.`
      : `Ik schrijf je in het Nederlands (de standaardtaal). Wil je Engels? Typ \`${COMMAND_WORD.taal} en\`.`,
  languageNeedsPerson: "Ik weet nog niet wie je bent, dus ik kan je taal niet onthouden. Vraag de projectleider je als trekker te koppelen.",
  invalid: (file: string, problems: string) =>
    `Het personenbestand ${file} is niet geldig:\n${problems}\nVerbeter het bestand en probeer het opnieuw; er is niets opgeslagen.`,
  imported: (s: { created: number; updated: number; unchanged: number; leadsAdded: number }) =>
    `${peopleCount(s.created + s.updated + s.unchanged)} gelezen: ${s.created} nieuw, ${s.updated} bijgewerkt, ${s.unchanged} ongewijzigd; ${s.leadsAdded} ${s.leadsAdded === 1 ? "trekker gekoppeld" : "trekkers gekoppeld"}.`,
  wrote: (count: number, file: string) => `${peopleCount(count)} weggeschreven naar ${file}`,
  needsFile: "mensen import heeft precies één bestand nodig: npm run cli -- mensen import trekkers.csv",
  unknownSubcommand: (given: string) => `"mensen ${given}" ken ik niet. Gebruik mensen import <bestand> of mensen export [--out <bestand>].`,
};
