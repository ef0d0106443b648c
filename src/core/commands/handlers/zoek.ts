import { searchMessage } from "../../messages/list-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";

const SEARCH_LIMIT = 25;

export const zoek: CommandHandler<"zoek"> = {
  requirement: "read",
  async run({ text }, { locale, t, deps }) {
    const hits = await deps.reader.search(text, SEARCH_LIMIT);
    if (hits.length === 0) return reply(locale, notice("info", t.search.none(text), t.search.noneHint));
    return reply(locale, searchMessage(text, hits, locale));
  },
};
