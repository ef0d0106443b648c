/**
 * The update page's HTML: one form per open action of the lead in the round (status, note, goal values, and the
 * buttons *Opslaan*, *Ongewijzigd*, *Niet mijn actie*), answered actions with their answer, and the plain pages for
 * a link that is broken, expired or whose round closed. Plain HTML forms (no scripts): labels on every field, errors
 * named beside their field and in a summary, the language switch, a skip link.
 */

import type { Locale } from "../../core/domain/locale.js";
import { ACTION_STATUSES, type ActionStatus, statusLabel } from "../../core/domain/status.js";
import type { GoalField } from "../../core/goals/goal-form.js";
import { texts } from "../../core/i18n/index.js";
import type { RoundAnswer } from "../../core/rounds/round-store.js";
import { type Html, type HtmlValue, html } from "../html.js";
import { STYLESHEET_PATH } from "../layout.js";
import { UPDATE_PATH } from "../update-links.js";

export interface PageAction {
  code: string;
  title: string;
  status: ActionStatus;
  /** What the round asks about it, as the chat says it. */
  subject: string;
  answer: RoundAnswer | null;
  goals: GoalField[];
}

export interface UpdatePageModel {
  token: string;
  locale: Locale;
  name: string;
  closes: string;
  actions: PageAction[];
  /** A line on top: saved, or what went wrong. */
  notice?: { kind: "success" | "error"; text: string };
  /** Per-field errors of the action just submitted, with the values as typed. */
  errors?: { code: string; fields: Record<string, string>; values: Record<string, string> };
}

const STYLE = `.action{border:1px solid var(--line);border-radius:6px;padding:1rem;margin:1rem 0}
.field{margin:0.75rem 0}.field label,.field legend{display:block;font-weight:600;margin-bottom:0.25rem}
select,textarea,input[type=text]{font:inherit;padding:0.35rem 0.5rem;border:1px solid #4b5563;border-radius:4px;max-width:100%}
textarea{width:100%;min-height:4rem}.actions button{font:inherit;padding:0.45rem 0.9rem;margin:0.25rem 0.5rem 0.25rem 0;border:1px solid #0b3d6e;border-radius:4px;background:#fff;color:#0b3d6e;cursor:pointer}
.actions button.primary{background:#0b3d6e;color:#fff}.error{color:#a4161a;font-weight:600}.ok{background:#e8f5e9;border-left:4px solid #1b5e20;padding:0.6rem 0.9rem}
.problem{background:#fdecea;border-left:4px solid #a4161a;padding:0.6rem 0.9rem}fieldset{border:0;padding:0;margin:0}`;

const fieldId = (code: string, name: string) => `${name}-${code.replace(/[^0-9a-z]/gi, "-")}`;

function frame(locale: Locale, title: string, body: HtmlValue, switchHref?: string): string {
  const p = texts(locale).mail.page;
  const other = locale === "nl" ? "en" : "nl";
  return `<!doctype html>\n${
    html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}"><style>${STYLE}</style></head>
<body><a class="skip-link" href="#inhoud">${p.skip}</a>
<header class="site-header"><div class="bar"><p class="site-name">Doe-agenda</p>${
      switchHref
        ? html`<div class="tools"><a href="${switchHref}" lang="${other}" hreflang="${other}" title="${p.switchLabel}">${p.switchTo}</a></div>`
        : ""
    }</div></header>
<main id="inhoud" tabindex="-1"><h1>${title}</h1>${body}</main>
<footer class="site-footer"><p>${p.footer}</p></footer></body></html>`.value
  }\n`;
}

function actionForm(model: UpdatePageModel, action: PageAction): Html {
  const t = texts(model.locale);
  const p = t.mail.page;
  const headingId = fieldId(action.code, "actie");
  const heading = html`<h2 id="${headingId}">${action.code} ${action.title}</h2><p>${action.subject}</p>`;
  if (action.answer)
    return html`<section class="action" aria-labelledby="${headingId}">${heading}<p class="ok">${p.answered(t.rounds.answer[action.answer])}</p></section>`;
  const errors = model.errors?.code === action.code ? model.errors : undefined;
  const value = (name: string, fallback: string) => errors?.values[name] ?? fallback;
  const problem = (name: string) => {
    const message = errors?.fields[name];
    return message ? html`<p class="error" id="${fieldId(action.code, `fout-${name}`)}">${message}</p>` : "";
  };
  const invalid = (name: string) =>
    errors?.fields[name] ? html` aria-invalid="true" aria-describedby="${fieldId(action.code, `fout-${name}`)}"` : "";
  const status = value("status", action.status);
  const goals = action.goals.length
    ? html`<fieldset class="field"><legend>${p.goals}</legend>${action.goals.map((goal, index) => {
        const id = fieldId(action.code, `doel-${index + 1}`);
        return html`<div class="field"><label for="${id}">${goal.label}</label>
          <input type="text" inputmode="decimal" id="${id}" name="${goal.id}" value="${value(goal.id, "")}" placeholder="${goal.placeholder}"${invalid(goal.id)}>${problem(goal.id)}</div>`;
      })}</fieldset>`
    : "";
  return html`<section class="action" aria-labelledby="${headingId}">${heading}
<form method="post" action="${UPDATE_PATH}">
<input type="hidden" name="t" value="${model.token}"><input type="hidden" name="code" value="${action.code}"><input type="hidden" name="lang" value="${model.locale}">
<div class="field"><label for="${fieldId(action.code, "status")}">${p.status}</label>
<select id="${fieldId(action.code, "status")}" name="status"${invalid("status")}>${ACTION_STATUSES.map(
    (option) => html`<option value="${option}"${option === status ? html` selected` : ""}>${statusLabel(option, model.locale)}</option>`,
  )}</select>${problem("status")}</div>
<div class="field"><label for="${fieldId(action.code, "note")}">${p.note}</label>
<p class="muted" id="${fieldId(action.code, "note-help")}">${p.noteHelp}</p>
<textarea id="${fieldId(action.code, "note")}" name="note" aria-describedby="${fieldId(action.code, "note-help")}">${value("note", "")}</textarea>${problem("note")}</div>
${goals}
<div class="actions"><button type="submit" class="primary" name="do" value="save">${p.save}</button>
<button type="submit" name="do" value="unchanged" aria-describedby="${fieldId(action.code, "unchanged-help")}">${p.unchanged}</button>
<button type="submit" name="do" value="not-mine" aria-describedby="${fieldId(action.code, "not-mine-help")}">${p.notMine}</button></div>
<p class="muted"><span id="${fieldId(action.code, "unchanged-help")}">${p.unchanged}: ${p.unchangedHelp}</span> <span id="${fieldId(action.code, "not-mine-help")}">${p.notMine}: ${p.notMineHelp}</span></p>
</form></section>`;
}

export function updatePage(model: UpdatePageModel): string {
  const p = texts(model.locale).mail.page;
  const open = model.actions.filter((action) => !action.answer).length;
  const notice = model.notice
    ? model.notice.kind === "success"
      ? html`<p class="ok" role="status">${model.notice.text}</p>`
      : html`<div class="problem" role="alert"><h2>${p.errorsHeading}</h2><p>${model.notice.text}</p></div>`
    : "";
  const body = html`${notice}<p class="lead">${p.intro(model.name, model.actions.length, model.closes)}</p>
${open === 0 ? html`<p class="ok">${p.allDone}</p>` : ""}
${model.actions.map((action) => actionForm(model, action))}`;
  const other = model.locale === "nl" ? "en" : "nl";
  return frame(model.locale, p.title, body, `${UPDATE_PATH}?t=${model.token}&lang=${other}`);
}

/** A link that does not work, plainly, with no data. */
export function linkProblemPage(locale: Locale, reason: "invalid" | "expired" | "closed"): string {
  const p = texts(locale).mail.page;
  const [title, text] =
    reason === "expired" ? [p.expiredTitle, p.expired] : reason === "closed" ? [p.closedTitle, p.closed] : [p.invalidTitle, p.invalid];
  return frame(locale, title, html`<p>${text}</p>`);
}
