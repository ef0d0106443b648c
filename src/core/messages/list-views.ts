/** The lists a user asks for: `mijn`, `lijst`, `zoek`. */

import type { ActionSummary, SearchHit } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import type { ActionStatus } from "../domain/status.js";
import { statusLabel } from "../domain/status.js";
import { texts } from "../i18n/index.js";
import { statusCounts } from "../status-counts.js";
import { actionButtons, actionListItem } from "./action-views.js";
import { statusChartBlock } from "./charts.js";
import { withFunding } from "./funding-views.js";
import { type Block, type ListItem, type Message, message } from "./model.js";

/**
 * The user's own actions, each with its update buttons. Rebuilt after *Ongewijzigd* (`answered`: the codes
 * confirmed, shown as such without buttons; `above`: the confirmation, placed first).
 */
export function mineMessage(actions: ActionSummary[], locale: Locale, answered: ReadonlySet<string> = new Set(), above?: Message): Message {
  const t = texts(locale);
  const title = t.mine.title(actions.length);
  const items = actions.map((action): ListItem => {
    if (answered.has(action.code)) {
      const { buttons: _, ...item } = actionListItem(action, locale);
      return { ...item, detail: `${t.mine.confirmedItem(statusLabel(action.status, locale))} · ${action.trekkers.join(", ")}` };
    }
    return {
      ...actionListItem(action, locale),
      buttons: actionButtons(action.code, locale, { view: "mijn", shownAt: action.lastUpdateAt.getTime() }),
    };
  });
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "list", items },
  ];
  if (!above) return message(title, blocks);
  return message(above.summary, [...above.blocks, { type: "divider" }, ...blocks], { tone: above.tone });
}

export interface ListView {
  /** The actions shown (the first of the matching ones). */
  actions: ActionSummary[];
  counts: Partial<Record<ActionStatus, number>>;
  total: number;
  /** The filter in words, one part each. */
  description: string[];
  share: boolean;
  /** Show each action's funding (a list filtered on funding). */
  withFunding?: boolean;
}

/** A filtered list with its status bar; what is not shown is counted. */
export function listMessage(view: ListView, locale: Locale): Message {
  const t = texts(locale);
  const title = t.list.title(view.total);
  const blocks: Block[] = [{ type: "heading", text: title }];
  if (view.description.length) blocks.push({ type: "context", text: t.list.filtered(view.description.join(", ")) });
  blocks.push(statusChartBlock(statusCounts(view.counts, locale), view.total, locale));
  const item = (action: ActionSummary) =>
    view.withFunding ? withFunding(actionListItem(action, locale), action, locale) : actionListItem(action, locale);
  blocks.push({ type: "list", items: view.actions.map(item) });
  if (view.total > view.actions.length) blocks.push({ type: "context", text: t.list.more(view.actions.length, view.total) });
  return message(title, blocks, { visibility: view.share ? "public" : "private" });
}

/** Search hits, with the matching part of a note where the hit is in one. */
export function searchMessage(text: string, hits: SearchHit[], locale: Locale): Message {
  const t = texts(locale);
  const title = t.search.title(text, hits.length);
  return message(title, [
    { type: "heading", text: title },
    {
      type: "list",
      items: hits.map((hit) => {
        const item = actionListItem(hit.action, locale);
        return hit.excerpt ? { ...item, detail: `${item.detail ?? ""}\n${t.search.inNote}: “${hit.excerpt}”` } : item;
      }),
    },
  ]);
}
