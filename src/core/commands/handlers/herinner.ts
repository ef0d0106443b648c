import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { RoundFilter } from "../../rounds/round-store.js";
import { readListFilter } from "../argument-readers.js";
import type { WordHandler } from "../handler.js";
import { filterWords, isReply, resolveFilter } from "../list-filter.js";
import { isSubcommand } from "../vocabulary.js";

/**
 * `herinner [filter]` previews a reminder round; `herinner start [filter]` starts it. A filter on funding
 * (`herinner financiering`: the open funding decisions) makes it a round about funding.
 */
export const herinner: WordHandler<"herinner"> = {
  requirement: "leader",
  parse(words) {
    const start = isSubcommand(words.peek(), "start");
    if (start) words.next();
    return { name: "herinner", filter: readListFilter(words).filter, start };
  },
  async run({ filter: listFilter, start }, { actor, locale, t, deps }) {
    const rounds = deps.rounds;
    if (!rounds) return reply(locale, notice("error", t.rounds.noOpenRound));
    let filter: RoundFilter;
    if (Object.keys(listFilter).length === 0) {
      filter = { query: {}, staleWeeks: rounds.settings.staleWeeks };
    } else {
      const resolved = await resolveFilter(listFilter, deps.reader, locale);
      if (isReply(resolved)) return resolved;
      filter = { query: resolved.query, description: resolved.description.join(", "), ...(listFilter.funding ? { kind: "funding" as const } : {}) };
    }
    if (start) return rounds.start(filter, actor, locale);
    return rounds.preview(filter, filterWords(listFilter, locale), JSON.stringify(listFilter), actor, locale);
  },
};
