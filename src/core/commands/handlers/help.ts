import { helpMessage } from "../../messages/action-views.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";
import { commandOfWord } from "../vocabulary.js";

export const help: WordHandler<"help"> = {
  requirement: "read",
  parse(words) {
    const topic = words.next();
    const entry = topic ? commandOfWord(topic) : undefined;
    return entry ? { name: "help", topic: entry.name } : { name: "help" };
  },
  async run(command, { actor, locale, commandsForActor }) {
    return reply(locale, helpMessage(actor, locale, command.topic ? [command.topic] : commandsForActor(), !command.topic));
  },
};
