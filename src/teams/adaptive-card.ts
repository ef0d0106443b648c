/**
 * Renders the core's neutral message model as Adaptive Cards (schema 1.5) for Teams; charts as Teams' chart
 * elements (chart-card). Buttons are Universal Actions (Action.Execute), so the bot can answer a press by replacing
 * the card in place. Content too large for one Teams message (about 28 KB) is split over several cards rather than cut.
 */
import type { Block, Button, Message } from "../core/messages/model.js";
import { barLines } from "../render/status-bar.js";
import { chartElement, textBarContainer } from "./chart-card.js";

export const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
export const CARD_VERSION = "1.5";
/** Teams accepts messages up to about 28 KB; stay well below with the card JSON. */
const CARD_BUDGET = 20_000;

export interface CardElement {
  type: string;
  [property: string]: unknown;
}

export interface CardAction {
  type: "Action.Execute" | "Action.Submit";
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  style?: "default" | "positive" | "destructive";
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: CardAction[];
}

export function card(body: CardElement[], actions?: CardAction[]): AdaptiveCard {
  const result: AdaptiveCard = { type: "AdaptiveCard", $schema: CARD_SCHEMA, version: CARD_VERSION, body };
  if (actions?.length) result.actions = actions;
  return result;
}

/**
 * Card text is markdown, and much of it comes from users (notes, questions, names, search words): escape
 * everything markdown gives a meaning, so `[Klik hier](https://…)` stays visible text and never becomes a
 * disguised link, `**` no bold and `- ` no list. Backslash escapes (CommonMark) for the inline syntax, and
 * `](` is always split, so a renderer that ignores escapes cannot form a link either; `&` before an entity
 * name, so `&#91;` cannot spell a bracket.
 */
export function escapeCardMarkdown(text: string): string {
  return text
    .replace(/[\\*_~[\]`]/g, "\\$&")
    .replace(/\]\(/g, "]\\(")
    .replace(/&(?=#?[0-9a-z]+;)/gi, "\\&")
    .replace(/^([ \t]*)([#>+=-]|\d+[.)])(?=[ \t]|$)/gm, (_line, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${indent}\\${marker}`,
    );
}

/**
 * The core's own text marks commands as `code`, which Adaptive Card markdown lacks: those become bold. Everything
 * else is escaped (see above). Some Teams clients drop text in angle brackets as if it were HTML, so
 * placeholders such as <tekst> are written ‹tekst›.
 */
export function cardText(text: string): string {
  return escapeCardMarkdown(text.replace(/<([^<>\n]{1,40})>/g, "‹$1›")).replace(/\\`((?:[^`\\]|\\[^`])+)\\`/g, "**$1**");
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text: cardText(text), wrap: true, ...options };
}

export function executeAction(button: Button): CardAction {
  const action: CardAction = { type: "Action.Execute", title: button.label, verb: button.intent, data: { code: button.value } };
  if (button.style === "primary") action.style = "positive";
  if (button.style === "danger") action.style = "destructive";
  return action;
}

function renderBlock(block: Block): CardElement[] {
  switch (block.type) {
    case "heading":
      return [textBlock(block.text, { size: "Large", weight: "Bolder" })];
    case "section":
      // Larger than the bold titles of the rows under it, smaller than the message's heading.
      return [textBlock(block.text, { size: "Medium", weight: "Bolder", spacing: "Large" })];
    case "text":
      return [textBlock(block.text)];
    case "context":
      return [textBlock(block.text, { isSubtle: true, size: "Small" })];
    case "fields":
      return [{ type: "FactSet", facts: block.fields.map((field) => ({ title: cardText(field.label), value: cardText(field.value) })) }];
    case "list":
      return block.items.map((item) => {
        const items: CardElement[] = [textBlock(item.title, { weight: "Bolder" })];
        if (item.detail) items.push(textBlock(item.detail, { isSubtle: true, spacing: "None" }));
        if (item.buttons?.length) items.push({ type: "ActionSet", actions: item.buttons.map(executeAction) });
        return { type: "Container", separator: true, items };
      });
    case "buttons":
      return [{ type: "ActionSet", actions: block.buttons.map(executeAction) }];
    case "status-bar":
      return [textBarContainer(barLines(block.counts, block.total), escapeCardMarkdown)];
    case "chart":
      return [chartElement(block.chart, textBarContainer(block.chart.text, escapeCardMarkdown))];
    case "divider":
      return [];
  }
}

/**
 * The tone on the first line, in colours that meet WCAG AA (4.5:1) on the default themes: an error's text in
 * `Attention`; success and warning, whose `Good` and `Warning` text colours fail on white (light green, yellow),
 * as a container style instead, a tinted background behind text in the default colour.
 */
function markTone(elements: CardElement[], tone: Message["tone"]): void {
  const first = elements[0];
  if (first?.type !== "TextBlock" || tone === "info") return;
  if (tone === "error") elements[0] = { ...first, color: "Attention" };
  else elements[0] = { type: "Container", style: tone === "success" ? "good" : "warning", items: [first] };
}

/** One card per page: the elements in order, split where a card would grow past the size budget. */
export function renderCards(message: Message): AdaptiveCard[] {
  const elements: CardElement[] = [];
  let separateNext = false;
  for (const block of message.blocks) {
    if (block.type === "divider") {
      separateNext = true;
      continue;
    }
    const rendered = renderBlock(block);
    if (separateNext && rendered[0]) rendered[0] = { ...rendered[0], separator: true };
    separateNext = false;
    elements.push(...rendered);
  }
  markTone(elements, message.tone);
  const pages: CardElement[][] = [];
  let page: CardElement[] = [];
  let size = 0;
  for (const element of elements) {
    const elementSize = JSON.stringify(element).length;
    if (page.length && size + elementSize > CARD_BUDGET) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(element);
    size += elementSize;
  }
  if (page.length) pages.push(page);
  return pages.map((body) => card(body));
}
