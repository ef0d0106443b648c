/**
 * The report laid out once for every format: a title, lines under it, and sections of paragraphs and tables whose
 * cells keep their type (text, number, date, amount, percentage), so the spreadsheet stores numbers and dates as
 * such and the documents format them in the reader's language.
 */

import { fundingLabel } from "../core/domain/funding.js";
import type { Locale } from "../core/domain/locale.js";
import { ACTION_STATUSES, statusLabel } from "../core/domain/status.js";
import { texts } from "../core/i18n/index.js";
import type { ReportTexts } from "../core/i18n/texts.js";
import { formatDate, formatDateTime } from "../core/i18n/time.js";
import type { QuarterReport, StatusCounts } from "../core/report/quarter-report.js";

export type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "money"; cents: number }
  | { kind: "percent"; value: number }
  | null;

export interface Table {
  /** The spreadsheet's sheet name (≤ 31 characters). */
  sheet: string;
  headers: string[];
  rows: Cell[][];
}

export interface Section {
  title: string;
  paragraphs: string[];
  tables: { caption?: string; table: Table }[];
  /** The chart (by index in the charts) drawn at the start of the section. */
  chart?: number;
}

export interface ReportDocument {
  locale: Locale;
  t: ReportTexts;
  title: string;
  lines: string[];
  sections: Section[];
}

const text = (value: string | null | undefined): Cell => (value ? { kind: "text", value } : null);
const num = (value: number | null | undefined): Cell => (value === null || value === undefined ? null : { kind: "number", value });
const date = (value: Date | null | undefined): Cell => (value ? { kind: "date", value } : null);

/** A cell as text in the reader's language (Markdown, PDF, Word). */
export function cellText(cell: Cell, locale: Locale): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
      return cell.value.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 });
    case "date":
      return formatDate(cell.value, locale);
    case "money":
      return (cell.cents / 100).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { style: "currency", currency: "EUR" });
    case "percent":
      return `${Math.round(cell.value * 100)}%`;
  }
}

export function buildReportDocument(report: QuarterReport, locale: Locale): ReportDocument {
  const t = texts(locale).report;
  const h = t.headers;
  const status = (s: (typeof ACTION_STATUSES)[number] | null) => (s ? statusLabel(s, locale) : t.confirmed);
  const countCells = (counts: StatusCounts): Cell[] => [...ACTION_STATUSES.map((s) => num(counts[s])), num(counts.total)];
  const statusHeaders = [...ACTION_STATUSES.map((s) => statusLabel(s, locale)), h.total];
  const changes = report.pillars.flatMap((p) => p.themes.flatMap((theme) => theme.changes.map((c) => ({ theme: theme.number, ...c }))));
  const statusTable: Table = {
    sheet: t.sheets.status,
    headers: [h.pillar, h.theme, h.themeTitle, h.moment, ...statusHeaders],
    rows: report.pillars.flatMap((pillar) =>
      pillar.themes.flatMap((theme) =>
        (["start", "end"] as const).map((moment) => [
          text(pillar.name),
          num(theme.number),
          text(theme.title),
          text(moment === "start" ? t.atStart : t.atEnd),
          ...countCells(theme[moment]),
        ]),
      ),
    ),
  };
  const pillarTable: Table = {
    sheet: t.sheets.summary,
    headers: [h.pillar, h.moment, ...statusHeaders],
    rows: report.pillars.flatMap((pillar) =>
      (["start", "end"] as const).map((moment) => [text(pillar.name), text(moment === "start" ? t.atStart : t.atEnd), ...countCells(pillar[moment])]),
    ),
  };
  const escalationRow = (e: QuarterReport["escalations"]["raised"][number]): Cell[] => [
    num(e.number),
    text(e.code),
    text(e.overlegCode ?? t.everyOverleg),
    text(e.question),
    date(e.raisedAt),
    date(e.resolvedAt),
    text(t.outcome[e.outcome ?? "open"]),
    text(e.resolution),
  ];
  const escalationHeaders = [h.number, h.action, h.overleg, h.question, h.raised, h.resolved, h.outcome, h.resolution];
  const until = formatDateTime(report.until, locale);
  return {
    locale,
    t,
    title: t.title(report.agenda.name, report.quarter.label),
    lines: [
      t.period(formatDate(report.quarter.start, locale), formatDate(new Date(report.quarter.end.getTime() - 1), locale)),
      ...(report.until < report.quarter.end ? [t.underWay(until)] : []),
      t.generated(formatDateTime(report.generatedAt, locale)),
    ],
    sections: [
      {
        title: t.sections.summary,
        paragraphs: [
          t.summary(
            report.totals.start.total,
            report.totals.end.total,
            report.finished.length,
            report.stillOpen.length,
            changes.filter((c) => c.from).length,
          ),
        ],
        tables: [{ table: pillarTable }],
        chart: 0,
      },
      { title: t.sections.pillars, paragraphs: [], tables: [{ table: statusTable }], chart: 1 },
      {
        title: t.sections.changes,
        paragraphs: changes.length ? [] : [t.noChanges],
        tables: [
          {
            table: {
              sheet: t.sheets.changes,
              headers: [h.date, h.theme, h.action, h.title, h.from, h.to, h.explanation, h.who],
              rows: changes.map((c) => [
                date(c.at),
                num(c.theme),
                text(c.code),
                text(c.title),
                text(c.from ? status(c.from) : t.confirmed),
                text(status(c.to)),
                text(c.note),
                text(c.by),
              ]),
            },
          },
        ],
      },
      {
        title: t.sections.finished,
        paragraphs: report.finished.length ? [] : [t.none],
        tables: [
          {
            table: {
              sheet: t.sheets.finished,
              headers: [h.action, h.title, h.theme, h.date],
              rows: report.finished.map((f) => [text(f.code), text(f.title), num(f.themeNumber), date(f.at)]),
            },
          },
        ],
      },
      {
        title: t.sections.stillOpen,
        paragraphs: report.stillOpen.length ? [] : [t.none],
        tables: [
          {
            table: {
              sheet: t.sheets.stillOpen,
              headers: [h.action, h.title, h.theme, h.since, h.duration],
              rows: report.stillOpen.map((o) => [text(o.code), text(o.title), num(o.themeNumber), date(o.since), num(o.days)]),
            },
          },
        ],
      },
      {
        title: t.sections.funding,
        paragraphs: [t.granted(cellText({ kind: "money", cents: report.funding.grantedCents }, locale))],
        tables: [
          {
            caption: t.sections.fundingDecided,
            table: {
              sheet: t.sheets.fundingDecided,
              headers: [h.date, h.action, h.title, h.status, h.source, h.amount, h.explanation, h.who],
              rows: report.funding.decided.map((d) => [
                date(d.at),
                text(d.code),
                text(d.title),
                text(fundingLabel(d.to, locale)),
                text(d.source),
                d.amountCents === null ? null : { kind: "money", cents: d.amountCents },
                text(d.note),
                text(d.by),
              ]),
            },
          },
          {
            caption: t.sections.fundingOpen,
            table: {
              sheet: t.sheets.fundingOpen,
              headers: [h.action, h.title, h.theme, h.status, h.source, h.amount],
              rows: report.funding.open.map((f) => [
                text(f.code),
                text(f.title),
                num(f.themeNumber),
                text(fundingLabel(f.status, locale)),
                text(f.source),
                f.amountCents === null ? null : { kind: "money", cents: f.amountCents },
              ]),
            },
          },
        ],
      },
      {
        title: t.sections.goals,
        paragraphs: report.goals.length ? [] : [t.none],
        tables: [
          {
            table: {
              sheet: t.sheets.goals,
              headers: [h.action, h.goal, h.description, h.target, h.unit, h.due, h.valueStart, h.valueEnd, h.measurements],
              rows: report.goals.map((g) => [
                text(g.code),
                num(g.number),
                text(g.description),
                num(g.target),
                text(g.unit),
                g.dueDate ? { kind: "date", value: new Date(`${g.dueDate}T12:00:00Z`) } : null,
                num(g.valueAtStart),
                num(g.valueAtEnd),
                num(g.measurements),
              ]),
            },
          },
        ],
      },
      {
        title: t.sections.escalations,
        paragraphs: [],
        tables: [
          {
            caption: t.sections.escalationsRaised,
            table: { sheet: t.sheets.escalations, headers: escalationHeaders, rows: report.escalations.raised.map(escalationRow) },
          },
          {
            caption: t.sections.escalationsResolved,
            table: { sheet: t.sheets.escalationsResolved, headers: escalationHeaders, rows: report.escalations.resolved.map(escalationRow) },
          },
        ],
      },
      {
        title: t.sections.rounds,
        paragraphs: report.rounds.length ? [] : [t.none],
        tables: [
          {
            table: {
              sheet: t.sheets.rounds,
              headers: [h.started, h.automatic, h.actions, h.answered, h.rate, h.leads],
              rows: report.rounds.map((r) => [
                date(r.startedAt),
                text(r.automatic ? t.yes : t.no),
                num(r.actions),
                num(r.answered),
                { kind: "percent", value: r.rate },
                text(`${r.leadsAnswered}/${r.leads}`),
              ]),
            },
          },
        ],
      },
    ],
  };
}
