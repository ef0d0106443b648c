/**
 * The digest's section on funding: the open decisions (*nader te bepalen*, *aangevraagd*) of the overleg's actions
 * that are still going, the longest open first, with source, amount and how long they have stood.
 */
import type { ActionSummary } from "../../domain/agenda.js";
import { isOpenFunding } from "../../domain/funding.js";
import type { Locale } from "../../domain/locale.js";
import type { ActionStatus } from "../../domain/status.js";
import { texts } from "../../i18n/index.js";
import { fundingSummary } from "../../messages/funding-views.js";
import type { Block } from "../../messages/model.js";

/** At most this many open decisions are listed; the rest is counted, with a pointer to `lijst financiering`. */
export const DIGEST_FUNDING_LIMIT = 10;
/** A finished or dropped action needs no funding decision any more. */
const CLOSED: readonly ActionStatus[] = ["afgerond", "vervallen"];

export function fundingSection(actions: readonly ActionSummary[], now: Date, locale: Locale): Block[] {
  const t = texts(locale);
  const d = t.funding.digest;
  const open = actions
    .filter((action) => isOpenFunding(action.funding.status) && !CLOSED.includes(action.status))
    // Never decided since the import first (in agenda order), then the longest unchanged.
    .sort((a, b) => (a.funding.changedAt?.getTime() ?? 0) - (b.funding.changedAt?.getTime() ?? 0));
  if (open.length === 0) return [{ type: "context", text: d.none }];
  const shown = open.slice(0, DIGEST_FUNDING_LIMIT);
  const blocks: Block[] = [
    { type: "section", text: d.open(open.length) },
    {
      type: "list",
      items: shown.map((action) => {
        const since = action.funding.changedAt ? d.since(t.time.ago(action.funding.changedAt, now)) : d.sinceImport;
        const note = action.funding.note ? `\n${action.funding.note}` : "";
        return {
          title: `${action.code} ${action.title}`,
          detail: `${fundingSummary(action.funding, locale)} · ${since}${note}`,
          status: action.status,
        };
      }),
    },
  ];
  const hidden = open.slice(DIGEST_FUNDING_LIMIT).map((action) => action.code);
  if (hidden.length) blocks.push({ type: "context", text: d.more(hidden) });
  return blocks;
}
