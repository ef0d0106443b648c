/**
 * What each card button (Action.Execute verb) does in Teams: one entry per button intent, each the core call it
 * makes and how its answer is shown. The adapter registers them all in one loop.
 */
import type { TurnContext } from "botbuilder";
import type { Actor } from "../core/actor.js";
import type { AgendaCore } from "../core/agenda-core.js";
import type { Locale } from "../core/domain/locale.js";
import type { ButtonIntent } from "../core/messages/model.js";
import type { AdaptiveCard } from "./adaptive-card.js";
import { answerBeside, replyCard, sendStatusForm } from "./teams-replies.js";

/** A press of a card button: the turn, who pressed it, and the button's value (usually an action code). */
export interface Press {
  context: TurnContext;
  actor: Actor;
  locale: Locale;
  code: string;
  core: AgendaCore;
}

export type PressIntent = Exclude<ButtonIntent, "action.show">;

/** Each answers with the text Teams shows where the button was pressed, or a card that replaces the pressed one. */
export const TEAMS_BUTTONS: Record<PressIntent, (press: Press) => Promise<string | AdaptiveCard>> = {
  "action.update": async ({ context, actor, locale, code, core }) => {
    const reply = await core.execute({ name: "status-form", code }, actor, locale);
    if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
      await sendStatusForm(context, reply.form, locale);
      return reply.message.summary;
    }
    return answerBeside(context, reply);
  },
  "action.confirm": async ({ context, actor, locale, code, core }) => answerBeside(context, await core.confirmStatus(code, actor, locale)),
  "action.not-mine": async ({ context, actor, locale, code, core }) => answerBeside(context, await core.notMine(code, actor, locale)),
  "round.start": async ({ actor, locale, code, core }) => replyCard(await core.startRoundFromButton(code, actor, locale)),
};
