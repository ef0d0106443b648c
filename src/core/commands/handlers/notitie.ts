import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";

export const notitie: CommandHandler<"notitie"> = {
  requirement: "lead-or-leader",
  action: "checked",
  async run({ code, text }, { actor, locale, t, deps }) {
    await deps.writer.addNote({ code, text, personId: actor.person?.id ?? null, channel: actor.channel });
    return reply(locale, notice("success", t.done.noteAdded(code)), true);
  },
};
