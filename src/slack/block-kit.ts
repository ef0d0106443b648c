/**
 * Renders the core's neutral message model as Slack Block Kit, within Slack's limits:
 * 50 blocks a message (100 in a view), 3,000 characters a section, 150 a header, 10 fields a section.
 * Long content is split into pages (several messages) rather than cut.
 */
import type { ActionsBlock, KnownBlock, SectionBlock, Button as SlackButton } from "@slack/types";
import type { Block, Button, Chart, ListItem, Message } from "../core/messages/model.js";
import { barLines } from "../render/status-bar.js";

export const MESSAGE_BLOCK_LIMIT = 50;
export const VIEW_BLOCK_LIMIT = 100;
const SECTION_TEXT_LIMIT = 3000;
const HEADER_LIMIT = 150;
const FIELD_LIMIT = 2000;
const FIELDS_PER_SECTION = 10;
const BUTTON_TEXT_LIMIT = 75;
const IMAGE_URL_LIMIT = 3000;
const ALT_TEXT_LIMIT = 2000;

/** Where a chart's PNG is served (PUBLIC_URL/charts/…); undefined where it cannot be (no public address). */
export interface ChartImages {
  url(chart: Chart): string | undefined;
}

/** A chart as an image with its text bar as `alt_text`; without an image address, the text bar as before. */
function chartBlocks(chart: Chart, images: ChartImages | undefined): KnownBlock[] {
  const url = chart.series.length ? images?.url(chart) : undefined;
  if (!url || url.length > IMAGE_URL_LIMIT) return chart.text.length ? [section(`\`\`\`${chart.text.join("\n")}\`\`\``)] : [];
  return [
    {
      type: "image",
      image_url: url,
      alt_text: clip(`${chart.title}: ${chart.text.join("\n")}`, ALT_TEXT_LIMIT),
      title: { type: "plain_text", text: clip(chart.title, ALT_TEXT_LIMIT), emoji: false },
    },
  ];
}

/** Slack mrkdwn needs &, < and > escaped, so user text cannot mention @channel or forge links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function section(text: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: clip(text, SECTION_TEXT_LIMIT) } };
}

function button(b: Button): SlackButton {
  const element: SlackButton = {
    type: "button",
    action_id: b.intent,
    text: { type: "plain_text", text: clip(b.label, BUTTON_TEXT_LIMIT), emoji: true },
    value: b.value,
  };
  if (b.style) element.style = b.style;
  return element;
}

function itemText(item: ListItem): string {
  const title = `*${escapeMrkdwn(item.title)}*`;
  return item.detail ? `${title}\n${escapeMrkdwn(item.detail)}` : title;
}

/** Items without buttons are packed into as few sections as fit; items with buttons get a section and a row of buttons. */
function listBlocks(items: readonly ListItem[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let packed: string[] = [];
  const flush = () => {
    if (packed.length) blocks.push(section(packed.join("\n")));
    packed = [];
  };
  for (const item of items) {
    if (item.buttons?.length) {
      flush();
      blocks.push(section(itemText(item)));
      blocks.push({ type: "actions", elements: item.buttons.map(button) } satisfies ActionsBlock);
      continue;
    }
    const line = `• ${itemText(item)}`;
    if (packed.join("\n").length + line.length + 1 > SECTION_TEXT_LIMIT) flush();
    packed.push(clip(line, SECTION_TEXT_LIMIT));
  }
  flush();
  return blocks;
}

function renderBlock(block: Block, images?: ChartImages): KnownBlock[] {
  switch (block.type) {
    case "heading":
      return [{ type: "header", text: { type: "plain_text", text: clip(block.text, HEADER_LIMIT), emoji: true } }];
    case "section":
      // A header, larger than the bold titles of the rows under it (Block Kit has no smaller heading).
      return [{ type: "header", text: { type: "plain_text", text: clip(block.text, HEADER_LIMIT), emoji: true } }];
    case "text":
      return [section(escapeMrkdwn(block.text))];
    case "context":
      return [{ type: "context", elements: [{ type: "mrkdwn", text: clip(escapeMrkdwn(block.text), SECTION_TEXT_LIMIT) }] }];
    case "fields": {
      const blocks: KnownBlock[] = [];
      for (let i = 0; i < block.fields.length; i += FIELDS_PER_SECTION) {
        blocks.push({
          type: "section",
          fields: block.fields
            .slice(i, i + FIELDS_PER_SECTION)
            .map((field) => ({ type: "mrkdwn", text: clip(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, FIELD_LIMIT) })),
        });
      }
      return blocks;
    }
    case "list":
      return listBlocks(block.items);
    case "buttons":
      return [{ type: "actions", elements: block.buttons.map(button) }];
    case "status-bar":
      return [section(`\`\`\`${barLines(block.counts, block.total).join("\n")}\`\`\``)];
    case "chart":
      return chartBlocks(block.chart, images);
    case "divider":
      return [{ type: "divider" }];
  }
}

/** The message as Block Kit; charts as images when `images` gives them an address. */
export function renderBlocks(message: Message, images?: ChartImages): KnownBlock[] {
  const blocks = message.blocks.flatMap((block) => renderBlock(block, images));
  if (message.tone === "error" && blocks[0]?.type === "section" && blocks[0].text) blocks[0].text.text = `:warning: ${blocks[0].text.text}`;
  if (message.tone === "success" && blocks[0]?.type === "section" && blocks[0].text)
    blocks[0].text.text = `:white_check_mark: ${blocks[0].text.text}`;
  return blocks;
}

/** Splits blocks into pages of at most `limit`, never separating a row of buttons from the section above it. */
export function paginate(blocks: readonly KnownBlock[], limit = MESSAGE_BLOCK_LIMIT): KnownBlock[][] {
  const pages: KnownBlock[][] = [];
  let page: KnownBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const current = blocks[i] as KnownBlock;
    const keepWithNext = blocks[i + 1]?.type === "actions" && current.type === "section" ? 2 : 1;
    if (page.length + keepWithNext > limit) {
      pages.push(page);
      page = [];
    }
    page.push(current);
    if (keepWithNext === 2) {
      page.push(blocks[i + 1] as KnownBlock);
      i++;
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

/** For a view (App Home), which cannot be paged: keeps the first blocks and says how many were left out. */
export function fitView(blocks: readonly KnownBlock[], more: (hidden: number) => string, limit = VIEW_BLOCK_LIMIT): KnownBlock[] {
  if (blocks.length <= limit) return [...blocks];
  const kept = paginate(blocks, limit - 1)[0] ?? [];
  return [...kept, { type: "context", elements: [{ type: "mrkdwn", text: more(blocks.length - kept.length) }] }];
}
