import type { Locale } from "./locale.js";
import { phrasePrefix } from "./phrase-prefix.js";

/** The life cycle of an action. The first two come from the source agenda; the others are added by the product. */
export const ACTION_STATUSES = ["loopt", "nader_uit_te_werken", "afgerond", "gepauzeerd", "vervallen"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_LABELS: Record<Locale, Record<ActionStatus, string>> = {
  nl: {
    loopt: "loopt",
    nader_uit_te_werken: "nader uit te werken",
    afgerond: "afgerond",
    gepauzeerd: "gepauzeerd",
    vervallen: "vervallen",
  },
  en: {
    loopt: "running",
    nader_uit_te_werken: "to be worked out",
    afgerond: "done",
    gepauzeerd: "on hold",
    vervallen: "dropped",
  },
};

/** Words people type for each status, Dutch first, English aliases after. Lower case, single spaces. */
const STATUS_PHRASES: Record<ActionStatus, readonly string[]> = {
  loopt: ["loopt", "lopend", "running", "in progress", "ongoing", "active"],
  nader_uit_te_werken: ["nader uit te werken", "nader uitwerken", "uit te werken", "nuw", "to be worked out", "to be defined", "tbd", "planned"],
  afgerond: ["afgerond", "klaar", "gereed", "done", "finished", "completed"],
  gepauzeerd: ["gepauzeerd", "pauze", "on hold", "paused", "hold"],
  vervallen: ["vervallen", "geschrapt", "dropped", "cancelled", "canceled"],
};

export function statusLabel(status: ActionStatus, locale: Locale): string {
  return STATUS_LABELS[locale][status];
}

/** Every phrase that names a status, longest first, so `nader uit te werken` wins over a shorter prefix. */
export const STATUS_VOCABULARY: readonly { phrase: string; status: ActionStatus }[] = ACTION_STATUSES.flatMap((status) =>
  STATUS_PHRASES[status].map((phrase) => ({ phrase, status })),
).sort((a, b) => b.phrase.split(" ").length - a.phrase.split(" ").length || b.phrase.length - a.phrase.length);

/** Also accepts the canonical ids (`nader_uit_te_werken`) and the labels of both locales. */
export function statusFromPhrase(phrase: string): ActionStatus | undefined {
  const normal = phrase
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");
  return STATUS_VOCABULARY.find((entry) => entry.phrase === normal)?.status;
}

/** Reads the longest status phrase at the start of `words`; returns the status and how many words it used. */
export function readStatusPrefix(words: readonly string[]): { status: ActionStatus; used: number } | undefined {
  const found = phrasePrefix(STATUS_VOCABULARY, words);
  if (found) return found;
  const single = words[0] ? statusFromPhrase(words[0]) : undefined;
  return single ? { status: single, used: 1 } : undefined;
}
