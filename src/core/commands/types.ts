import type { ActionStatus } from "../domain/status.js";

export const COMMAND_NAMES = [
  "help",
  "mijn",
  "toon",
  "lijst",
  "zoek",
  "status",
  "notitie",
  "escaleer",
  "trekker",
  "koppel",
  "digest",
  "herinner",
  "ronde",
  "dashboard",
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
  | { name: "trekker"; code: string; person: PersonRef; remove: boolean }
  | { name: "koppel"; overleg: string }
  /** Preview of the weekly digest: of the given overleg, or of the one this channel is linked to. */
  | { name: "digest"; overleg?: string; now?: true }
  /** This channel's digest schedule: shown, or (leader) set to `schedule` as typed, e.g. `vrijdag 14:00`. */
  | { name: "digest-schedule"; schedule?: string }
  /** A reminder round for the actions matching the filter (none: the default selection): preview, or start it. */
  | { name: "herinner"; filter: ListFilter; start: boolean }
  /** The open round's answers; `close` ends it now and sends the summary. */
  | { name: "ronde"; close: boolean }
  /** A personal sign-in link to the web dashboard. */
  | { name: "dashboard" };

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
  | { code: "missing-overleg" }
  | { code: "unknown-list-filter"; given: string; suggestion?: string; fix?: WordFix }
  | { code: "missing-filter-value"; key: string }
  | { code: "invalid-theme-number"; given: string }
  /** The whole input is longer than any command may be; refused before it is parsed. */
  | { code: "input-too-long"; length: number; max: number }
  /** An invisible control character (NUL, …) in the input; `command` names the text it is in, when known. */
  | { code: "control-character"; command?: CommandName; character: string; position: number };

export type ParseResult = { ok: true; command: Command; english: boolean } | { ok: false; error: ParseError; english: boolean };
