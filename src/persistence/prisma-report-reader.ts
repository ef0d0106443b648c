/**
 * The report source on the database (PGlite and PostgreSQL alike): prepared statements on the driver, one per
 * question, so a quarter's report costs a handful of round trips. Structure and rounds come from the dashboard's
 * read model, so the report says the same numbers as the dashboard.
 */
import type { DashboardReader, RoundRecord } from "../core/dashboard/dashboard-reader.js";
import type { ChangeChannel } from "../core/domain/agenda.js";
import type { FundingStatus } from "../core/domain/funding.js";
import type { ActionStatus } from "../core/domain/status.js";
import type { ActionStates, EscalationInPeriod, FundingAt, GoalAt, HistoryEvent, HistoryKind, ReportSource } from "../core/report/report-source.js";
import type { AgendaScope } from "./agenda-scope.js";
import { ACTION_STATES, ESCALATIONS_BETWEEN, FUNDING_AT, GOALS_AT, HISTORY } from "./report-queries.js";
import { maybeUtcDate, personOf } from "./sql-rows.js";

const ALL_KINDS: readonly HistoryKind[] = ["status", "note", "funding", "measurement"];

type ByColumns = { by_id: number | null; by_email: string | null; by_name: string | null };
const by = (row: ByColumns) => personOf({ id: row.by_id, email: row.by_email, name: row.by_name });
const at = (date: Date) => date.toISOString();
const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

interface HistoryRow extends ByColumns {
  kind: HistoryKind;
  at: Date;
  code: string;
  title: string;
  theme_number: number;
  from_value: string | null;
  to_value: string | null;
  text: string | null;
  source: string | null;
  amount_cents: string | number | null;
  goal_number: number | null;
  goal: string | null;
  value: number | null;
  unit: string | null;
  channel: ChangeChannel;
}

function historyEvent(row: HistoryRow): HistoryEvent {
  const base = { at: row.at, code: row.code, title: row.title, themeNumber: Number(row.theme_number), by: by(row), channel: row.channel };
  switch (row.kind) {
    case "status":
      return { ...base, kind: "status", from: row.from_value as ActionStatus | null, to: row.to_value as ActionStatus, note: row.text };
    case "note":
      return { ...base, kind: "note", text: row.text ?? "" };
    case "funding":
      return {
        ...base,
        kind: "funding",
        from: row.from_value as FundingStatus | null,
        to: row.to_value as FundingStatus,
        source: row.source,
        amountCents: numberOrNull(row.amount_cents),
        note: row.text,
      };
    default:
      return {
        ...base,
        kind: "measurement",
        goalNumber: Number(row.goal_number),
        goal: row.goal ?? "",
        value: Number(row.value),
        unit: row.unit,
        note: row.text,
      };
  }
}

export class PrismaReportReader implements ReportSource {
  constructor(
    private readonly scope: Pick<AgendaScope, "reads" | "agendaId">,
    private readonly dashboard: Pick<DashboardReader, "structure" | "rounds">,
  ) {}

  structure() {
    return this.dashboard.structure();
  }

  async actionStates(start: Date, end: Date): Promise<ActionStates[]> {
    const rows = await this.scope.reads.rows<{
      code: string;
      title: string;
      theme_number: number;
      start_status: ActionStatus | null;
      start_since: Date | null;
      end_status: ActionStatus | null;
      end_since: Date | null;
    }>(ACTION_STATES, [this.scope.agendaId, at(start), at(end)]);
    return rows.map((row) => ({
      code: row.code,
      title: row.title,
      themeNumber: Number(row.theme_number),
      atStart: row.start_status && row.start_since ? { status: row.start_status, since: row.start_since } : null,
      atEnd: row.end_status && row.end_since ? { status: row.end_status, since: row.end_since } : null,
    }));
  }

  async history(from: Date, to: Date, kinds: readonly HistoryKind[] = ALL_KINDS): Promise<HistoryEvent[]> {
    const rows = await this.scope.reads.rows<HistoryRow>(HISTORY, [this.scope.agendaId, at(from), at(to), `{${kinds.join(",")}}`]);
    return rows.map(historyEvent);
  }

  async fundingAt(moment: Date): Promise<FundingAt[]> {
    const rows = await this.scope.reads.rows<{
      code: string;
      title: string;
      theme_number: number;
      status: FundingStatus;
      source: string | null;
      amount_cents: string | number | null;
    }>(FUNDING_AT, [this.scope.agendaId, at(moment)]);
    return rows.map((row) => ({
      code: row.code,
      title: row.title,
      themeNumber: Number(row.theme_number),
      status: row.status,
      source: row.source,
      amountCents: numberOrNull(row.amount_cents),
    }));
  }

  async goalsAt(start: Date, end: Date): Promise<GoalAt[]> {
    const rows = await this.scope.reads.rows<{
      code: string;
      title: string;
      theme_number: number;
      number: number;
      description: string;
      target: number;
      unit: string | null;
      due_date: string | null;
      value_start: number | null;
      value_end: number | null;
      measurements: number;
    }>(GOALS_AT, [this.scope.agendaId, at(start), at(end)]);
    return rows.map((row) => ({
      code: row.code,
      title: row.title,
      themeNumber: Number(row.theme_number),
      number: Number(row.number),
      description: row.description,
      target: Number(row.target),
      unit: row.unit,
      dueDate: row.due_date,
      valueAtStart: numberOrNull(row.value_start),
      valueAtEnd: numberOrNull(row.value_end),
      measurements: Number(row.measurements),
    }));
  }

  async escalationsBetween(from: Date, to: Date): Promise<EscalationInPeriod[]> {
    const rows = await this.scope.reads.rows<
      ByColumns & {
        number: number;
        code: string;
        title: string;
        theme_number: number;
        overleg_code: string | null;
        question: string;
        created_at: Date;
        resolved_at: Date | null;
        outcome: "answered" | "closed" | null;
        resolution: string | null;
      }
    >(ESCALATIONS_BETWEEN, [this.scope.agendaId, at(from), at(to)]);
    return rows.map((row) => ({
      number: Number(row.number),
      code: row.code,
      title: row.title,
      themeNumber: Number(row.theme_number),
      overlegCode: row.overleg_code,
      question: row.question,
      raisedAt: row.created_at,
      raisedBy: by(row),
      resolvedAt: maybeUtcDate(row.resolved_at),
      outcome: row.outcome,
      resolution: row.resolution,
    }));
  }

  async roundsBetween(from: Date, to: Date): Promise<RoundRecord[]> {
    const rounds = await this.dashboard.rounds();
    return rounds.filter((round) => round.startedAt >= from && round.startedAt < to).reverse();
  }
}
