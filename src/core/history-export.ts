/**
 * `export --format csv --history --from 2026-10-01 --to 2026-12-31`: every status change, note, funding change and
 * measurement of the period, one row each, oldest first, with the source's Dutch labels. The dates are calendar
 * days in Amsterdam, both included, checked with zod.
 */
import { z } from "zod";
import type { ChangeChannel } from "./domain/agenda.js";
import { fundingLabel } from "./domain/funding.js";
import { statusLabel } from "./domain/status.js";
import { type CsvDialect, csvAmount, csvDocument } from "./export-csv.js";
import { personName } from "./messages/action-views.js";
import { amsterdamMidnight } from "./report/quarter.js";
import type { HistoryEvent, ReportSource } from "./report/report-source.js";

const HISTORY_COLUMNS = ["datum", "actie", "titel", "soort", "van", "naar", "bedrag", "bron", "doel", "tekst", "door", "kanaal"] as const;
const KIND: Record<HistoryEvent["kind"], string> = { status: "status", note: "notitie", funding: "financiering", measurement: "meting" };
const CHANNEL: Record<ChangeChannel, string> = {
  slack: "Slack",
  teams: "Teams",
  cli: "CLI",
  import: "import",
  system: "systeem",
  mail: "e-mail",
  web: "webpagina",
};

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  });

/** Calendar days `YYYY-MM-DD`, both included, `from` ≤ `to` (checked where they are read). */
export interface HistoryPeriod {
  from: string;
  to: string;
}

/** The instants of a period of calendar days: midnight before `from` to midnight after `to`. */
export function periodInstants(period: HistoryPeriod): { from: Date; to: Date } {
  const after = new Date(new Date(`${period.to}T12:00:00Z`).getTime() + 24 * 3600_000).toISOString().slice(0, 10);
  return { from: amsterdamMidnight(period.from), to: amsterdamMidnight(after) };
}

const AMSTERDAM = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** ISO 8601 in UTC for the RFC dialect; `05-10-2026 14:03` in Amsterdam for Dutch Excel (which reads it as a date). */
function when(at: Date, dialect: CsvDialect): string {
  return dialect === "nl" ? AMSTERDAM.format(at).replace(",", "") : at.toISOString();
}

function row(event: HistoryEvent, dialect: CsvDialect): (string | number | null)[] {
  const common = [when(event.at, dialect), event.code, event.title, KIND[event.kind]];
  const tail = [event.by ? personName(event.by) : null, CHANNEL[event.channel]];
  switch (event.kind) {
    case "status":
      return [...common, event.from ? statusLabel(event.from, "nl") : null, statusLabel(event.to, "nl"), null, null, null, event.note, ...tail];
    case "note":
      return [...common, null, null, null, null, null, event.text, ...tail];
    case "funding":
      return [
        ...common,
        event.from ? fundingLabel(event.from, "nl") : null,
        fundingLabel(event.to, "nl"),
        csvAmount(event.amountCents === null ? null : event.amountCents / 100, dialect),
        event.source,
        null,
        event.note,
        ...tail,
      ];
    case "measurement": {
      const value = dialect === "nl" ? String(event.value).replace(".", ",") : String(event.value);
      return [...common, null, event.unit ? `${value} ${event.unit}` : value, null, null, `${event.goalNumber} ${event.goal}`, event.note, ...tail];
    }
  }
}

export function historyToCsv(events: readonly HistoryEvent[], dialect: CsvDialect): string {
  return csvDocument(
    HISTORY_COLUMNS,
    events.map((event) => row(event, dialect)),
    dialect,
  );
}

export async function exportHistory(
  source: Pick<ReportSource, "history">,
  period: HistoryPeriod,
  dialect: CsvDialect,
): Promise<{ csv: string; rows: number }> {
  const { from, to } = periodInstants(period);
  const events = await source.history(from, to);
  return { csv: historyToCsv(events, dialect), rows: events.length };
}
