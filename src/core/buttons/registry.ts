/** Every button's handler, keyed by intent. */
import type { ButtonIntent } from "../messages/model.js";
import type { ButtonHandlers } from "./button.js";
import { confirm } from "./handlers/confirm.js";
import { notMine } from "./handlers/not-mine.js";
import { roundStart } from "./handlers/round-start.js";
import { update } from "./handlers/update.js";

export const BUTTON_HANDLERS: ButtonHandlers = {
  "action.update": update,
  "action.confirm": confirm,
  "action.not-mine": notMine,
  "round.start": roundStart,
};

export const BUTTON_INTENTS = Object.keys(BUTTON_HANDLERS) as ButtonIntent[];
