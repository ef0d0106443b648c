/**
 * An action's full history as one timeline, newest first, each entry with its date and time of day, who and
 * through which channel: status changes and confirmations, notes, escalations raised and answered, round answers.
 */
import type { ActionRecord } from "../../core/dashboard/dashboard-reader.js";
import type { ChangeChannel, PersonInfo } from "../../core/domain/agenda.js";
import { statusLabel } from "../../core/domain/status.js";
import { type Html, html } from "../html.js";
import type { PageContext } from "../page-context.js";
import { dateTime, personName } from "./parts.js";

interface Entry {
  at: Date;
  /** Orders entries of the same moment: the later kind first. */
  rank: number;
  what: string;
  text: string | null;
  by: PersonInfo | null;
  channel: ChangeChannel | null;
}

function entries(ctx: PageContext, action: ActionRecord): Entry[] {
  const a = ctx.t.action;
  const label = (status: Parameters<typeof statusLabel>[0]) => statusLabel(status, ctx.locale);
  const list: Entry[] = [
    ...action.history.map((change) => ({
      at: change.at,
      rank: 1,
      what:
        change.from === null
          ? a.statusStart(label(change.to))
          : change.from === change.to
            ? a.confirmed(label(change.to))
            : a.statusChange(label(change.from), label(change.to)),
      text: change.note,
      by: change.by,
      channel: change.channel,
    })),
    ...action.notes.map((note) => ({ at: note.at, rank: 2, what: a.note, text: note.text, by: note.by, channel: note.channel })),
    ...action.escalations.map((escalation) => ({
      at: escalation.at,
      rank: 3,
      what: `${a.escalated(escalation.overlegCode)} (#${escalation.id})`,
      text: escalation.question,
      by: escalation.by,
      channel: escalation.channel,
    })),
    ...action.escalations.flatMap((escalation) =>
      escalation.resolvedAt
        ? [
            {
              at: escalation.resolvedAt,
              rank: 4,
              what: `${a.answered} (#${escalation.id})`,
              text: escalation.resolution,
              by: escalation.resolvedBy,
              channel: null,
            },
          ]
        : [],
    ),
    ...action.rounds.flatMap((round) =>
      round.answer && round.answeredAt
        ? [
            {
              at: round.answeredAt,
              rank: 0,
              what: `${a.roundAnswer}: ${ctx.core.rounds.answer[round.answer]}`,
              text: null,
              by: round.answeredBy,
              channel: null,
            },
          ]
        : [],
    ),
  ];
  return list.sort((x, y) => y.at.getTime() - x.at.getTime() || y.rank - x.rank);
}

export function timeline(ctx: PageContext, action: ActionRecord): Html {
  const list = entries(ctx, action);
  if (list.length === 0) return html`<p>${ctx.t.action.empty}</p>`;
  return html`<ol class="timeline">${list.map((entry) => {
    const who = [entry.by ? ctx.t.action.by(personName(ctx, entry.by)) : "", entry.channel ? ctx.core.history.via[entry.channel] : ""]
      .filter(Boolean)
      .join(" ");
    return html`<li>${dateTime(ctx, entry.at)}<span class="what">${entry.what}${who ? html` <span class="muted">· ${who}</span>` : ""}</span>${
      entry.text ? html`<blockquote>${entry.text}</blockquote>` : ""
    }</li>`;
  })}</ol>`;
}
