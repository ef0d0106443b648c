/**
 * The core's neutral message model as HTML, for what the dashboard shows exactly as the chat does (an overleg's
 * digest). Headings start at `level`; a status bar becomes a chart with its table; `code` spans stay code; an
 * action code at the start of a list item links to the action's page. Buttons are left out: the dashboard only reads.
 */
import { ACTION_CODE_PATTERN } from "../core/domain/action-code.js";
import { statusLabel } from "../core/domain/status.js";
import type { Block, Chart, ListItem, Message } from "../core/messages/model.js";
import { type Html, html, join, trusted } from "./html.js";
import type { PageContext } from "./page-context.js";
import { PATHS } from "./paths.js";
import { statusBarsFigure } from "./status-charts.js";

const EMAIL = /[^\s@<>()`]+@[^\s@<>()`]+\.[a-z]{2,}/gi;

/** Text with `backtick` spans as <code>; on a public dashboard without e-mail addresses (the chat names people by them). */
export function inlineText(text: string, ctx?: Pick<PageContext, "isPublic" | "t">): Html {
  if (ctx?.isPublic) text = text.replace(EMAIL, ctx.t.layout.hiddenAddress);
  const parts = text.split("`");
  // An odd number of backticks leaves the last one as typed.
  if (parts.length % 2 === 0) return html`${text}`;
  return join(parts.map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : html`${part}`)));
}

function itemTitle(ctx: PageContext, item: ListItem): Html {
  const [code, ...rest] = item.title.split(" ");
  if (code && ACTION_CODE_PATTERN.test(code)) return html`<a href="${ctx.href(PATHS.action(code))}">${code}</a> ${rest.join(" ")}`;
  return inlineText(item.title, ctx);
}

async function block(ctx: PageContext, value: Block, level: number): Promise<Html> {
  const h = (offset: number) => `h${Math.min(6, level + offset)}`;
  switch (value.type) {
    case "heading":
      return html`${tag(h(0), inlineText(value.text, ctx))}`;
    case "section":
      return html`${tag(h(1), inlineText(value.text, ctx))}`;
    case "text":
      return html`<p>${inlineText(value.text, ctx)}</p>`;
    case "context":
      return html`<p class="muted">${inlineText(value.text, ctx)}</p>`;
    case "fields":
      return html`<dl class="fields">${value.fields.map((field) => html`<dt>${field.label}</dt><dd>${inlineText(field.value, ctx)}</dd>`)}</dl>`;
    case "list":
      return html`<ul class="message-list">${value.items.map(
        (item) =>
          html`<li><strong>${itemTitle(ctx, item)}</strong>${
            item.status ? html` <span class="status status-${item.status}">${statusLabel(item.status, ctx.locale)}</span>` : ""
          }${item.detail ? html`<br><span class="detail">${inlineText(item.detail, ctx)}</span>` : ""}</li>`,
      )}</ul>`;
    case "status-bar": {
      const counts = Object.fromEntries(value.counts.map((count) => [count.status, count.count]));
      return statusBarsFigure(ctx, ctx.t.overleg.status, ctx.t.overview.theme, [{ label: ctx.t.charts.total, counts }]);
    }
    case "chart":
      return chartHtml(ctx, value.chart);
    case "divider":
      return html`<hr>`;
    case "buttons":
      return html``;
  }
}

/** A status chart as the dashboard's figure (one row per category); other charts as their text alternative. */
function chartHtml(ctx: PageContext, chart: Chart): Html | Promise<Html> {
  if (chart.kind === "line" || chart.series.some((series) => !series.status))
    return html`<ul class="message-list">${chart.text.map((line) => html`<li>${line}</li>`)}</ul>`;
  const rows = chart.categories.map((label, row) => ({
    label: chart.categories.length === 1 ? ctx.t.charts.total : label,
    counts: Object.fromEntries(chart.series.map((series) => [series.status, series.values[row] ?? 0])),
  }));
  return statusBarsFigure(ctx, ctx.t.overleg.status, ctx.t.overview.theme, rows);
}

/** A heading tag of a level computed here, never from input. */
function tag(name: string, content: Html): Html {
  if (!/^h[1-6]$/.test(name)) throw new Error(`not a heading: ${name}`);
  return html`${trusted(`<${name}>`)}${content}${trusted(`</${name}>`)}`;
}

export async function messageHtml(ctx: PageContext, message: Message, level = 3): Promise<Html> {
  return join(await Promise.all(message.blocks.map((value) => block(ctx, value, level))));
}
