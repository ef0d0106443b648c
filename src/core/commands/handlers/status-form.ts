import type { ActionSummary } from "../../domain/agenda.js";
import { goalFields } from "../../goals/goal-form.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";
import { LIST_LIMIT } from "./lijst.js";

/** `status` without a new status: the platform opens the form, for one action or the user's own. */
export const statusForm: CommandHandler<"status-form"> = {
  requirement: "lead-or-leader",
  action: "checked",
  async run({ code }, { actor, locale, t, deps }) {
    let actions: ActionSummary[];
    if (code) {
      const action = await deps.reader.findAction(code);
      actions = action ? [action] : [];
    } else {
      actions = actor.person ? await deps.reader.actionsLedBy(actor.person.id) : [];
      // A project leader without actions of their own may update any action.
      if (actions.length === 0 && actor.isLeader) actions = await deps.reader.listActions({}, LIST_LIMIT);
    }
    if (!code && actions.length === 0 && !actor.isLeader) return reply(locale, notice("info", t.mine.none, t.mine.noneHint));
    // A form for one action also takes the measured values of its goals.
    const only = code ?? (actions.length === 1 ? actions[0]?.code : undefined);
    const goals = only ? goalFields(await deps.goals.goalsOf(only), locale) : [];
    return {
      ...reply(locale, notice("info", t.statusForm.prompt, t.statusForm.cli(code))),
      form: { actions, ...(code ? { preselected: code } : {}), ...(goals.length ? { goals } : {}) },
    };
  },
};
