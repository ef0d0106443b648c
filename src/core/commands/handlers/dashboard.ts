import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";

/**
 * `dashboard`: a personal sign-in link to the web dashboard, for anyone the agenda knows (a lead, a project
 * leader, anyone linked before); with DASHBOARD_PUBLIC the dashboard's plain address, for everyone. Never in a
 * Teams channel, where the answer is not private.
 */
export const dashboard: WordHandler<"dashboard"> = {
  requirement: "read",
  parse: () => ({ name: "dashboard" }),
  async run(_command, { actor, locale, t, deps }) {
    const d = t.dashboard;
    const links = deps.dashboard;
    if (!links) return reply(locale, notice("error", d.unavailable));
    if (links.isPublic) return reply(locale, notice("info", d.public(links.publicUrl(locale)), d.publicHint));
    if (!actor.person) return reply(locale, notice("error", d.unknownPerson, d.unknownPersonHint));
    if (actor.conversation?.isChannel && actor.conversation.platform === "teams") {
      return reply(locale, notice("warning", d.notInChannel, d.notInChannelHint));
    }
    const link = await links.linkFor(actor.person, locale);
    if (link.kind === "public") return reply(locale, notice("info", d.public(link.url), d.publicHint));
    return reply(locale, notice("success", d.personal(link.url), d.personalHint(link.linkMinutes, link.sessionHours)));
  },
};
