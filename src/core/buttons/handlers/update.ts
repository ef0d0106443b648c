import { defineButton } from "../button.js";
import { ON_AN_ACTION } from "./action-code.js";

/** *Bijwerken*: the status form for this action. */
export const update = defineButton({
  ...ON_AN_ACTION,
  run: (code, { execute }) => execute({ name: "status-form", code }),
});
