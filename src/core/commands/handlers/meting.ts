import { goalProgress } from "../../goals/goal-progress.js";
import { formatNumber, withUnit } from "../../i18n/numbers.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readActionCode } from "../argument-readers.js";
import { findGoal, readMeasurement } from "../goal-readers.js";
import type { WordHandler } from "../handler.js";

/** `meting 1.3 <doel> <waarde> [toelichting]`: a measured value of a goal, added to its history. */
export const meting: WordHandler<"meting"> = {
  requirement: "lead-or-leader",
  parse: (words) => readMeasurement(readActionCode("meting", words), words),
  action: "checked",
  async run(command, { actor, locale, t, deps }) {
    const g = t.goals;
    const goals = (await deps.goals.goalsOf(command.code))?.goals ?? [];
    if (goals.length === 0) return reply(locale, notice("error", g.noGoals(command.code), g.noGoalsHint(command.code)));
    const found = findGoal(goals, command.goal);
    if (!("goal" in found)) {
      const choices = goals.map((goal) => `${goal.number} ${goal.description}`).join(", ");
      const problem = found.problem === "ambiguous" ? g.ambiguousGoal(command.code, command.goal) : g.unknownGoal(command.code, command.goal);
      return reply(locale, notice("error", problem, g.goalChoices(command.code, choices)));
    }
    const { goal } = found;
    const at = deps.clock.now();
    await deps.goals.recordMeasurements({
      code: command.code,
      values: [{ goalNumber: goal.number, value: command.value, note: command.note ?? null }],
      personId: actor.person?.id ?? null,
      channel: actor.channel,
      at,
    });
    const progress = goalProgress({ ...goal, latest: { value: command.value, at, note: null, by: null } }, at);
    const detail = g.measuredDetail(formatNumber(command.value, locale), withUnit(formatNumber(goal.target, locale), goal.unit), progress.percent);
    // A measurement updates the action: in the open reminder round it answers it.
    const answered = await deps.rounds?.recordAnswer(command.code, actor.person, "updated", locale);
    return reply(locale, notice("success", g.measured(command.code, goal.number, goal.description), detail, ...(answered ? [answered] : [])), true);
  },
};
