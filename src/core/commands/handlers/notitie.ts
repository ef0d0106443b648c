import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readActionCode, readText } from "../argument-readers.js";
import type { WordHandler } from "../handler.js";

export const notitie: WordHandler<"notitie"> = {
  requirement: "lead-or-leader",
  parse(words) {
    const code = readActionCode("notitie", words);
    return { name: "notitie", code, text: readText("notitie", words.rest(), "note") };
  },
  action: "checked",
  async run({ code, text }, { actor, locale, t, deps }) {
    await deps.writer.addNote({ code, text, personId: actor.person?.id ?? null, channel: actor.channel });
    return reply(locale, notice("success", t.done.noteAdded(code)), true);
  },
};
