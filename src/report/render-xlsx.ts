/**
 * The report's data as an Excel workbook (exceljs): one sheet per table, Dutch (or English) headers, numbers as
 * numbers, dates as dates, amounts in euro with a currency format, percentages as fractions formatted as such.
 */
import ExcelJS from "exceljs";
import type { Cell, ReportDocument } from "./report-document.js";

const DATE_FORMAT = "dd-mm-yyyy";
const AMSTERDAM = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Excel has no time zones: a date cell holds the wall-clock time in Amsterdam (as exceljs writes UTC fields). */
function amsterdamWallClock(date: Date): Date {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(date).map((part) => [part.type, Number(part.value)]));
  return new Date(Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0));
}
const MONEY_FORMAT = '"€" #,##0.00';

function value(cell: Cell): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
      return cell.value;
    case "date":
      return amsterdamWallClock(cell.value);
    case "money":
      return cell.cents / 100;
    case "percent":
      return cell.value;
  }
}

const FORMATS: Partial<Record<NonNullable<Cell>["kind"], string>> = { date: DATE_FORMAT, money: MONEY_FORMAT, percent: "0%" };

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Doe-agenda";
  workbook.title = doc.title;
  const used = new Set<string>();
  for (const section of doc.sections) {
    for (const { table } of section.tables) {
      let name = table.sheet.replace(/[*?:\\/[\]]/g, " ").slice(0, 31);
      for (let n = 2; used.has(name); n++) name = `${table.sheet.slice(0, 28)} ${n}`;
      used.add(name);
      const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.addRow(table.headers).font = { bold: true };
      for (const row of table.rows) {
        const added = sheet.addRow(row.map(value));
        row.forEach((cell, index) => {
          const format = cell ? FORMATS[cell.kind] : undefined;
          if (format) added.getCell(index + 1).numFmt = format;
        });
      }
      sheet.columns.forEach((column, index) => {
        const widest = Math.max(
          table.headers[index]?.length ?? 8,
          ...table.rows.slice(0, 200).map((row) => String(value(row[index] ?? null) ?? "").length),
        );
        column.width = Math.min(60, Math.max(10, widest + 2));
      });
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
