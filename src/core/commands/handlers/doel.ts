import { amsterdamDate } from "../../calendar/dutch-holidays.js";
import { resolveDate } from "../../goals/goal-values.js";
import { formatNumber, withUnit } from "../../i18n/numbers.js";
import { showDate } from "../../messages/goal-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readActionCode } from "../argument-readers.js";
import { readGoal } from "../goal-readers.js";
import type { WordHandler } from "../handler.js";

/** `doel 1.3 <omschrijving> <streefwaarde> [eenheid] [per <datum>]`: a new goal, numbered within the action. */
export const doel: WordHandler<"doel"> = {
  requirement: "lead-or-leader",
  parse: (words) => readGoal(readActionCode("doel", words), words),
  action: "checked",
  async run(command, { actor, locale, t, deps }) {
    const at = deps.clock.now();
    const dueDate = command.due ? resolveDate(command.due, amsterdamDate(at)) : null;
    const unit = command.unit ?? null;
    const { number } = await deps.goals.addGoal({
      code: command.code,
      description: command.description,
      target: command.target,
      unit,
      dueDate,
      personId: actor.person?.id ?? null,
      channel: actor.channel,
      at,
    });
    const target = withUnit(formatNumber(command.target, locale), unit);
    const detail = t.goals.addedDetail(command.code, number, target, dueDate ? showDate(dueDate, locale) : null);
    return reply(locale, notice("success", t.goals.added(command.code, number, command.description), detail), true);
  },
};
