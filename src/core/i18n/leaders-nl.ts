/** Dutch texts of `leider` / `leiders`: the project leaders of a region, in chat and the CLI. */
import type { EmailProblem, LeaderParseError } from "../commands/leader-types.js";
import { commandWords, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";

const LEIDER = commandWords("nl").leider;
const TOEVOEGEN = `${LEIDER} ${SUBCOMMAND_WORDS.add.nl}`;
const WEG = `${LEIDER} ${SUBCOMMAND_WORDS.remove.nl}`;
const EXAMPLE = `\`${TOEVOEGEN} naam@gemeente.nl\``;

const PROBLEMS: Record<EmailProblem, string> = {
  "no-at": "er staat geen @ in",
  "no-name": "voor de @ staat geen naam",
  "no-domain": "na de @ staat geen domein zoals gemeente.nl",
  spaces: "er staan spaties in",
  format: "het is niet geschreven als naam@domein.nl",
};

export const leadersNl = {
  /** What is wrong with an address, as a phrase. */
  emailProblems: PROBLEMS,
  help: {
    usage: `${LEIDER}s · ${TOEVOEGEN} <e-mail> · ${WEG} <e-mail>`,
    description: "de projectleiders van deze regio bekijken, toevoegen of weghalen (projectleider)",
  },
  usage: `Schrijf \`${LEIDER}s\`, ${EXAMPLE} of \`${WEG} naam@gemeente.nl\`.`,
  controlCharacterField: `Het e-mailadres bij \`${LEIDER}\``,
  unavailable: "Projectleiders bijhouden kan niet in deze installatie.",
  title: (count: number) => `${count} ${count === 1 ? "projectleider" : "projectleiders"} in deze regio`,
  fromConfig: "uit LEADER_EMAILS",
  since: (date: string) => `sinds ${date}`,
  listHint: `Voeg er een toe met ${EXAMPLE}; haal er een weg met \`${WEG} naam@gemeente.nl\`.`,
  noneHint: `Er is nog geen projectleider. Voeg er een toe met \`npm run cli -- regio add <regio> --leider naam@gemeente.nl\` of met LEADER_EMAILS.`,
  added: (email: string) => `${email} is nu projectleider van deze regio.`,
  addedHint:
    "Vanaf de volgende opdracht kan die trekkers koppelen, kanalen koppelen en rondes starten (op een andere server binnen een halve minuut).",
  already: (email: string) => `${email} was al projectleider van deze regio; er is niets gewijzigd.`,
  removed: (email: string) => `${email} is geen projectleider meer van deze regio.`,
  notALeader: (email: string) => `${email} is geen projectleider van deze regio; er is niets gewijzigd.`,
  notALeaderHint: `\`${LEIDER}s\` toont wie het wel zijn.`,
  lastLeader: (email: string) => `${email} is de laatste projectleider van deze regio en blijft dat; er is niets gewijzigd.`,
  lastLeaderHint: `Voeg eerst een andere projectleider toe (${EXAMPLE}) en haal daarna deze weg.`,
  configured: (email: string) => `${email} staat in LEADER_EMAILS en blijft daarom projectleider; er is niets gewijzigd.`,
  configuredHint: "Haal het adres uit LEADER_EMAILS (de instelling van de server) en start de bot opnieuw; daarna kan het met deze opdracht.",
  leaderOnlyHint: `Denk je dat je projectleider bent? Vraag een projectleider van deze regio: \`${TOEVOEGEN} <jouw e-mailadres>\`.`,
  parse(error: LeaderParseError): { problem: string; hint: string } {
    switch (error.code) {
      case "leader-usage":
        return { problem: `\`${LEIDER} ${error.given ?? ""}\` ken ik niet.`, hint: leadersNl.usage };
      case "missing-leader-email":
        return {
          problem: `Bij \`${error.action === "add" ? TOEVOEGEN : WEG}\` hoort een e-mailadres.`,
          hint: `Schrijf bijvoorbeeld \`${error.action === "add" ? TOEVOEGEN : WEG} naam@gemeente.nl\`.`,
        };
      case "invalid-leader-email":
        return { problem: `\`${error.given}\` is geen e-mailadres: ${PROBLEMS[error.problem]}.`, hint: `Schrijf bijvoorbeeld ${EXAMPLE}.` };
    }
  },
};
