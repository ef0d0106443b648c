/** The weekly digest of an overleg and the `digest` command. */
import { commandPhrase, commandWords } from "../commands/vocabulary.js";
import { codeList } from "./code-list.js";
import { roundsNl } from "./rounds-nl.js";

const COMMAND_WORD = commandWords("nl");

export const digestNl = {
  title: (overleg: string, date: string) => `Weekoverzicht ${overleg} · ${date}`,
  scope: (themes: string) => `Thema's: ${themes}`,
  changesSince: (date: string) => `Wat is er veranderd sinds ${date}`,
  noChanges: (date: string) => `Geen wijzigingen of notities sinds ${date}.`,
  changed: (from: string, to: string) => `${from} → ${to}`,
  confirmed: (status: string) => `bevestigd: ${status}`,
  note: "notitie",
  earlierChanges: (count: number, code: string) =>
    `… en ${count} ${count === 1 ? "eerdere wijziging" : "eerdere wijzigingen"}: \`${COMMAND_WORD.toon} ${code}\``,
  moreActions: (codes: string[]) =>
    `… en nog ${codes.length} ${codes.length === 1 ? "actie" : "acties"} met wijzigingen (${codeList(codes)}). Bekijk ze met \`${COMMAND_WORD.toon} ${codes[0] ?? "1.3"}\`.`,
  open: (count: number) => `Nog nader uit te werken (${count})`,
  lastUpdate: (ago: string) => `laatste update ${ago}`,
  escalations: (count: number) => `Open escalaties (${count})`,
  noEscalations: "Geen open escalaties.",
  round: (answered: number, total: number) => `Herinneringsronde: ${roundsNl.responseRate(answered, total)}.`,
  notLinked: "Dit kanaal is niet gekoppeld aan een overleg, dus er is geen weekoverzicht.",
  notLinkedHint: `Koppel het met \`${COMMAND_WORD.koppel} RWB\`, of bekijk het overzicht van een overleg met \`${COMMAND_WORD.digest} RWB\`.`,
  postNow: (overleg: string) => `Het weekoverzicht van ${overleg} wordt zo in dit kanaal geplaatst.`,
  alreadyQueued: "Het weekoverzicht staat al klaar om geplaatst te worden; er is niets dubbel verstuurd.",
  nowNeedsChannel: `\`${commandPhrase("digest", "now", "nl")}\` werkt in een kanaal dat aan een overleg gekoppeld is: typ het daar.`,
  noThemes: (overleg: string) => `${overleg} heeft geen pijlers of thema's in de agenda, dus er is niets te melden.`,
  scheduleIs: (overleg: string, when: string) => `Het weekoverzicht van ${overleg} komt in dit kanaal ${when} (Nederlandse tijd).`,
  scheduleHint: `De projectleider wijzigt dit met bijvoorbeeld \`${commandPhrase("digest", "schedule", "nl")} vrijdag 14:00\`.`,
  scheduleSet: (overleg: string, when: string) => `Het weekoverzicht van ${overleg} komt in dit kanaal voortaan ${when} (Nederlandse tijd).`,
  scheduleInvalid: (given: string) => `\`${given}\` is geen dag met een tijd.`,
  scheduleInvalidHint: `Schrijf bijvoorbeeld \`${commandPhrase("digest", "schedule", "nl")} vrijdag 14:00\` of \`${commandPhrase("digest", "schedule", "nl")} werkdagen 08:30\`, of een cron-expressie zoals \`${commandPhrase("digest", "schedule", "nl")} 0 9 * * 1\`.`,
};
