import { resolveEscalation } from "../../escalations/resolve-escalation.js";
import { readResolution } from "../escalation-arguments.js";
import type { WordHandler } from "../handler.js";

/** `sluit 12 <reden>`: closes escalation #12 without an answer; the asker and the action's leads hear why. */
export const sluit: WordHandler<"sluit"> = {
  requirement: "overleg-member",
  parse: (words) => readResolution("sluit", words),
  run: (command, context) => resolveEscalation(command, "closed", context),
};
