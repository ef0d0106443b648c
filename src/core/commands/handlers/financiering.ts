import { fundingMessage, fundingSummary } from "../../messages/funding-views.js";
import { notice } from "../../messages/model.js";
import { mayChange } from "../../permissions.js";
import { reply } from "../../reply.js";
import { readActionCode } from "../argument-readers.js";
import { readFundingDecision } from "../funding-readers.js";
import type { WordHandler } from "../handler.js";

/** How many history rows `financiering 1.3` shows. */
export const FUNDING_HISTORY_LIMIT = 10;

/**
 * `financiering 1.3` shows the funding and its history (everyone); `financiering 1.3 toegekend PoW €40.000 <toelichting>`
 * records a decision (the action's leads and the project leader). Any decision or confirmation answers the action in
 * an open round about funding.
 */
export const financiering: WordHandler<"financiering"> = {
  requirement: "read",
  requirementFor: (command) => (command.decision ? "lead-or-leader" : "read"),
  parse(words) {
    const code = readActionCode("financiering", words);
    if (!words.peek()) return { name: "financiering", code };
    return { name: "financiering", code, decision: readFundingDecision(words) };
  },
  action: "checked",
  async run({ code, decision }, { actor, locale, t, deps }) {
    if (!decision) {
      const [action, history] = await Promise.all([deps.reader.findAction(code), deps.funding.fundingHistory(code, FUNDING_HISTORY_LIMIT)]);
      if (!action) return reply(locale, notice("error", t.errors.unknownAction(code, []), t.errors.unknownActionHint));
      return reply(locale, fundingMessage(action, history, locale, await mayChange(actor, code, deps.people)));
    }
    const { from, to } = await deps.funding.changeFunding({
      code,
      ...decision,
      personId: actor.person?.id ?? null,
      channel: actor.channel,
      at: deps.clock.now(),
    });
    const unchanged = from.status === to.status && from.source === to.source && from.amountCents === to.amountCents;
    const text = unchanged
      ? t.funding.confirmed(code, fundingSummary(to, locale))
      : t.funding.changed(code, fundingSummary(from, locale), fundingSummary(to, locale));
    const answered = await deps.rounds?.recordAnswer(code, actor.person, unchanged ? "unchanged" : "updated", locale, "funding");
    return reply(locale, notice("success", text, ...(decision.note ? [decision.note] : []), ...(answered ? [answered] : [])), true);
  },
};
