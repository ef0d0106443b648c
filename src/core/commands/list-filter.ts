/** A typed filter (`thema 4 pijler …`) checked against the agenda, shared by `lijst` and `herinner`. */

import { FUNDING_STATUSES, type FundingStatus, fundingLabel, OPEN_FUNDING_STATUSES } from "../domain/funding.js";
import type { Locale } from "../domain/locale.js";
import { statusLabel } from "../domain/status.js";
import { texts } from "../i18n/index.js";
import { notice } from "../messages/model.js";
import type { ActionQuery, AgendaReader } from "../ports.js";
import { type Reply, reply } from "../reply.js";
import type { ListFilter } from "./types.js";
import { filterWord } from "./vocabulary.js";

export interface ResolvedFilter {
  query: ActionQuery;
  /** Each part in words, for the list's "filtered on" line. */
  description: string[];
}

/** The query, or a reply naming what the agenda does not know. */
export async function resolveFilter(
  filter: ListFilter,
  reader: Pick<AgendaReader, "themes" | "pillars">,
  locale: Locale,
): Promise<ResolvedFilter | Reply> {
  const t = texts(locale);
  const query: ActionQuery = {};
  const description: string[] = [];
  if (filter.themes?.length) {
    const themes = await reader.themes();
    const known = themes.map((theme) => theme.number);
    const unknown = filter.themes.filter((number) => !known.includes(number));
    if (unknown.length) return reply(locale, notice("error", t.errors.unknownTheme(unknown, known), t.list.emptyHint));
    query.themes = filter.themes;
    description.push(t.list.filterTheme(filter.themes.flatMap((number) => themes.filter((theme) => theme.number === number))));
  }
  if (filter.pillar) {
    const pillars = await reader.pillars();
    const wanted = filter.pillar.toLowerCase().replace(/\s+/g, "-");
    const pillar =
      pillars.find((p) => p.code === wanted || p.name.toLowerCase() === filter.pillar?.toLowerCase()) ??
      pillars.find((p) => p.code.startsWith(wanted)) ??
      pillars.find((p) => p.code.includes(wanted));
    if (!pillar) {
      const names = pillars.map((p) => p.name.toLowerCase());
      return reply(locale, notice("error", t.errors.unknownPillar(filter.pillar, names)));
    }
    query.pillarCodes = [pillar.code];
    description.push(t.list.filterPillar(pillar.name.toLowerCase()));
  }
  if (filter.statuses?.length) {
    query.statuses = filter.statuses;
    description.push(t.list.filterStatus(filter.statuses.map((status) => statusLabel(status, locale))));
  }
  if (filter.scope) {
    query.scope = filter.scope;
    description.push(t.list.filterScope(filter.scope));
  }
  if (filter.trekker) {
    query.trekker = filter.trekker;
    description.push(t.list.filterTrekker(filter.trekker));
  }
  if (filter.funding?.length) {
    query.fundingStatuses = filter.funding;
    description.push(t.funding.filter(filter.funding.map((status) => fundingLabel(status, locale))));
  }
  return { query, description };
}

export function isReply(value: ResolvedFilter | Reply): value is Reply {
  return "message" in value;
}

/** The filter as the leader would type it after `herinner`, for the "or type" hint. */
export function filterWords(filter: ListFilter, locale: Locale): string {
  const words: string[] = [];
  if (filter.themes?.length) words.push(`${filterWord("themes", locale)} ${filter.themes.join(",")}`);
  if (filter.pillar) words.push(`${filterWord("pillar", locale)} ${filter.pillar}`);
  for (const status of filter.statuses ?? []) words.push(`${filterWord("statuses", locale)} ${statusLabel(status, locale)}`);
  if (filter.scope) words.push(`${filterWord("scope", locale)} ${filter.scope}`);
  if (filter.trekker) words.push(`${filterWord("trekker", locale)} ${filter.trekker}`);
  words.push(...fundingFilterWords(filter.funding ?? [], locale));
  return words.join(" ");
}

/** `financiering` alone for the open funding decisions, else `financiering <stand>` per state. */
function fundingFilterWords(funding: readonly FundingStatus[], locale: Locale): string[] {
  const word = filterWord("funding", locale);
  if (funding.length === 0) return [];
  if (funding.length === OPEN_FUNDING_STATUSES.length && OPEN_FUNDING_STATUSES.every((status) => funding.includes(status))) return [word];
  return FUNDING_STATUSES.filter((status) => funding.includes(status)).map((status) => `${word} ${fundingLabel(status, locale)}`);
}
