/** The digest's section of deadlines and goal dates that passed while the action or goal is not finished. */
import type { Locale } from "../../domain/locale.js";
import type { DatedItem } from "../../goals/goal-store.js";
import { texts } from "../../i18n/index.js";
import { overdueItem } from "../../messages/goal-views.js";
import type { Block } from "../../messages/model.js";

/** At most this many are listed; the rest is pointed to with `lijst verlopen`. */
export const DIGEST_OVERDUE_LIMIT = 8;

/** Nothing when none is overdue: the section only flags. */
export function overdueSection(items: readonly DatedItem[] | undefined, locale: Locale): Block[] {
  if (!items?.length) return [];
  const g = texts(locale).goals;
  const shown = items.slice(0, DIGEST_OVERDUE_LIMIT);
  return [
    { type: "section", text: g.digestHeading(items.length) },
    { type: "list", items: shown.map((item) => overdueItem(item, locale)) },
    ...(items.length > shown.length ? [{ type: "context" as const, text: g.digestMore(items.length - shown.length) }] : []),
  ];
}
