import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readActionCode, readText } from "../argument-readers.js";
import type { WordHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";

/** `escaleer 1.3 [RWB:] <vraag>`: a question for an overleg (named, or every overleg of the theme). */
export const escaleer: WordHandler<"escaleer"> = {
  requirement: "lead-or-leader",
  parse(words) {
    const code = readActionCode("escaleer", words);
    const target = words.peek();
    let overleg: string | undefined;
    if (target?.endsWith(":") && target.length > 1) {
      overleg = target.slice(0, -1);
      words.next();
    }
    const question = readText("escaleer", words.rest(), "note");
    return overleg ? { name: "escaleer", code, overleg, question } : { name: "escaleer", code, question };
  },
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
