/** `trekkers`: who leads which action, and through which chat the bot can reach each of them. */
import type { ActionSummary } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import type { LeadReach } from "../people-file/people-register.js";
import { type Block, type ListItem, type Message, message } from "./model.js";

/** At most this many actions in one answer; the rest is counted (the people file export has them all). */
export const LEADS_LIMIT = 100;

export function leadsMessage(leads: readonly LeadReach[], withoutLead: readonly ActionSummary[], locale: Locale): Message {
  const t = texts(locale).people;
  const byAction = new Map<string, LeadReach[]>();
  for (const lead of leads) byAction.set(lead.code, [...(byAction.get(lead.code) ?? []), lead]);
  const people = new Map(leads.map((lead) => [lead.email, lead]));
  const reachable = [...people.values()].filter((lead) => lead.platforms.length > 0).length;
  const title = t.leadsTitle(people.size, byAction.size);
  const items = [...byAction.values()].slice(0, LEADS_LIMIT).map(
    (group): ListItem => ({
      title: `${group[0]?.code} ${group[0]?.title}`,
      detail: group
        .map((lead) => `${personLabel(lead)} · ${lead.platforms.length ? lead.platforms.map((p) => t.platform[p]).join(", ") : t.unreachable}`)
        .join("; "),
    }),
  );
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "list", items },
  ];
  if (byAction.size > LEADS_LIMIT) blocks.push({ type: "context", text: t.moreActions(byAction.size - LEADS_LIMIT) });
  blocks.push({ type: "context", text: t.reachable(reachable, people.size) });
  if (withoutLead.length) {
    blocks.push({ type: "heading", text: t.withoutLeadTitle(withoutLead.length) });
    blocks.push({ type: "text", text: withoutLead.map((action) => action.code).join(", ") });
    blocks.push({ type: "context", text: t.linkHint });
  }
  return message(title, blocks);
}

function personLabel(lead: LeadReach): string {
  const name = lead.name ?? lead.email;
  return lead.organisation ? `${name} (${lead.organisation})` : name;
}
