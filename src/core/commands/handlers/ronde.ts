import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";
import { isSubcommand } from "../vocabulary.js";

/** `ronde` shows who answered in the open round; `ronde sluit` closes it now with a summary. */
export const ronde: WordHandler<"ronde"> = {
  requirement: "leader",
  parse: (words) => ({ name: "ronde", close: isSubcommand(words.peek(), "close") }),
  async run({ close }, { actor, locale, t, deps }) {
    const rounds = deps.rounds;
    if (!rounds) return reply(locale, notice("error", t.rounds.noOpenRound));
    return close ? rounds.closeNow(actor, locale) : rounds.status(locale);
  },
};
