import { looksLikeActionCode, normaliseActionCode } from "../../domain/action-code.js";
import { leadsMessage } from "../../messages/lead-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";

/** `trekkers [1.3 | organisatie]`: who leads what, and through which chat each of them can be reached. */
export const trekkers: WordHandler<"trekkers"> = {
  requirement: "leader",
  parse(words) {
    const given = words.remainingWords().join(" ").trim();
    if (!given) return { name: "trekkers" };
    return looksLikeActionCode(given) ? { name: "trekkers", code: normaliseActionCode(given) } : { name: "trekkers", organisation: given };
  },
  async run(command, { locale, t, deps }) {
    if (!deps.register) return reply(locale, notice("info", t.people.noLeads, t.people.linkHint));
    const filter = { ...(command.code ? { code: command.code } : {}), ...(command.organisation ? { organisation: command.organisation } : {}) };
    const leads = await deps.register.leadsOverview(filter);
    const narrowed = command.code ?? command.organisation;
    if (leads.length === 0) return reply(locale, notice("info", narrowed ? t.people.noLeadsFor(narrowed) : t.people.noLeads, t.people.linkHint));
    const led = new Set(leads.map((lead) => lead.code));
    const withoutLead = narrowed ? [] : (await deps.reader.listActions({})).filter((action) => !led.has(action.code));
    return reply(locale, leadsMessage(leads, withoutLead, locale));
  },
};
