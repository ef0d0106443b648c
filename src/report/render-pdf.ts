/**
 * The report as PDF for the council's documents (pdfmake, on the server): headings, tables whose header row repeats
 * on each page, the charts as vector graphics (their SVG, as the dashboard draws it). The text is in Roboto, the font
 * pdfmake ships, read from its package folder: nothing is fetched, and no other file may be read.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { ReportChart } from "./report-charts.js";
import { cellText, type ReportDocument } from "./report-document.js";

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let loaded: PdfMake | null = null;

function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const engine = require("pdfmake") as PdfMake;
  const fonts = require("pdfmake/fonts/Roboto.js") as Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>;
  const fontDir = dirname(fonts.Roboto?.normal ?? "");
  engine.setFonts(fonts);
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  loaded = engine;
  return engine;
}

const NUMERIC: ReadonlySet<string> = new Set(["number", "money", "percent"]);

export async function renderPdf(doc: ReportDocument, charts: readonly ReportChart[]): Promise<Buffer> {
  const content: Content[] = [{ text: doc.title, style: "title" }, ...doc.lines.map((line): Content => ({ text: line, style: "meta" }))];
  for (const section of doc.sections) {
    content.push({ text: section.title, style: "h1", tocItem: true });
    const chart = section.chart === undefined ? undefined : charts[section.chart];
    if (chart) content.push({ svg: chart.svg, width: 515, margin: [0, 4, 0, 2] }, { text: chart.title, style: "caption" });
    for (const paragraph of section.paragraphs) content.push({ text: paragraph, margin: [0, 2, 0, 6] });
    for (const { caption, table } of section.tables) {
      if (table.rows.length === 0 && section.paragraphs.length) continue;
      if (caption) content.push({ text: caption, style: "h2" });
      if (table.rows.length === 0) {
        content.push({ text: doc.t.none });
        continue;
      }
      const body: TableCell[][] = [
        table.headers.map((header): TableCell => ({ text: header, style: "th" })),
        ...table.rows.map((row) =>
          table.headers.map((_, index): TableCell => {
            const cell = row[index] ?? null;
            return { text: cellText(cell, doc.locale), alignment: cell && NUMERIC.has(cell.kind) ? "right" : "left" };
          }),
        ),
      ];
      content.push({ table: { headerRows: 1, body, dontBreakRows: true }, layout: "lightHorizontalLines", style: "table" });
    }
  }
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, creator: "Doe-agenda" },
    language: doc.locale,
    pageSize: "A4",
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: "Roboto", fontSize: 9 },
    footer: (page, pages) => ({ text: `${doc.title} · ${page}/${pages}`, alignment: "center", fontSize: 7, margin: [0, 16, 0, 0] }),
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      meta: { fontSize: 9, color: "#444444" },
      h1: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      caption: { fontSize: 8, italics: true, color: "#444444", margin: [0, 0, 0, 6] },
      th: { bold: true },
      table: { fontSize: 8, margin: [0, 2, 0, 8] },
    },
    content,
  };
  return pdfmake().createPdf(definition).getBuffer();
}
