/** How the Teams adapter answers: the core's message as Adaptive Cards in the conversation, or a card in place. */
import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import type { Locale } from "../core/domain/locale.js";
import type { Message } from "../core/messages/model.js";
import type { Reply, StatusFormRequest } from "../core/reply.js";
import { type AdaptiveCard, renderCards } from "./adaptive-card.js";
import { statusCard } from "./status-card.js";

/** Sends a message as one or more cards, each with the message's summary for notifications. */
export async function send(context: TurnContext, message: Message): Promise<void> {
  for (const adaptiveCard of renderCards(message)) {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(adaptiveCard));
    activity.summary = message.summary;
    await context.sendActivity(activity);
  }
}

/** Sends the status form card. */
export async function sendStatusForm(context: TurnContext, form: StatusFormRequest, locale: Locale): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(statusCard(form, locale))));
}

/** The card that answers a press in place (Universal Actions replace the pressed card). */
export function replyCard(reply: Reply): AdaptiveCard {
  return (
    renderCards(reply.message)[0] ?? (renderCards({ ...reply.message, blocks: [{ type: "text", text: reply.message.summary }] })[0] as AdaptiveCard)
  );
}

/**
 * The buttons on a list of actions (`mijn`, a reminder) keep that card as it is, so the other actions' buttons
 * stay: the answer comes as a new message, and Teams shows its summary where the button was pressed.
 */
export async function answerBeside(context: TurnContext, reply: Reply): Promise<string> {
  await send(context, reply.message);
  return reply.message.summary;
}
