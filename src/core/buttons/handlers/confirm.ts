import { defineButton } from "../button.js";
import { ON_AN_ACTION } from "./action-code.js";

/** *Ongewijzigd*: confirms that the action's current status is still right (recorded as history). */
export const confirm = defineButton({
  ...ON_AN_ACTION,
  async run(code, { execute, deps }) {
    const current = await deps.reader.findAction(code);
    if (!current) return execute({ name: "toon", code });
    return execute({ name: "status", code: current.code, status: current.status });
  },
});
