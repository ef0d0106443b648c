import { mineMessage } from "../../messages/list-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";

export const mijn: WordHandler<"mijn"> = {
  requirement: "read",
  parse: () => ({ name: "mijn" }),
  async run(_command, { actor, locale, t, deps }) {
    if (!actor.person) return reply(locale, notice("info", t.mine.notLinked, t.mine.noneHint));
    const actions = await deps.reader.actionsLedBy(actor.person.id);
    if (actions.length === 0) return reply(locale, notice("info", t.mine.none, t.mine.noneHint));
    return reply(locale, mineMessage(actions, locale));
  },
};
