/** Message pieces for funding decisions: the one-line state, the fields of `toon`, list details, `financiering 1.3`. */
import type { ActionDetail, ActionSummary } from "../domain/agenda.js";
import { formatEuro } from "../domain/euro.js";
import { type FundingState, fundingLabel } from "../domain/funding.js";
import type { Locale } from "../domain/locale.js";
import type { FundingHistoryEntry } from "../funding-ports.js";
import { texts } from "../i18n/index.js";
import { personName } from "./action-views.js";
import { type Block, type Field, type ListItem, type Message, message } from "./model.js";

/** `toegekend · PoW · € 40.000`; *nader te bepalen* without a source says only its state. */
export function fundingSummary(funding: Pick<FundingState, "status" | "source" | "amountCents">, locale: Locale): string {
  const parts = [fundingLabel(funding.status, locale)];
  if (funding.source) parts.push(funding.source);
  else if (funding.status !== "nader_te_bepalen") parts.push(texts(locale).funding.unknownSource);
  if (funding.amountCents !== null) parts.push(formatEuro(funding.amountCents, locale));
  return parts.join(" · ");
}

/** The funding fields of the detail view: the decision (with its note), and the agenda's own words when they differ. */
export function fundingFields(action: Pick<ActionSummary, "funding" | "financiering">, locale: Locale): Field[] {
  const t = texts(locale);
  const f = t.funding;
  const { funding } = action;
  const fields: Field[] = [{ label: t.fields.financiering, value: `${fundingSummary(funding, locale)}${funding.note ? `\n${funding.note}` : ""}` }];
  // The agenda's words, when they say more than the decision: not the source itself, nor just the state's name.
  const text = action.financiering.trim();
  const said = [funding.source, fundingLabel(funding.status, "nl")].map((part) => part?.toLowerCase());
  if (text && !said.includes(text.toLowerCase())) fields.push({ label: f.fields.agenda, value: text });
  return fields;
}

/** A list item with the action's funding state after its status and trekkers. */
export function withFunding(item: ListItem, action: Pick<ActionSummary, "funding">, locale: Locale): ListItem {
  const state = texts(locale).funding.inList(fundingSummary(action.funding, locale));
  return { ...item, detail: item.detail ? `${item.detail} · ${state}` : state };
}

/** `financiering 1.3`: the decision as it stands, the agenda's words, and the history newest first. */
export function fundingMessage(action: ActionDetail, history: FundingHistoryEntry[], locale: Locale, canChange: boolean): Message {
  const t = texts(locale);
  const f = t.funding;
  const { funding } = action;
  const title = f.heading(action.code, action.title);
  const fields: Field[] = [
    { label: f.fields.status, value: fundingLabel(funding.status, locale) },
    { label: f.fields.source, value: funding.source ?? "–" },
    { label: f.fields.amount, value: funding.amountCents === null ? "–" : formatEuro(funding.amountCents, locale) },
    { label: f.fields.changed, value: funding.changedAt ? t.time.dateTime(funding.changedAt) : f.fromImport },
  ];
  if (funding.note) fields.push({ label: f.fields.note, value: funding.note });
  if (action.financiering.trim()) fields.push({ label: f.fields.agenda, value: action.financiering });
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "fields", fields },
  ];
  if (history.length) {
    blocks.push({ type: "section", text: f.history });
    blocks.push({
      type: "list",
      items: history.map((entry, index) => {
        const to = fundingLabel(entry.to, locale);
        // A row holds the funding after it; the one before it (older) says whether the source or amount changed too.
        const before = history[index + 1];
        const same = entry.from === entry.to && (!before || (before.source === entry.source && before.amountCents === entry.amountCents));
        const change = same ? t.history.confirmed(to) : t.history.entry(entry.from ? fundingLabel(entry.from, locale) : null, to);
        const who = entry.by ? ` · ${t.history.by(personName(entry.by))}` : "";
        const amount = entry.amountCents === null ? null : formatEuro(entry.amountCents, locale);
        const what = [...new Set([entry.source, amount, entry.note].filter((part): part is string => !!part))];
        return {
          title: `${t.time.dateTime(entry.at)} · ${change}${who} · ${t.history.via[entry.channel]}`,
          ...(what.length ? { detail: what.join(" · ") } : {}),
        };
      }),
    });
  }
  if (canChange) blocks.push({ type: "context", text: f.changeHint(action.code) });
  return message(`${title} (${fundingSummary(funding, locale)})`, blocks);
}
