import { actionDetailMessage } from "../../messages/action-views.js";
import { goalBlocks, withGoalBlocks } from "../../messages/goal-views.js";
import { notice } from "../../messages/model.js";
import { mayChange } from "../../permissions.js";
import { reply } from "../../reply.js";
import { readActionCode } from "../argument-readers.js";
import type { WordHandler } from "../handler.js";
import { similarCodes } from "../similar-codes.js";

/** Loads the action anyway, so it answers an unknown code itself. */
export const toon: WordHandler<"toon"> = {
  requirement: "read",
  parse: (words) => ({ name: "toon", code: readActionCode("toon", words) }),
  async run({ code }, { actor, locale, t, deps }) {
    const [action, goals] = await Promise.all([deps.reader.findAction(code), deps.goals.goalsOf(code)]);
    if (!action) {
      return reply(locale, notice("error", t.errors.unknownAction(code, await similarCodes(code, deps.reader)), t.errors.unknownActionHint));
    }
    const canChange = await mayChange(actor, code, deps.people);
    const now = deps.clock.now();
    return reply(locale, withGoalBlocks(actionDetailMessage(action, locale, now, canChange), goalBlocks(goals, now, locale, canChange)));
  },
};
