/** Message pieces for actions: list items, the detail view, the help. Built once, rendered per platform. */
import type { Actor } from "../actor.js";
import type { CommandName } from "../commands/types.js";
import type { ActionDetail, ActionSummary, PersonInfo } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { statusLabel } from "../domain/status.js";
import { texts } from "../i18n/index.js";
import { type ConfirmView, confirmValue } from "./confirm-value.js";
import { actionEscalationBlocks } from "./escalation-views.js";
import { fundingFields } from "./funding-views.js";
import { type Block, type Button, type ListItem, type Message, message } from "./model.js";

export function personName(person: PersonInfo): string {
  return person.displayName ?? person.email;
}

/** *Bijwerken* and *Ongewijzigd*; `on` is the message they sit on, which a confirmation rebuilds in place. */
export function actionButtons(code: string, locale: Locale, on: ConfirmView = { view: "beside" }): Button[] {
  const t = texts(locale);
  return [
    { intent: "action.update", label: t.buttons.update, value: code, style: "primary" },
    { intent: "action.confirm", label: t.buttons.confirm, value: confirmValue(code, on) },
  ];
}

export function actionListItem(action: ActionSummary, locale: Locale, withButtons = false): ListItem {
  const item: ListItem = {
    title: `${action.code} ${action.title}`,
    detail: `${statusLabel(action.status, locale)} · ${action.trekkers.join(", ")}`,
    status: action.status,
  };
  if (withButtons) item.buttons = actionButtons(action.code, locale);
  return item;
}

export function actionDetailMessage(action: ActionDetail, locale: Locale, now: Date, canChange: boolean): Message {
  const t = texts(locale);
  const f = t.fields;
  const blocks: Block[] = [
    { type: "heading", text: `${action.code} ${action.title}` },
    {
      type: "fields",
      fields: [
        { label: f.status, value: statusLabel(action.status, locale) },
        {
          label: f.lastUpdate,
          value: action.importedOnly
            ? t.time.importedOn(t.time.date(action.lastUpdateAt))
            : `${t.time.date(action.lastUpdateAt)} (${t.time.ago(action.lastUpdateAt, now)})`,
        },
        { label: f.theme, value: `${action.themeNumber} ${action.themeTitle}` },
        { label: f.pillar, value: action.pillarName },
        { label: f.scope, value: action.scope },
        { label: f.targetGroup, value: action.targetGroup },
        { label: f.trekkers, value: action.trekkers.join(", ") },
        ...fundingFields(action, locale),
        { label: f.leads, value: action.leads.length ? action.leads.map(personName).join(", ") : f.noLeads },
      ],
    },
  ];
  if (action.history.length) {
    blocks.push({ type: "section", text: f.history });
    blocks.push({
      type: "list",
      items: action.history.map((entry) => {
        const change =
          entry.from === entry.to
            ? t.history.confirmed(statusLabel(entry.to, locale))
            : t.history.entry(entry.from ? statusLabel(entry.from, locale) : null, statusLabel(entry.to, locale));
        const who = entry.by ? ` · ${t.history.by(personName(entry.by))}` : "";
        return {
          title: `${t.time.dateTime(entry.at)} · ${change}${who} · ${t.history.via[entry.channel]}`,
          ...(entry.note ? { detail: entry.note } : {}),
          status: entry.to,
        };
      }),
    });
  }
  if (action.notes.length) {
    blocks.push({ type: "section", text: f.notes });
    blocks.push({
      type: "list",
      items: action.notes.map((note) => ({
        title: `${t.time.dateTime(note.at)}${note.by ? ` · ${personName(note.by)}` : ""}`,
        detail: note.text,
      })),
    });
  }
  blocks.push(...actionEscalationBlocks(action.escalations, now, locale));
  if (canChange) blocks.push({ type: "buttons", buttons: actionButtons(action.code, locale) });
  return message(`${action.code} ${action.title} (${statusLabel(action.status, locale)})`, blocks);
}

/** The help for these commands; `withExamples` for the full help (not for one topic). */
export function helpMessage(actor: Actor, locale: Locale, names: CommandName[], withExamples: boolean): Message {
  const t = texts(locale);
  const blocks: Block[] = [
    { type: "heading", text: t.help.title },
    { type: "text", text: t.help.intro },
    {
      type: "list",
      items: names.map((name) => ({ title: `\`${t.help.commands[name].usage}\``, detail: t.help.commands[name].description })),
    },
  ];
  if (withExamples) blocks.push({ type: "context", text: t.help.examples });
  if (actor.isLeader) blocks.push({ type: "context", text: t.help.leadFooter });
  else if (!actor.person) blocks.push({ type: "context", text: t.help.readOnly });
  return message(t.help.title, blocks);
}
