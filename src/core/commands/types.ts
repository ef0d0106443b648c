import type { EuroProblem } from "../domain/euro.js";
import type { FundingDecision, FundingStatus } from "../domain/funding.js";
import type { Locale } from "../domain/locale.js";
import type { ActionStatus } from "../domain/status.js";
import type { GoalCommand, GoalParseError } from "./goal-types.js";
import type { LeaderCommand, LeaderParseError } from "./leader-types.js";
import type { HolidayRule } from "./vocabulary.js";

export const COMMAND_NAMES = [
  "help",
  "mijn",
  "toon",
  "lijst",
  "zoek",
  "status",
  "notitie",
  "doel",
  "meting",
  "escaleer",
  "escalaties",
  "antwoord",
  "sluit",
  "financiering",
  "trekker",
  "trekkers",
  "koppel",
  "leider",
  "digest",
  "herinner",
  "ronde",
  "taal",
  "dashboard",
  "persoon",
  "rapport",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A person named in a command: an e-mail address, or a platform mention such as Slack's `<@U123>`. */
export type PersonRef = { kind: "email"; email: string } | { kind: "mention"; id: string; label?: string };

export interface ListFilter {
  themes?: number[];
  /** Pillar as typed (code or name); resolved against the agenda when the command runs. */
  pillar?: string;
  statuses?: ActionStatus[];
  scope?: string;
  trekker?: string;
  /** Funding states; `financiering` alone stands for the open ones. */
  funding?: FundingStatus[];
}

export type Command =
  | { name: "help"; topic?: CommandName }
  | { name: "mijn" }
  | { name: "toon"; code: string }
  | { name: "lijst"; filter: ListFilter; share: boolean }
  | { name: "zoek"; text: string }
  | { name: "status"; code: string; status: ActionStatus; note?: string }
  /** `status` without a new status: the platform opens a form (for one action, or the user's actions). */
  | { name: "status-form"; code?: string }
  | { name: "notitie"; code: string; text: string }
  | { name: "escaleer"; code: string; overleg?: string; question: string }
  /** Open escalations, oldest first: of the overleg given, else of this channel's overleg, else all. */
  | { name: "escalaties"; overleg?: string }
  /** Answers escalation `number` (and so closes it); `sluit` closes it without an answer, `text` being the reason. */
  | { name: "antwoord"; number: number; text: string }
  | { name: "sluit"; number: number; text: string }
  /** Every person in `people` becomes (or stops being) a lead of every action in `codes`. */
  | { name: "trekker"; codes: string[]; people: PersonRef[]; remove: boolean }
  /** Who leads what and how each can be reached: all actions, one action (`code`) or one organisation. */
  | { name: "trekkers"; code?: string; organisation?: string }
  /** The language the bot writes to this person in; without `locale`, the one in use is shown. */
  | { name: "taal"; locale?: Locale }
  /** `financiering 1.3` shows the funding and its history; with a decision it records it. */
  | { name: "financiering"; code: string; decision?: FundingDecision }
  | { name: "koppel"; overleg: string }
  /** Preview of the weekly digest: of the given overleg, or of the one this channel is linked to. */
  | { name: "digest"; overleg?: string; now?: true }
  /** This channel's digest schedule: shown, or (leader) set to `schedule` as typed, e.g. `vrijdag 14:00`. */
  | { name: "digest-schedule"; schedule?: string; holidays?: HolidayRule }
  /** This channel's language (of its digest and what the bot posts there on its own): shown, or (leader) set to the word typed. */
  | { name: "digest-language"; language?: string }
  /** A reminder round for the actions matching the filter (none: the default selection): preview, or start it. */
  | { name: "herinner"; filter: ListFilter; start: boolean }
  /** The open round's answers; `close` ends it now and sends the summary. */
  | { name: "ronde"; close: boolean }
  | GoalCommand
  | LeaderCommand
  /** A personal sign-in link to the web dashboard. */
  | { name: "dashboard" }
  /** AVG/GDPR: everything stored about a person (`export`), or forgetting them (`vergeet`, done only when `confirmed`). */
  | { name: "persoon"; action: "export" | "vergeet"; email: string; confirmed: boolean }
  /** The quarterly report's download links; `quarter` as typed (`2026-K4`), none: the current quarter. */
  | { name: "rapport"; quarter?: string };

/**
 * How to mend the arguments a reader refused: replace `count` words from word `at` (of the text the reader
 * read) with `to`. The grammar applies it to suggest a whole corrected command at once.
 */
export interface WordFix {
  at: number;
  count: number;
  to: string;
}

export type ParseError =
  | { code: "empty" }
  | { code: "unknown-command"; given: string; suggestion?: CommandName; suggestionArgs?: string }
  | { code: "missing-action-code"; command: CommandName }
  | { code: "invalid-action-code"; command: CommandName; given: string }
  | { code: "unknown-status"; given: string; suggestion?: ActionStatus; fix?: WordFix }
  | { code: "empty-text"; command: CommandName }
  | { code: "text-too-long"; command: CommandName; length: number; max: number }
  | { code: "missing-person"; command: CommandName }
  | { code: "invalid-person"; given: string }
  | { code: "unknown-language"; given: string }
  | { code: "missing-overleg" }
  | { code: "missing-escalation-number"; command: CommandName }
  | { code: "invalid-escalation-number"; command: CommandName; given: string }
  /** `escaleer 1.3 sluit 1`: an escalation's own command typed as a new question; nothing is raised. */
  | { code: "escalation-command-in-question"; command: "antwoord" | "sluit"; action: string; number: number }
  | { code: "unknown-list-filter"; given: string; suggestion?: string; fix?: WordFix }
  | { code: "missing-filter-value"; key: string }
  | { code: "invalid-theme-number"; given: string }
  | { code: "unknown-funding-status"; given: string; suggestion?: FundingStatus; fix?: WordFix }
  | { code: "invalid-amount"; given: string; problem: EuroProblem }
  /** A funding source in quotes that never closes, or longer than a source may be. */
  | { code: "invalid-funding-source"; given: string }
  /** The whole input is longer than any command may be; refused before it is parsed. */
  | { code: "input-too-long"; length: number; max: number }
  /** An invisible control character (NUL, …) in the input; `command` names the text it is in, when known. */
  | { code: "control-character"; command?: CommandName; character: string; position: number }
  /** `persoon` without `export`/`vergeet` and an e-mail address (`given`: what stood where the address belongs). */
  | { code: "persoon-usage"; given?: string }
  | GoalParseError
  | LeaderParseError;

export type ParseResult = { ok: true; command: Command; english: boolean } | { ok: false; error: ParseError; english: boolean };
