/**
 * The quarterly council report as one neutral model, computed from what the report source gives: per pillar and
 * theme the status counts at the start and the end of the quarter and the changes with their explanations; the
 * actions finished, those still *nader uit te werken* (and for how long), funding decided and still open, goals
 * with their values, escalations raised and answered, the reminder rounds and their response. Every renderer
 * (PDF, DOCX, XLSX, Markdown) draws this model and nothing else.
 */
import type { RoundRecord } from "../dashboard/dashboard-reader.js";
import { type WeekCounts, weekOf } from "../dashboard/weekly-counts.js";
import type { AgendaInfo } from "../domain/agenda.js";
import { type FundingStatus, isOpenFunding } from "../domain/funding.js";
import { ACTION_STATUSES, type ActionStatus } from "../domain/status.js";
import { personName } from "../messages/action-views.js";
import { amsterdamMidnight, type Quarter } from "./quarter.js";
import type { ActionStates, EscalationInPeriod, FundingAt, GoalAt, HistoryEvent, ReportSource } from "./report-source.js";

export type StatusCounts = Record<ActionStatus, number> & { total: number };

export interface StatusChangeRow {
  at: Date;
  code: string;
  title: string;
  /** null: a confirmation with an explanation (the status stayed). */
  from: ActionStatus | null;
  to: ActionStatus;
  note: string | null;
  by: string | null;
}

export interface ThemeSection {
  number: number;
  title: string;
  start: StatusCounts;
  end: StatusCounts;
  changes: StatusChangeRow[];
}

export interface PillarSection {
  code: string;
  name: string;
  start: StatusCounts;
  end: StatusCounts;
  themes: ThemeSection[];
}

export interface ActionRow {
  code: string;
  title: string;
  themeNumber: number;
}

export interface FundingDecisionRow extends ActionRow {
  at: Date;
  from: FundingStatus | null;
  to: FundingStatus;
  source: string | null;
  amountCents: number | null;
  note: string | null;
  by: string | null;
}

export interface RoundRow {
  startedAt: Date;
  automatic: boolean;
  actions: number;
  answered: number;
  leadsAnswered: number;
  leads: number;
  /** Answered actions of all, 0..1 (0 without actions). */
  rate: number;
}

export interface QuarterReport {
  quarter: Quarter;
  agenda: AgendaInfo;
  generatedAt: Date;
  /** The end of what the report covers: the quarter's end, or now for the quarter under way. */
  until: Date;
  totals: { start: StatusCounts; end: StatusCounts };
  pillars: PillarSection[];
  finished: (ActionRow & { at: Date })[];
  /** Still *nader uit te werken* at the end, longest first. */
  stillOpen: (ActionRow & { since: Date; days: number })[];
  funding: { decided: FundingDecisionRow[]; open: FundingAt[]; grantedCents: number };
  goals: GoalAt[];
  escalations: { raised: EscalationInPeriod[]; resolved: EscalationInPeriod[] };
  rounds: RoundRow[];
  /** Status counts at the end of each week of the quarter (for the trend chart). */
  weeks: WeekCounts[];
}

const DAY_MS = 24 * 3600_000;

export function emptyCounts(): StatusCounts {
  return { loopt: 0, nader_uit_te_werken: 0, afgerond: 0, gepauzeerd: 0, vervallen: 0, total: 0 };
}

function add(counts: StatusCounts, status: ActionStatus | undefined, by = 1): void {
  if (!status) return;
  counts[status] += by;
  counts.total += by;
}

function countsOf(states: readonly ActionStates[], moment: "atStart" | "atEnd"): StatusCounts {
  const counts = emptyCounts();
  for (const state of states) add(counts, state[moment]?.status);
  return counts;
}

/** Counts at the end of every week that overlaps the period, from the counts at its start and its status changes. */
export function weeksOfPeriod(start: StatusCounts, changes: readonly HistoryEvent[], from: Date, until: Date): WeekCounts[] {
  const moves = changes.filter((e): e is Extract<HistoryEvent, { kind: "status" }> => e.kind === "status" && e.from !== e.to);
  const running = { ...start };
  const weeks: WeekCounts[] = [];
  let next = 0;
  for (let week = weekOf(from); amsterdamMidnight(week) < until; ) {
    const following = new Date(new Date(`${week}T12:00:00Z`).getTime() + 7 * DAY_MS).toISOString().slice(0, 10);
    const weekEnd = new Date(Math.min(amsterdamMidnight(following).getTime(), until.getTime()));
    while (next < moves.length && (moves[next]?.at ?? weekEnd) < weekEnd) {
      const move = moves[next++];
      if (!move) break;
      if (move.from) add(running, move.from, -1);
      add(running, move.to);
    }
    const { total, ...counts } = running;
    weeks.push({ week, counts: { ...counts }, total });
    week = following;
  }
  return weeks;
}

function roundRow(round: RoundRecord): RoundRow {
  const answered = round.actions - round.answers.none;
  return {
    startedAt: round.startedAt,
    automatic: round.automatic,
    actions: round.actions,
    answered,
    leadsAnswered: round.leads.answered,
    leads: round.leads.total,
    rate: round.actions ? answered / round.actions : 0,
  };
}

/** Reads what the quarter needs and builds the report; `now` bounds a quarter under way. */
export async function buildQuarterReport(source: ReportSource, quarter: Quarter, now: Date): Promise<QuarterReport> {
  const until = new Date(Math.min(quarter.end.getTime(), Math.max(now.getTime(), quarter.start.getTime())));
  const [structure, states, history, funding, goals, escalations, rounds] = await Promise.all([
    source.structure(),
    source.actionStates(quarter.start, until),
    source.history(quarter.start, until, ["status", "funding"]),
    source.fundingAt(until),
    source.goalsAt(quarter.start, until),
    source.escalationsBetween(quarter.start, until),
    source.roundsBetween(quarter.start, until),
  ]);
  const byTheme = new Map<number, ActionStates[]>();
  for (const state of states) byTheme.set(state.themeNumber, [...(byTheme.get(state.themeNumber) ?? []), state]);
  const changesOf = new Map<number, StatusChangeRow[]>();
  for (const event of history) {
    if (event.kind !== "status" || event.from === null) continue;
    if (event.from === event.to && !event.note) continue;
    const row: StatusChangeRow = {
      at: event.at,
      code: event.code,
      title: event.title,
      from: event.from === event.to ? null : event.from,
      to: event.to,
      note: event.note,
      by: event.by ? personName(event.by) : null,
    };
    changesOf.set(event.themeNumber, [...(changesOf.get(event.themeNumber) ?? []), row]);
  }
  const pillars: PillarSection[] = structure.pillars.map((pillar) => {
    const themes = structure.themes
      .filter((theme) => theme.pillarCode === pillar.code)
      .map((theme) => {
        const own = byTheme.get(theme.number) ?? [];
        return {
          number: theme.number,
          title: theme.title,
          start: countsOf(own, "atStart"),
          end: countsOf(own, "atEnd"),
          changes: changesOf.get(theme.number) ?? [],
        };
      });
    const sum = (moment: "start" | "end") => {
      const counts = emptyCounts();
      for (const theme of themes) for (const status of ACTION_STATUSES) add(counts, status, theme[moment][status]);
      return counts;
    };
    return { code: pillar.code, name: pillar.name, start: sum("start"), end: sum("end"), themes };
  });
  const row = (state: ActionStates): ActionRow => ({ code: state.code, title: state.title, themeNumber: state.themeNumber });
  const finished = states
    .filter((s) => s.atEnd?.status === "afgerond" && s.atStart?.status !== "afgerond")
    .map((s) => ({ ...row(s), at: s.atEnd?.since ?? until }));
  const stillOpen = states
    .filter((s) => s.atEnd?.status === "nader_uit_te_werken")
    .map((s) => {
      const since = s.atEnd?.since ?? until;
      return { ...row(s), since, days: Math.max(0, Math.floor((until.getTime() - since.getTime()) / DAY_MS)) };
    })
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.code.localeCompare(b.code, "nl", { numeric: true }));
  const decided: FundingDecisionRow[] = history.flatMap((event) =>
    event.kind === "funding" && event.channel !== "import" && (event.to === "toegekend" || event.to === "afgewezen")
      ? [
          {
            code: event.code,
            title: event.title,
            themeNumber: event.themeNumber,
            at: event.at,
            from: event.from,
            to: event.to,
            source: event.source,
            amountCents: event.amountCents,
            note: event.note,
            by: event.by ? personName(event.by) : null,
          },
        ]
      : [],
  );
  const totals = { start: countsOf(states, "atStart"), end: countsOf(states, "atEnd") };
  return {
    quarter,
    agenda: structure.agenda,
    generatedAt: now,
    until,
    totals,
    pillars,
    finished,
    stillOpen,
    funding: {
      decided,
      open: funding.filter((f) => isOpenFunding(f.status)),
      grantedCents: decided.filter((d) => d.to === "toegekend").reduce((sum, d) => sum + (d.amountCents ?? 0), 0),
    },
    goals,
    escalations: {
      raised: escalations.filter((e) => e.raisedAt >= quarter.start && e.raisedAt < until),
      resolved: escalations.filter((e) => e.resolvedAt !== null && e.resolvedAt >= quarter.start && e.resolvedAt < until),
    },
    rounds: rounds.map(roundRow),
    weeks: weeksOfPeriod(totals.start, history, quarter.start, until),
  };
}
