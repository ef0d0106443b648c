/**
 * What each button does in Slack: one entry per button intent, each the core call it makes and how its answer is
 * shown. The adapter registers them all in one loop.
 */
import type { Actor } from "../core/actor.js";
import type { AgendaCore } from "../core/agenda-core.js";
import type { Locale } from "../core/domain/locale.js";
import type { ButtonIntent, Message } from "../core/messages/model.js";
import type { Where } from "./slack-actor.js";
import type { SlackReplies } from "./slack-replies.js";

/** A button press: who pressed it, where, and how to answer (response_url in a message, a DM from App Home). */
export interface Press {
  where: Where;
  actor: Actor;
  locale: Locale;
  /** The button's value, usually an action code. */
  code: string;
  triggerId: string;
  answer: (message: Message) => Promise<void>;
}

export interface ButtonDeps {
  core: AgendaCore;
  replies: SlackReplies;
  /** Shows the user's App Home again (after a change made from it). */
  publishHome: (where: Where, actor: Actor) => Promise<void>;
}

export type PressIntent = Exclude<ButtonIntent, "action.show">;

export const SLACK_BUTTONS: Record<PressIntent, (press: Press, deps: ButtonDeps) => Promise<void>> = {
  "action.update": async ({ where, actor, locale, code, triggerId, answer }, { core, replies }) => {
    const reply = await core.execute({ name: "status-form", code }, actor, locale);
    if (reply.form && reply.form.actions.length > 0 && reply.message.tone !== "error") {
      await replies.openForm(triggerId, reply, { locale, ...(where.channelId ? { channelId: where.channelId } : { fromHome: true }) });
      return;
    }
    await answer(reply.message);
  },
  "action.confirm": async ({ where, actor, locale, code, answer }, { core, publishHome }) => {
    const reply = await core.confirmStatus(code, actor, locale);
    await answer(reply.message);
    if (!where.channelId && reply.changed) await publishHome(where, actor);
  },
  "action.not-mine": async ({ actor, locale, code, answer }, { core }) => {
    await answer((await core.notMine(code, actor, locale)).message);
  },
  "round.start": async ({ actor, locale, code, answer }, { core }) => {
    await answer((await core.startRoundFromButton(code, actor, locale)).message);
  },
};
