/**
 * The report as a Word document (docx), for the clerk to edit into a council letter: real headings (so the
 * outline and a table of contents work), tables with a header row that repeats on each page, the charts as PNG
 * images with their description as alternative text.
 */
import { type DocxElement, docx } from "./docx-api.js";
import { chartPng, type ReportChart } from "./report-charts.js";
import { type Cell, cellText, type ReportDocument } from "./report-document.js";

const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;

const NUMERIC: ReadonlySet<string> = new Set(["number", "money", "percent"]);

function cellParagraph(text: string, options: { bold?: boolean; right?: boolean } = {}): DocxElement {
  return new Paragraph({
    children: [new TextRun({ text, bold: options.bold ?? false, size: 18 })],
    ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
  });
}

function table(headers: string[], rows: Cell[][], doc: ReportDocument): DocxElement {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => new TableCell({ children: [cellParagraph(header, { bold: true })] })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: headers.map((_, index) => {
              const cell = row[index] ?? null;
              return new TableCell({ children: [cellParagraph(cellText(cell, doc.locale), { right: cell !== null && NUMERIC.has(cell.kind) })] });
            }),
          }),
      ),
    ],
  });
}

async function image(chart: ReportChart): Promise<DocxElement> {
  const width = 600;
  return new Paragraph({
    children: [
      new ImageRun({
        type: "png",
        data: await chartPng(chart),
        transformation: { width, height: Math.round((chart.height / chart.width) * width) },
        altText: { title: chart.title, description: chart.title, name: chart.title },
      }),
    ],
  });
}

export async function renderDocx(doc: ReportDocument, charts: readonly ReportChart[]): Promise<Buffer> {
  const children: DocxElement[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.lines.map((line) => new Paragraph({ text: line })),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    const chart = section.chart === undefined ? undefined : charts[section.chart];
    if (chart) children.push(await image(chart), new Paragraph({ text: chart.title, style: "Caption" }));
    for (const paragraph of section.paragraphs) children.push(new Paragraph({ text: paragraph }));
    for (const { caption, table: t } of section.tables) {
      if (t.rows.length === 0 && section.paragraphs.length) continue;
      if (caption) children.push(new Paragraph({ text: caption, heading: HeadingLevel.HEADING_2 }));
      children.push(t.rows.length ? table(t.headers, t.rows, doc) : new Paragraph({ text: doc.t.none }));
    }
  }
  const document = new Document({
    creator: "Doe-agenda",
    title: doc.title,
    styles: { default: { document: { run: { font: "Arial", size: 21 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
