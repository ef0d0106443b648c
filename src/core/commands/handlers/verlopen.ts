import { amsterdamDate } from "../../calendar/dutch-holidays.js";
import { overdueMessage } from "../../messages/goal-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";
import { isReply, resolveFilter } from "../list-filter.js";

/** `lijst verlopen [filter]`: deadlines and goal dates that have passed while the action or goal is not finished. */
export const verlopen: CommandHandler<"verlopen"> = {
  requirement: "read",
  async run({ filter }, { locale, t, deps }) {
    const resolved = await resolveFilter(filter, deps.reader, locale);
    if (isReply(resolved)) return resolved;
    const now = deps.clock.now();
    let items = await deps.goals.overdue(amsterdamDate(now), resolved.query.themes);
    // A filter beyond themes is the list's: keep the items of the actions it lists.
    const { themes: _themes, ...rest } = resolved.query;
    if (Object.keys(rest).length) {
      const codes = new Set((await deps.reader.listActions(resolved.query)).map((action) => action.code));
      items = items.filter((item) => codes.has(item.code));
    }
    if (items.length === 0) return reply(locale, notice("info", t.goals.overdueNone, t.goals.overdueNoneHint));
    return reply(locale, overdueMessage(items, locale, resolved.description));
  },
};
