import { texts } from "../../i18n/index.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { defineButton } from "../button.js";
import { readActionCode } from "./action-code.js";

/** *Niet mijn actie* on a reminder: the round checks that the presser leads the action, and tells the leader. */
export const notMine = defineButton({
  read: readActionCode,
  requirement: "read",
  command: "ronde",
  answers: "beside",
  async run(code, { actor, locale, deps }) {
    if (!deps.rounds) return reply(locale, notice("error", texts(locale).rounds.noOpenRound));
    return deps.rounds.notMine(code, actor, locale);
  },
});
