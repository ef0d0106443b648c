/** Pieces several pages share: a status label, a time, a person, the tables of actions and escalations. */
import type { EscalationRecord } from "../../core/dashboard/dashboard-reader.js";
import type { ActionSummary, PersonInfo } from "../../core/domain/agenda.js";
import { type ActionStatus, statusLabel } from "../../core/domain/status.js";
import { type Html, html } from "../html.js";
import type { PageContext } from "../page-context.js";
import { PATHS } from "../paths.js";

export interface PageResult {
  status: number;
  body: string;
}

export function statusChip(ctx: PageContext, status: ActionStatus): Html {
  return html`<span class="status status-${status}">${statusLabel(status, ctx.locale)}</span>`;
}

/** A moment with its time of day, machine-readable too. */
export function dateTime(ctx: PageContext, at: Date): Html {
  return html`<time datetime="${at.toISOString()}">${ctx.core.time.dateTime(at)}</time>`;
}

export function dateOnly(ctx: PageContext, at: Date): Html {
  return html`<time datetime="${at.toISOString()}">${ctx.core.time.date(at)}</time>`;
}

/** A person as the pages name them; a public dashboard never shows an e-mail address (only a name, if known). */
export function personName(ctx: PageContext, person: PersonInfo | null): string {
  if (!person) return "";
  return ctx.isPublic ? (person.displayName ?? "") : (person.displayName ?? person.email);
}

export function actionLink(ctx: PageContext, code: string, title?: string): Html {
  return html`<a href="${ctx.href(PATHS.action(code))}">${code}</a>${title ? html` ${title}` : ""}`;
}

export function actionsTable(ctx: PageContext, caption: string, actions: ActionSummary[]): Html {
  const t = ctx.t.theme;
  const f = ctx.core.fields;
  const rows = actions.map(
    (action) => html`<tr>
      <th scope="row"><a href="${ctx.href(PATHS.action(action.code))}">${action.code}</a></th>
      <td>${action.title}</td>
      <td>${statusChip(ctx, action.status)}</td>
      <td>${action.trekkers.join(", ")}</td>
      <td>${action.financiering}</td>
      <td>${action.importedOnly ? ctx.core.time.noUpdateSinceImport : dateOnly(ctx, action.lastUpdateAt)}</td>
    </tr>`,
  );
  return html`<table><caption>${caption}</caption>
    <thead><tr><th scope="col">${t.code}</th><th scope="col">${t.actionTitle}</th><th scope="col">${f.status}</th>
      <th scope="col">${f.trekkers}</th><th scope="col">${f.financiering}</th><th scope="col">${t.lastUpdate}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

export function escalationState(ctx: PageContext, escalation: EscalationRecord): Html {
  const e = ctx.t.escalation;
  if (!escalation.resolvedAt) return html`<strong>${e.open}</strong>`;
  const who = escalation.resolvedBy ? ` · ${personName(ctx, escalation.resolvedBy)}` : "";
  return html`${e.answered(ctx.core.time.date(escalation.resolvedAt))}${who}${
    escalation.resolution ? html`<blockquote>${escalation.resolution}</blockquote>` : ""
  }`;
}

export function escalationsTable(ctx: PageContext, caption: string, escalations: EscalationRecord[]): Html {
  const e = ctx.t.escalation;
  const rows = escalations.map(
    (escalation) => html`<tr>
      <td>${actionLink(ctx, escalation.code, escalation.title)}</td>
      <td>${escalation.question}</td>
      <td>${escalation.overlegCode ?? e.allOverleggen}</td>
      <td>${dateTime(ctx, escalation.at)}${escalation.by ? html`<br>${personName(ctx, escalation.by)}` : ""}</td>
      <td>${escalationState(ctx, escalation)}</td>
    </tr>`,
  );
  return html`<table><caption>${caption}</caption>
    <thead><tr><th scope="col">${e.action}</th><th scope="col">${e.question}</th><th scope="col">${e.overleg}</th>
      <th scope="col">${e.raised}</th><th scope="col">${e.state}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}
