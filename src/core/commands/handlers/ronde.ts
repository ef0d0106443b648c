import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";

/** `ronde` shows who answered in the open round; `ronde sluit` closes it now with a summary. */
export const ronde: CommandHandler<"ronde"> = {
  requirement: "leader",
  async run({ close }, { actor, locale, t, deps }) {
    const rounds = deps.rounds;
    if (!rounds) return reply(locale, notice("error", t.rounds.noOpenRound));
    return close ? rounds.closeNow(actor, locale) : rounds.status(locale);
  },
};
