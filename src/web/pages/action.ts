/** One action in full: every field, its leads, the whole history as a timeline, notes, escalations with answers, rounds. */
import { normaliseActionCode } from "../../core/domain/action-code.js";
import { isOpenDecision } from "../../core/domain/agenda.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import { PATHS } from "../paths.js";
import { slot } from "../slots.js";
import { timeline } from "./action-timeline.js";
import { notFoundPage } from "./not-found.js";
import { dateOnly, dateTime, escalationsTable, type PageResult, personName, statusChip } from "./parts.js";

export async function actionPage(ctx: PageContext, deps: DashboardDeps, given: string): Promise<PageResult> {
  const a = ctx.t.action;
  const f = ctx.core.fields;
  const code = normaliseActionCode(given);
  const action = await deps.dashboard.actionRecord(code);
  if (!action) return notFoundPage(ctx, ctx.t.notFound.action(given));
  const [funding, goals] = await Promise.all([
    slot(ctx, deps, "funding", { page: "action", code: action.code }),
    slot(ctx, deps, "goals", { page: "action", code: action.code }),
  ]);
  const themeLink = ctx.href(PATHS.theme(action.themeNumber));
  const notes = [...action.notes].reverse();
  const fields = html`<dl class="fields">
    <dt>${a.code}</dt><dd>${action.code}</dd>
    <dt>${f.status}</dt><dd>${statusChip(ctx, action.status)}</dd>
    <dt>${f.theme}</dt><dd><a href="${themeLink}">${action.themeNumber} · ${action.themeTitle}</a></dd>
    <dt>${f.pillar}</dt><dd>${action.pillarName}</dd>
    <dt>${f.targetGroup}</dt><dd>${action.targetGroup}</dd>
    <dt>${f.scope}</dt><dd>${action.scope}</dd>
    <dt>${f.trekkers}</dt><dd>${action.trekkers.join(", ")}</dd>
    <dt>${f.financiering}</dt><dd>${action.financiering}${isOpenDecision(action.financiering) ? html` (${f.openDecision})` : ""}</dd>
    <dt>${f.leads}</dt><dd>${
      action.leads.length
        ? action.leads.map(
            (lead, index) =>
              html`${index ? "; " : ""}${personName(ctx, lead)} <span class="muted">(${a.leadSince(ctx.core.time.date(lead.since))})</span>`,
          )
        : f.noLeads
    }</dd>
    <dt>${f.lastUpdate}</dt><dd>${action.importedOnly ? ctx.core.time.noUpdateSinceImport : dateTime(ctx, action.lastUpdateAt)}</dd>
    <dt>${a.created}</dt><dd>${dateOnly(ctx, action.createdAt)}</dd>
  </dl>`;
  const rounds = action.rounds.length
    ? html`<table><caption>${a.rounds}</caption>
        <thead><tr><th scope="col">${ctx.t.rounds.started}</th><th scope="col">${a.answer}</th><th scope="col">${ctx.t.rounds.by}</th></tr></thead>
        <tbody>${[...action.rounds].reverse().map(
          (round) => html`<tr><td>${dateOnly(ctx, round.roundStartedAt)}</td>
            <td>${round.answer ? ctx.core.rounds.answer[round.answer] : a.noAnswer}${round.answeredAt ? html` · ${dateTime(ctx, round.answeredAt)}` : ""}</td>
            <td>${personName(ctx, round.answeredBy)}</td></tr>`,
        )}</tbody></table>`
    : html`<p>${a.noRounds}</p>`;
  const body = html`
    <section aria-labelledby="gegevens"><h2 id="gegevens">${a.fields}</h2>${fields}</section>
    ${funding}
    ${goals}
    <section aria-labelledby="tijdlijn"><h2 id="tijdlijn">${a.timeline}</h2><p class="muted">${a.timelineIntro}</p>${timeline(ctx, action)}</section>
    <section aria-labelledby="notities"><h2 id="notities">${a.notes(notes.length)}</h2>${
      notes.length
        ? html`<ul class="cards">${notes.map(
            (note) =>
              html`<li class="note">${dateTime(ctx, note.at)}${note.by ? html` · ${personName(ctx, note.by)}` : ""}<blockquote>${note.text}</blockquote></li>`,
          )}</ul>`
        : html`<p>${a.noNotes}</p>`
    }</section>
    <section aria-labelledby="escalaties"><h2 id="escalaties">${a.escalations(action.escalations.length)}</h2>${
      action.escalations.length
        ? escalationsTable(ctx, a.escalations(action.escalations.length), action.escalations)
        : html`<p>${a.noEscalations}</p>`
    }</section>
    <section aria-labelledby="rondes"><h2 id="rondes">${a.rounds}</h2>${rounds}</section>`;
  return {
    status: 200,
    body: page(ctx, {
      title: `${action.code} ${action.title}`,
      trail: [
        { label: ctx.t.layout.overview, href: ctx.href(PATHS.overview) },
        { label: ctx.t.theme.title(action.themeNumber, action.themeTitle), href: themeLink },
      ],
      body,
    }),
  };
}
