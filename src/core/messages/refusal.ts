import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import type { Refusal } from "../permissions.js";
import { type Message, notice } from "./model.js";

/** Why the actor may not run `command` (as they would type it), and what to do. */
export function refusalMessage(refusal: Refusal, command: string, code: string | undefined, locale: Locale): Message {
  const t = texts(locale);
  const example = code ?? "1.3";
  switch (refusal) {
    case "unknown-user":
      return notice("error", t.errors.unknownUser, t.errors.unknownUserHint);
    case "not-a-lead":
      return notice("error", t.errors.notYourAction(example), t.errors.notYourActionHint(example));
    case "leader-only":
      return notice("error", t.errors.leaderOnly(command), t.errors.leaderOnlyHint);
    case "not-overleg-member":
      return notice("error", t.escalations.membersOnly(command), t.escalations.membersOnlyHint);
  }
}
