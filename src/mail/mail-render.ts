/**
 * The neutral message model as an e-mail: a subject (the summary), plain text (as the CLI renders it) and simple,
 * self-contained HTML (inline styles, no images or scripts, which mail clients block). Every value is escaped; a web
 * address in the text becomes a link.
 */
import type { Block, Message } from "../core/messages/model.js";
import { renderText } from "../render/text.js";
import { type Html, html, join } from "../web/html.js";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const URL_PATTERN = /(https?:\/\/[^\s<>"'`]+)/g;

/** Text with its web addresses as links and `code` spans as code. */
function inline(text: string): Html {
  const parts = text.split(URL_PATTERN);
  return join(
    parts.map((part, index) =>
      index % 2 === 1
        ? html`<a href="${part}" style="color:#0b57d0">${part}</a>`
        : join(part.split("`").map((piece, at) => (at % 2 === 1 ? html`<code>${piece}</code>` : html`${piece}`))),
    ),
  );
}

function multiline(text: string): Html {
  return join(
    text.split("\n").map((line) => inline(line)),
    html`<br>`,
  );
}

function block(value: Block): Html {
  switch (value.type) {
    case "heading":
      return html`<h1 style="font-size:20px;margin:0 0 12px">${inline(value.text)}</h1>`;
    case "section":
      return html`<h2 style="font-size:16px;margin:16px 0 8px">${inline(value.text)}</h2>`;
    case "text":
      return html`<p style="margin:0 0 12px">${multiline(value.text)}</p>`;
    case "context":
      return html`<p style="margin:0 0 12px;color:#555;font-size:13px">${multiline(value.text)}</p>`;
    case "fields":
      return html`<table role="presentation">${value.fields.map((field) => html`<tr><th align="left" style="padding-right:12px">${field.label}</th><td>${inline(field.value)}</td></tr>`)}</table>`;
    case "list":
      return html`<ul style="padding-left:20px;margin:0 0 12px">${value.items.map(
        (item) =>
          html`<li style="margin-bottom:8px"><strong>${inline(item.title)}</strong>${
            item.detail ? html`<br><span style="color:#333">${multiline(item.detail)}</span>` : ""
          }</li>`,
      )}</ul>`;
    case "status-bar":
      return html`<p>${value.counts.map((count) => `${count.label}: ${count.count}`).join(" · ")}</p>`;
    case "chart":
      // A mail shows the chart's text alternative: no image to fetch, nothing to block.
      return html`<pre style="font-family:Consolas,monospace;font-size:13px;margin:0 0 12px">${value.chart.text.join("\n")}</pre>`;
    case "divider":
      return html`<hr style="border:0;border-top:1px solid #ddd;margin:16px 0">`;
    case "buttons":
      return html``;
  }
}

export function renderMail(message: Message): RenderedMail {
  const body = join(message.blocks.filter((value) => value.type !== "buttons").map(block));
  const document = html`<!doctype html><html><head><meta charset="utf-8"><title>${message.summary}</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#111;max-width:640px;margin:0 auto;padding:16px">${body}</body></html>`;
  return { subject: message.summary.slice(0, 200), text: renderText(message), html: document.value };
}
