import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";

export const escaleer: CommandHandler<"escaleer"> = {
  requirement: "lead-or-leader",
  action: "checked",
  async run(command, { actor, locale, t, deps }) {
    let overlegCode: string | undefined;
    if (command.overleg) {
      const overleg = await findOverleg(command.overleg, deps.reader);
      if (!overleg) return unknownOverleg(command.overleg, deps.reader, locale);
      overlegCode = overleg.code;
    }
    await deps.writer.escalate({
      code: command.code,
      question: command.question,
      personId: actor.person?.id ?? null,
      channel: actor.channel,
      ...(overlegCode ? { overlegCode } : {}),
    });
    return reply(locale, notice("success", t.done.escalated(command.code, overlegCode ?? null)), true);
  },
};
