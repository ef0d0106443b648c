/** The report as Markdown: the same sections and tables, no charts (their numbers are in the tables). */
import { cellText, type ReportDocument } from "./report-document.js";

const mdText = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function renderMarkdown(doc: ReportDocument): string {
  const lines = [`# ${mdText(doc.title)}`, "", ...doc.lines.map((line) => `${mdText(line)}  `), ""];
  for (const section of doc.sections) {
    lines.push(`## ${mdText(section.title)}`, "");
    for (const paragraph of section.paragraphs) lines.push(mdText(paragraph), "");
    for (const { caption, table } of section.tables) {
      if (table.rows.length === 0 && section.paragraphs.length) continue;
      if (caption) lines.push(`### ${mdText(caption)}`, "");
      if (table.rows.length === 0) {
        lines.push(doc.t.none, "");
        continue;
      }
      lines.push(`| ${table.headers.map(mdText).join(" | ")} |`, `| ${table.headers.map(() => "---").join(" | ")} |`);
      for (const row of table.rows) lines.push(`| ${row.map((cell) => mdText(cellText(cell, doc.locale))).join(" | ")} |`);
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
