import { resolveEscalation } from "../../escalations/resolve-escalation.js";
import { readResolution } from "../escalation-arguments.js";
import type { WordHandler } from "../handler.js";

/** `antwoord 12 <tekst>`: answers escalation #12 and closes it; the asker and the action's leads get the answer. */
export const antwoord: WordHandler<"antwoord"> = {
  requirement: "overleg-member",
  parse: (words) => readResolution("antwoord", words),
  run: (command, context) => resolveEscalation(command, "answered", context),
};
