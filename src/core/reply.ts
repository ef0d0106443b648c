import type { ActionSummary } from "./domain/agenda.js";
import type { Locale } from "./domain/locale.js";
import type { GoalField } from "./goals/goal-form.js";
import type { Message } from "./messages/model.js";

/** What the platform should open when a user asks for the status form. */
export interface StatusFormRequest {
  /** The actions the user may update, the preselected one first. */
  actions: ActionSummary[];
  preselected?: string;
  /** A value field per goal of the preselected action (the form is for that one action). */
  goals?: GoalField[];
}

export interface Reply {
  locale: Locale;
  message: Message;
  /** Set when the command asks for the status form; `message` is the fallback for text-only clients. */
  form?: StatusFormRequest;
  /** True when the command stored something. */
  changed: boolean;
}

/** A reply in `locale`; `changed` when the command stored something. */
export function reply(locale: Locale, message: Message, changed = false): Reply {
  return { locale, message, changed };
}
