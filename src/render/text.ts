/** Renders the neutral message model as plain text, for the CLI and logs. */
import type { Block, Message } from "../core/messages/model.js";
import { barLines } from "./status-bar.js";

const TONE_MARK: Record<Message["tone"], string> = { info: "", success: "✓ ", warning: "! ", error: "✗ " };

export function renderText(message: Message): string {
  const out: string[] = [];
  message.blocks.forEach((block, index) => {
    const lines = renderBlock(block);
    if (index === 0 && lines[0] !== undefined) lines[0] = `${TONE_MARK[message.tone]}${lines[0]}`;
    out.push(...lines);
  });
  return `${out.join("\n")}\n`;
}

function renderBlock(block: Block): string[] {
  switch (block.type) {
    case "heading":
      return [block.text, "─".repeat(Math.min(block.text.length, 72))];
    case "section":
      return ["", block.text];
    case "text":
      return [block.text];
    case "context":
      return [`  ${block.text}`];
    case "fields": {
      const width = Math.max(...block.fields.map((field) => field.label.length));
      return block.fields.map((field) => `${`${field.label}:`.padEnd(width + 2)}${field.value}`);
    }
    case "list":
      return block.items.flatMap((item) => [`• ${item.title}`, ...(item.detail ? item.detail.split("\n").map((line) => `    ${line}`) : [])]);
    case "status-bar":
      return barLines(block.counts, block.total);
    case "chart":
      return block.chart.text;
    case "buttons":
      return [];
    case "divider":
      return [""];
  }
}
