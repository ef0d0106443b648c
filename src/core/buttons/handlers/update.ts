import { defineButton } from "../button.js";
import { readActionCode } from "./action-code.js";

/** *Bijwerken*: the status form for this action. */
export const update = defineButton({
  read: readActionCode,
  requirement: "lead-or-leader",
  command: "status",
  actionOf: (code) => code,
  answers: "beside",
  run: (code, { execute }) => execute({ name: "status-form", code }),
});
