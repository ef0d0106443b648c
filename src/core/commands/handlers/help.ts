import { helpMessage } from "../../messages/action-views.js";
import { reply } from "../../reply.js";
import type { CommandHandler } from "../handler.js";

export const help: CommandHandler<"help"> = {
  requirement: "read",
  async run(command, { actor, locale, commandsForActor }) {
    return reply(locale, helpMessage(actor, locale, command.topic ? [command.topic] : commandsForActor(), !command.topic));
  },
};
