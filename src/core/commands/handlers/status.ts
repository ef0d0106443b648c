import { statusLabel } from "../../domain/status.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";

export const status: CommandHandler<"status"> = {
  requirement: "lead-or-leader",
  action: "checked",
  async run(command, { actor, locale, t, deps }) {
    const result = await deps.writer.changeStatus({
      code: command.code,
      to: command.status,
      ...(command.note ? { note: command.note } : {}),
      personId: actor.person?.id ?? null,
      channel: actor.channel,
    });
    const unchanged = result.from === result.to;
    const text = unchanged
      ? t.done.statusConfirmed(command.code, statusLabel(result.to, locale))
      : t.done.statusChanged(command.code, statusLabel(result.from, locale), statusLabel(result.to, locale));
    // Any update or confirmation of an action in the open reminder round answers it.
    const answered = await deps.rounds?.recordAnswer(command.code, actor.person, unchanged ? "unchanged" : "updated", locale);
    return reply(locale, notice("success", text, ...(command.note ? [command.note] : []), ...(answered ? [answered] : [])), true);
  },
};
