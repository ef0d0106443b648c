/**
 * The words of the grammar in one table: every command, sub-command and filter, Dutch first with its English
 * alias. The parser reads it, and so do `help`, refusals and every hint that names a command, so a word is
 * changed in one place. Status words live beside the statuses (`domain/status.ts`, `STATUS_VOCABULARY`).
 */
import type { Locale } from "../domain/locale.js";
import { COMMAND_NAMES, type Command, type CommandName, type ListFilter } from "./types.js";

export interface Words {
  nl: string;
  en: string;
  /** More Dutch words people type for it. */
  alsoNl?: readonly string[];
  /** More English words people type for it. */
  alsoEn?: readonly string[];
}

export const COMMAND_WORDS: Record<CommandName, Words> = {
  help: { nl: "help", en: "help", alsoNl: ["hulp", "?"] },
  mijn: { nl: "mijn", en: "mine", alsoEn: ["my"] },
  toon: { nl: "toon", en: "show", alsoNl: ["bekijk"] },
  lijst: { nl: "lijst", en: "list" },
  zoek: { nl: "zoek", en: "search", alsoEn: ["find"] },
  status: { nl: "status", en: "status" },
  notitie: { nl: "notitie", en: "note" },
  doel: { nl: "doel", en: "goal" },
  meting: { nl: "meting", en: "measure", alsoNl: ["meet"], alsoEn: ["measurement"] },
  escaleer: { nl: "escaleer", en: "escalate" },
  escalaties: { nl: "escalaties", en: "escalations", alsoNl: ["escalatie"] },
  antwoord: { nl: "antwoord", en: "answer", alsoNl: ["beantwoord"] },
  sluit: { nl: "sluit", en: "close" },
  financiering: { nl: "financiering", en: "funding", alsoNl: ["financiën"] },
  trekker: { nl: "trekker", en: "lead", alsoEn: ["assign"] },
  trekkers: { nl: "trekkers", en: "leads" },
  taal: { nl: "taal", en: "language", alsoEn: ["lang"] },
  koppel: { nl: "koppel", en: "link" },
  leider: { nl: "leider", en: "leader", alsoNl: ["leiders", "projectleider", "projectleiders"], alsoEn: ["leaders"] },
  digest: { nl: "digest", en: "digest", alsoNl: ["overzicht"] },
  herinner: { nl: "herinner", en: "remind", alsoNl: ["herinnering"] },
  ronde: { nl: "ronde", en: "round" },
  dashboard: { nl: "dashboard", en: "dashboard" },
  persoon: { nl: "persoon", en: "person" },
  rapport: { nl: "rapport", en: "report", alsoNl: ["kwartaalrapport"] },
};

/** Words after a command that change what it does: `herinner start`, `ronde sluit`, `digest nu`, … */
export const SUBCOMMAND_WORDS = {
  start: { nl: "start", en: "start", alsoEn: ["begin", "go"] },
  close: { nl: "sluit", en: "close", alsoNl: ["afsluiten", "stop"], alsoEn: ["end"] },
  now: { nl: "nu", en: "now" },
  schedule: { nl: "schema", en: "schedule", alsoNl: ["tijd"], alsoEn: ["time"] },
  remove: { nl: "weg", en: "remove", alsoNl: ["verwijder", "-"] },
  add: { nl: "toevoegen", en: "add", alsoNl: ["voeg", "erbij", "nieuw", "+"], alsoEn: ["new"] },
  language: { nl: "taal", en: "language", alsoEn: ["lang"] },
  export: { nl: "export", en: "export", alsoNl: ["inzage"] },
  forget: { nl: "vergeet", en: "forget", alsoEn: ["erase"] },
  confirm: { nl: "bevestig", en: "confirm", alsoNl: ["bevestigd"] },
} as const satisfies Record<string, Words>;
export type Subcommand = keyof typeof SUBCOMMAND_WORDS;

/** After `digest schema`: a digest falling on a Dutch public holiday comes the next working day (`skip`), or not (`keep`). */
export const HOLIDAY_WORDS = {
  skip: { nl: "feestdagen overslaan", en: "skip holidays", alsoNl: ["niet op feestdagen"], alsoEn: ["skip public holidays", "not on holidays"] },
  keep: { nl: "ook op feestdagen", en: "also on holidays", alsoNl: ["feestdagen niet overslaan"], alsoEn: ["on holidays too"] },
} as const satisfies Record<string, Words>;
export type HolidayRule = keyof typeof HOLIDAY_WORDS;

/** After `digest taal`: the languages a channel can have. */
export const LANGUAGE_WORDS: Record<Locale, Words> = {
  nl: { nl: "nl", en: "nl", alsoNl: ["nederlands"], alsoEn: ["dutch"] },
  en: { nl: "en", en: "en", alsoNl: ["engels"], alsoEn: ["english"] },
};

/** The filter words of `lijst` and `herinner`; `share` (`deel`) posts the list in the channel. */
export const FILTER_WORDS: Record<keyof ListFilter | "share", Words> = {
  themes: { nl: "thema", en: "theme" },
  pillar: { nl: "pijler", en: "pillar" },
  statuses: { nl: "status", en: "status" },
  scope: { nl: "scope", en: "scope", alsoNl: ["regio"] },
  trekker: { nl: "trekker", en: "lead" },
  funding: { nl: "financiering", en: "funding" },
  share: { nl: "deel", en: "share" },
};

/** Words inside the goal commands: `doel 1.3 … per 31-12-2026`, `lijst verlopen`. */
export const GOAL_WORDS = {
  by: { nl: "per", en: "by", alsoNl: ["uiterlijk"], alsoEn: ["due"] },
  overdue: { nl: "verlopen", en: "overdue", alsoEn: ["late"] },
} as const satisfies Record<string, Words>;

/** True when `word` (any case) is one of the words of this goal word. */
export function isGoalWord(word: string | undefined, key: keyof typeof GOAL_WORDS): boolean {
  const words = GOAL_WORDS[key] as Words;
  const lower = word?.toLowerCase();
  return !!lower && [words.nl, words.en, ...(words.alsoNl ?? []), ...(words.alsoEn ?? [])].includes(lower);
}

function allWords(words: Words): { word: string; english: boolean }[] {
  const english = [words.en, ...(words.alsoEn ?? [])].filter((word) => word !== words.nl);
  return [
    { word: words.nl, english: false },
    ...(words.alsoNl ?? []).map((word) => ({ word, english: false })),
    ...english.map((word) => ({ word, english: true })),
  ];
}

function index<K extends string>(table: Record<K, Words>): Map<string, { key: K; english: boolean }> {
  const map = new Map<string, { key: K; english: boolean }>();
  for (const key of Object.keys(table) as K[]) {
    for (const { word, english } of allWords(table[key])) if (!map.has(word)) map.set(word, { key, english });
  }
  return map;
}

const COMMAND_INDEX = index(COMMAND_WORDS);
const SUBCOMMAND_INDEX = index<Subcommand>(SUBCOMMAND_WORDS);
const FILTER_INDEX = index(FILTER_WORDS);
const LANGUAGE_INDEX = index(LANGUAGE_WORDS);

/** Every holiday phrase with the rule it says, longest first (to find one at the end of a schedule). */
export const HOLIDAY_PHRASES: readonly { phrase: string; rule: HolidayRule }[] = [...index<HolidayRule>(HOLIDAY_WORDS)]
  .map(([phrase, { key }]) => ({ phrase, rule: key }))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The language a word names: `en`, `engels`, `english`. */
export function languageOfWord(word: string): Locale | undefined {
  return LANGUAGE_INDEX.get(word.trim().toLowerCase())?.key;
}

/** The command a typed word starts, with whether the word is English. */
export function commandOfWord(word: string): { name: CommandName; english: boolean } | undefined {
  const found = COMMAND_INDEX.get(word.toLowerCase());
  return found ? { name: found.key, english: found.english } : undefined;
}

/** Every word that starts a command, for "did you mean". */
export const ALL_COMMAND_WORDS: readonly string[] = [...COMMAND_INDEX.keys()];

/** True when `word` (any case) is one of the words of this sub-command. */
export function isSubcommand(word: string | undefined, subcommand: Subcommand): boolean {
  return !!word && SUBCOMMAND_INDEX.get(word.toLowerCase())?.key === subcommand;
}

export function filterOfWord(word: string): keyof ListFilter | "share" | undefined {
  return FILTER_INDEX.get(word.toLowerCase())?.key;
}

/** Every filter word, for "did you mean". */
export const ALL_FILTER_WORDS: readonly string[] = [...FILTER_INDEX.keys()];

/** A command as the user of this locale types it: `commandWord("herinner", "en")` is `remind`. */
export function commandWord(name: CommandName, locale: Locale): string {
  return COMMAND_WORDS[name][locale];
}

/** Every command as the user of this locale types it. */
export function commandWords(locale: Locale): Record<CommandName, string> {
  return Object.fromEntries(COMMAND_NAMES.map((name) => [name, COMMAND_WORDS[name][locale]])) as Record<CommandName, string>;
}

/** A command with its sub-command: `commandPhrase("digest", "now", "nl")` is `digest nu`. */
export function commandPhrase(name: CommandName, subcommand: Subcommand, locale: Locale): string {
  return `${COMMAND_WORDS[name][locale]} ${SUBCOMMAND_WORDS[subcommand][locale]}`;
}

export function filterWord(key: keyof ListFilter | "share", locale: Locale): string {
  return FILTER_WORDS[key][locale];
}

/** How the user of this locale would type the command given: `digest nu`, `lead`, `status`. */
export function spokenCommand(command: Command, locale: Locale): string {
  if (command.name === "digest" && command.now) return commandPhrase("digest", "now", locale);
  if (command.name === "digest-schedule") return commandPhrase("digest", "schedule", locale);
  if (command.name === "digest-language") return commandPhrase("digest", "language", locale);
  if (command.name === "status-form") return commandWord("status", locale);
  if (command.name === "verlopen") return `${commandWord("lijst", locale)} ${GOAL_WORDS.overdue[locale]}`;
  return commandWord(command.name, locale);
}
