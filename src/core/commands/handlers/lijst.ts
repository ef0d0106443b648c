import { listMessage } from "../../messages/list-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readListFilter } from "../argument-readers.js";
import type { WordHandler } from "../handler.js";
import { isReply, resolveFilter } from "../list-filter.js";
import { isGoalWord } from "../vocabulary.js";

/** A chat list shows this many actions; the rest is counted and reachable with a filter or the export. */
export const LIST_LIMIT = 100;

export const lijst: WordHandler<"lijst"> = {
  requirement: "read",
  parse(words) {
    if (isGoalWord(words.peek(), "overdue")) {
      words.next();
      return { name: "verlopen", filter: readListFilter(words).filter };
    }
    const { filter, share } = readListFilter(words);
    return { name: "lijst", filter, share };
  },
  async run({ filter, share }, { locale, t, deps }) {
    const resolved = await resolveFilter(filter, deps.reader, locale);
    if (isReply(resolved)) return resolved;
    const { query, description } = resolved;
    const [actions, counts] = await Promise.all([deps.reader.listActions(query, LIST_LIMIT), deps.reader.countByStatus(query)]);
    const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
    if (total === 0) return reply(locale, notice("info", t.list.empty, t.list.emptyHint));
    return reply(locale, listMessage({ actions, counts, total, description, share, withFunding: filter.funding !== undefined }, locale));
  },
};
