import { dedupeKeys } from "../../delivery/dedupe-keys.js";
import { isLocale } from "../../domain/locale.js";
import { channelsOf, overleggenOf } from "../../escalations/escalation-overleggen.js";
import { escalationPost, raisedReply } from "../../messages/escalation-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readActionCode, readText } from "../argument-readers.js";
import { refuseResolutionAsQuestion } from "../escalation-arguments.js";
import type { WordHandler } from "../handler.js";
import { findOverleg, unknownOverleg } from "../overleg-lookup.js";
import { similarCodes } from "../similar-codes.js";

/**
 * `escaleer 1.3 [RWB:] <vraag>`: a question for an overleg (named, or every overleg of the theme), numbered and
 * posted at once in the channels linked to it, through the outbox, in the same transaction as the escalation.
 */
export const escaleer: WordHandler<"escaleer"> = {
  requirement: "lead-or-leader",
  parse(words) {
    const code = readActionCode("escaleer", words);
    const target = words.peek();
    let overleg: string | undefined;
    if (target?.endsWith(":") && target.length > 1) {
      overleg = target.slice(0, -1);
      words.next();
    } else {
      refuseResolutionAsQuestion(code, words);
    }
    const question = readText("escaleer", words.rest(), "note");
    return overleg ? { name: "escaleer", code, overleg, question } : { name: "escaleer", code, question };
  },
  action: "checked",
  async run(command, { actor, locale, t, deps }) {
    let overlegCode: string | undefined;
    if (command.overleg) {
      const overleg = await findOverleg(command.overleg, deps.reader);
      if (!overleg) return unknownOverleg(command.overleg, deps.reader, locale);
      overlegCode = overleg.code;
    }
    const action = await deps.reader.findAction(command.code);
    if (!action) {
      return reply(
        locale,
        notice("error", t.errors.unknownAction(command.code, await similarCodes(command.code, deps.reader)), t.errors.unknownActionHint),
      );
    }
    const overleggen = await overleggenOf({ overlegCode: overlegCode ?? null, themeNumber: action.themeNumber }, deps.reader);
    const channels = await channelsOf(overleggen, deps.channels);
    const raised = await deps.escalations.raise(
      {
        code: command.code,
        question: command.question,
        personId: actor.person?.id ?? null,
        channel: actor.channel,
        at: deps.clock.now(),
        ...(overlegCode ? { overlegCode } : {}),
      },
      (escalation) =>
        channels.map((channel) => ({
          dedupeKey: dedupeKeys.escalationRaised(escalation.id, { platform: channel.platform, target: channel.channelId }),
          platform: channel.platform,
          target: channel.channelId,
          message: escalationPost(escalation, overleggen, isLocale(channel.locale) ? channel.locale : deps.defaultLocale),
        })),
    );
    return reply(locale, raisedReply(raised, overleggen, channels.length, locale), true);
  },
};
