/**
 * Every button of the core, pressed on a card (Action.Execute, its verb the intent): the core reads the value back,
 * checks who pressed and answers; here the answer is shown. A form comes as a new card; an answer `in-place`
 * replaces the pressed card (a preview's start button, *Ongewijzigd* on a reminder or `mijn`, rebuilt by the core); one `beside` comes as a new message, so a list keeps its other actions' buttons.
 */
import type { TurnContext } from "botbuilder";
import type { Actor } from "../core/actor.js";
import type { AgendaCore } from "../core/agenda-core.js";
import type { Locale } from "../core/domain/locale.js";
import type { ButtonIntent } from "../core/messages/model.js";
import type { AdaptiveCard } from "./adaptive-card.js";
import { answerBeside, replyCard, sendStatusForm } from "./teams-replies.js";

/** A press of a card button: the turn, who pressed it, and the button's value as it came back. */
export interface Press {
  intent: ButtonIntent;
  context: TurnContext;
  actor: Actor;
  locale: Locale;
  value: string;
  core: AgendaCore;
}

/** The text Teams shows where the button was pressed, or a card that replaces the pressed one. */
export async function pressButton({ intent, context, actor, locale, value, core }: Press): Promise<string | AdaptiveCard> {
  const { reply, answers } = await core.press(intent, value, actor, locale);
  if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
    await sendStatusForm(context, reply.form, locale);
    return reply.message.summary;
  }
  return answers === "in-place" ? replyCard(reply) : answerBeside(context, reply);
}
