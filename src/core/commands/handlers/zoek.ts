import { searchMessage } from "../../messages/list-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readText } from "../argument-readers.js";
import type { WordHandler } from "../handler.js";

const SEARCH_LIMIT = 25;

export const zoek: WordHandler<"zoek"> = {
  requirement: "read",
  parse: (words) => ({ name: "zoek", text: readText("zoek", words.rest(), "search") }),
  async run({ text }, { locale, t, deps }) {
    const hits = await deps.reader.search(text, SEARCH_LIMIT);
    if (hits.length === 0) return reply(locale, notice("info", t.search.none(text), t.search.noneHint));
    return reply(locale, searchMessage(text, hits, locale));
  },
};
