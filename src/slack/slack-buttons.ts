/**
 * Every button of the core, pressed in Slack: the core reads the value back, checks who pressed and answers;
 * here the answer is shown. A form opens in a modal; an answer `in-place` replaces the pressed message (a
 * reminder rebuilt after *Ongewijzigd*); anything else comes beside it, and a change made from App Home shows
 * App Home again.
 */
import type { Actor } from "../core/actor.js";
import type { AgendaCore } from "../core/agenda-core.js";
import type { Locale } from "../core/domain/locale.js";
import type { ButtonIntent, Message } from "../core/messages/model.js";
import type { Where } from "./slack-actor.js";
import type { SlackReplies } from "./slack-replies.js";

/** A button press: who pressed it, where, and how to answer (response_url in a message, a DM from App Home). */
export interface Press {
  intent: ButtonIntent;
  where: Where;
  actor: Actor;
  locale: Locale;
  /** The button's value, as it came back. */
  value: string;
  triggerId: string;
  answer: (message: Message) => Promise<void>;
  /** Replaces the pressed message (an answer `in-place`). */
  replace: (message: Message) => Promise<void>;
}

export interface ButtonDeps {
  core: AgendaCore;
  replies: SlackReplies;
  /** Shows the user's App Home again (after a change made from it). */
  publishHome: (where: Where, actor: Actor) => Promise<void>;
}

export async function pressButton(press: Press, { core, replies, publishHome }: ButtonDeps): Promise<void> {
  const { where, actor, locale } = press;
  const { reply, answers } = await core.press(press.intent, press.value, actor, locale);
  if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
    await replies.openForm(where.teamId, press.triggerId, reply, {
      locale,
      ...(where.channelId ? { channelId: where.channelId } : { fromHome: true }),
    });
    return;
  }
  await (answers === "in-place" ? press.replace(reply.message) : press.answer(reply.message));
  if (!where.channelId && reply.changed) await publishHome(where, actor);
}
