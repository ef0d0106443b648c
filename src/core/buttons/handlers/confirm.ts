import { texts } from "../../i18n/index.js";
import { type ConfirmPayload, readConfirmValue } from "../../messages/confirm-value.js";
import { mineMessage } from "../../messages/list-views.js";
import { type Message, notice } from "../../messages/model.js";
import { type Reply, reply } from "../../reply.js";
import { roundTexts } from "../../rounds/round-kind.js";
import type { RoundKind } from "../../rounds/round-store.js";
import { type ButtonContext, defineButton } from "../button.js";
import { readActionCode } from "./action-code.js";

/**
 * *Ongewijzigd*: confirms that the action's current status is still right (recorded as history); on the reminder of a
 * round about funding, its funding. On a reminder or the `mijn` list it answers in place: that message rebuilt with
 * the confirmation on top and the action shown as answered, without its buttons. A second press (the action answered
 * since) stores nothing and says so.
 */
export const confirm = defineButton<ConfirmPayload>({
  read: (value) => readConfirmValue(value, readActionCode),
  requirement: "lead-or-leader",
  command: "status",
  actionOf: (payload) => payload.code,
  answers: (payload) => (payload.view === "beside" ? "beside" : "in-place"),
  async run(payload, context) {
    const { execute, deps } = context;
    const current = await deps.reader.findAction(payload.code);
    if (!current) return execute({ name: "toon", code: payload.code });
    const confirmNow = () => execute({ name: "status", code: current.code, status: current.status });
    const confirmFunding = () => execute({ name: "financiering", code: current.code, decision: { status: current.funding.status } });
    if (payload.view === "ronde") return onReminder(current.code, context, (kind) => (kind === "funding" ? confirmFunding() : confirmNow()));
    if (payload.view === "mijn") return onMine(current.code, current.lastUpdateAt.getTime() > payload.shownAt, context, confirmNow);
    return confirmNow();
  },
});

async function onReminder(code: string, { actor, locale, deps }: ButtonContext, confirmNow: (kind?: RoundKind) => Promise<Reply>): Promise<Reply> {
  const rounds = deps.rounds;
  const person = actor.person;
  const state = rounds && person ? await rounds.answerState(code, person) : null;
  if (!rounds || !person || !state) return confirmNow();
  const r = roundTexts(locale, state.kind);
  if (state.answered) {
    const already = notice("info", r.alreadyAnswered(code), r.alreadyAnsweredHint);
    return reply(locale, (await rounds.reminderFor(person, already, locale)) ?? already);
  }
  const done = await confirmNow(state.kind);
  if (done.message.tone === "error") return done;
  return { ...done, message: (await rounds.reminderFor(person, done.message, locale)) ?? done.message };
}

async function onMine(
  code: string,
  answeredSince: boolean,
  { actor, locale, deps }: ButtonContext,
  confirmNow: () => Promise<Reply>,
): Promise<Reply> {
  const person = actor.person;
  if (!person) return confirmNow();
  const rebuilt = async (above: Message) => {
    const actions = await deps.reader.actionsLedBy(person.id);
    return actions.some((action) => action.code === code) ? mineMessage(actions, locale, new Set([code]), above) : above;
  };
  if (answeredSince) {
    const m = texts(locale).mine;
    return reply(locale, await rebuilt(notice("info", m.alreadyAnswered(code), m.alreadyAnsweredHint)));
  }
  const done = await confirmNow();
  if (done.message.tone === "error") return done;
  return { ...done, message: await rebuilt(done.message) };
}
