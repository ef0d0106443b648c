/** The core's GoalStore on Prisma: goals, their append-only measurements, and the action's deadline. */
import type { PersonInfo } from "../core/domain/agenda.js";
import {
  type ActionGoals,
  type DatedItem,
  FINISHED_STATUSES,
  type GoalStore,
  type GoalView,
  type ItemLead,
  type MeasurementsInput,
  type NewGoal,
} from "../core/goals/goal-store.js";
import type { IsoDate } from "../core/goals/goal-values.js";
import { type AgendaScope, activeAction, peopleById, UnknownActionError } from "./agenda-scope.js";
import { queryDirectTargets } from "./direct-targets.js";
import type { Prisma } from "./generated/client.js";
import { toPerson } from "./mappers.js";
import type { PreparedStatement } from "./prepared-reads.js";

/** A goal number the action does not have. */
export class UnknownGoalError extends Error {
  constructor(
    readonly code: string,
    readonly goalNumber: number,
  ) {
    super(`action ${code} has no goal ${goalNumber}`);
    this.name = "UnknownGoalError";
  }
}

/** Prepared once (see prepared-reads.ts): every `toon` asks it beside the action itself. */
const ACTION_GOALS: PreparedStatement = {
  name: "doe_action_goals",
  text: `
    SELECT a.deadline::text AS deadline,
      (SELECT COALESCE(json_agg(x ORDER BY x.number), '[]'::json) FROM (
         SELECT g.number, g.description, g.target, g.unit, g.due_date::text AS due_date, g.created_at,
                m.value, m.created_at AS measured_at, m.note, pe.id AS pid, pe.email, pe.display_name, pe.locale
         FROM goal g
         LEFT JOIN LATERAL (SELECT mm.value, mm.created_at, mm.note, mm.person_id FROM measurement mm
                            WHERE mm.goal_id = g.id ORDER BY mm.created_at DESC, mm.id DESC LIMIT 1) m ON true
         LEFT JOIN person pe ON pe.id = m.person_id
         WHERE g.action_id = a.id) x) AS goals
    FROM action a WHERE a.agenda_id = $1 AND a.code = $2 AND a.retired_at IS NULL`,
};

interface GoalJson {
  number: number;
  description: string;
  target: number;
  unit: string | null;
  due_date: string | null;
  created_at: string;
  value: number | null;
  measured_at: string | null;
  note: string | null;
  pid: number | null;
  email: string | null;
  display_name: string | null;
  locale: string | null;
}

/** Timestamps inside JSON are written without a zone; they are UTC. */
const utc = (value: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
const dateOf = (value: Date | null): IsoDate | null => (value ? value.toISOString().slice(0, 10) : null);
const dateValue = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

function goalFromJson(row: GoalJson): GoalView {
  const by: PersonInfo | null =
    row.pid !== null && row.email !== null ? toPerson({ id: row.pid, email: row.email, displayName: row.display_name, locale: row.locale }) : null;
  return {
    number: row.number,
    description: row.description,
    target: Number(row.target),
    unit: row.unit,
    dueDate: row.due_date,
    createdAt: utc(row.created_at),
    latest: row.value === null || row.measured_at === null ? null : { value: Number(row.value), at: utc(row.measured_at), note: row.note, by },
  };
}

const goalInclude = {
  orderBy: { number: "asc" },
  include: { measurements: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 } },
} as const satisfies Prisma.Action$goalsArgs;

type GoalRow = Prisma.GoalGetPayload<{ include: { measurements: true } }>;

export class PrismaGoalStore implements GoalStore {
  constructor(private readonly scope: AgendaScope) {}

  async goalsOf(code: string): Promise<ActionGoals | null> {
    const [row] = await this.scope.reads.rows<{ deadline: string | null; goals: unknown }>(ACTION_GOALS, [this.scope.agendaId, code]);
    if (!row) return null;
    const goals = (typeof row.goals === "string" ? JSON.parse(row.goals) : (row.goals ?? [])) as GoalJson[];
    return { code, deadline: row.deadline, goals: goals.map(goalFromJson) };
  }

  async goalsOfMany(codes?: string[]): Promise<Map<string, ActionGoals>> {
    const rows = await this.scope.prisma.action.findMany({
      where: {
        agendaId: this.scope.agendaId,
        retiredAt: null,
        ...(codes ? { code: { in: codes } } : {}),
        OR: [{ deadline: { not: null } }, { goals: { some: {} } }],
      },
      orderBy: { position: "asc" },
      select: { code: true, deadline: true, goals: goalInclude },
    });
    const by = await this.people(rows.flatMap((row) => row.goals));
    return new Map(
      rows.map((row) => [row.code, { code: row.code, deadline: dateOf(row.deadline), goals: row.goals.map((goal) => this.view(goal, by)) }]),
    );
  }

  async addGoal(input: NewGoal): Promise<{ number: number; at: Date }> {
    return this.scope.prisma.$transaction(async (tx) => {
      // The action's row is locked, so two goals added at once get consecutive numbers.
      const [action] = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "action" WHERE agenda_id = ${this.scope.agendaId} AND code = ${input.code} AND retired_at IS NULL FOR UPDATE`;
      if (!action) throw new UnknownActionError(input.code);
      const { _max } = await tx.goal.aggregate({ where: { actionId: action.id }, _max: { number: true } });
      const goal = await tx.goal.create({
        data: {
          actionId: action.id,
          number: (_max.number ?? 0) + 1,
          description: input.description,
          target: input.target,
          unit: input.unit,
          dueDate: input.dueDate ? dateValue(input.dueDate) : null,
          createdById: input.personId,
          channel: input.channel,
          createdAt: input.at,
        },
        select: { number: true, createdAt: true },
      });
      return { number: goal.number, at: goal.createdAt };
    });
  }

  async recordMeasurements({ code, values, personId, channel, at }: MeasurementsInput): Promise<void> {
    await this.scope.prisma.$transaction(async (tx) => {
      const action = await tx.action.findFirst({
        where: activeAction(this.scope, code),
        select: { id: true, goals: { select: { id: true, number: true } } },
      });
      if (!action) throw new UnknownActionError(code);
      const ids = new Map(action.goals.map((goal) => [goal.number, goal.id]));
      const data = values.map((entry) => {
        const goalId = ids.get(entry.goalNumber);
        if (goalId === undefined) throw new UnknownGoalError(code, entry.goalNumber);
        return { goalId, value: entry.value, note: entry.note, personId, channel, createdAt: at };
      });
      await tx.measurement.createMany({ data });
      await tx.action.update({ where: { id: action.id }, data: { lastUpdateAt: at } });
    });
  }

  async overdue(today: IsoDate, themes?: number[]): Promise<DatedItem[]> {
    return this.dated({ lt: dateValue(today) }, themes);
  }

  async dueBetween(from: IsoDate, to: IsoDate): Promise<(DatedItem & { leads: ItemLead[] })[]> {
    const items = await this.dated({ gte: dateValue(from), lte: dateValue(to) });
    if (items.length === 0) return [];
    const leads = await this.scope.prisma.actionLead.findMany({
      where: { action: { agendaId: this.scope.agendaId, code: { in: [...new Set(items.map((item) => item.code))] } } },
      orderBy: { createdAt: "asc" },
      select: { action: { select: { code: true } }, person: { select: { id: true, email: true, displayName: true, locale: true } } },
    });
    const targets = await queryDirectTargets(this.scope, [...new Set(leads.map((lead) => lead.person.id))]);
    const byCode = new Map<string, ItemLead[]>();
    for (const { action, person } of leads) {
      const lead: ItemLead = {
        person: toPerson(person),
        locale: person.locale,
        targets: targets.get(person.id) ?? [],
      };
      byCode.set(action.code, [...(byCode.get(action.code) ?? []), lead]);
    }
    return items.map((item) => ({ ...item, leads: byCode.get(item.code) ?? [] }));
  }

  /** Deadlines and goal dates in the range on active, unfinished actions; goals already reached left out. */
  private async dated(range: Prisma.DateTimeFilter, themes?: number[]): Promise<DatedItem[]> {
    const action: Prisma.ActionWhereInput = {
      agendaId: this.scope.agendaId,
      retiredAt: null,
      status: { notIn: [...FINISHED_STATUSES] },
      ...(themes ? { theme: { number: { in: themes } } } : {}),
    };
    const actionSelect = { code: true, title: true, status: true, position: true, theme: { select: { number: true } } } as const;
    const [deadlines, goals] = await Promise.all([
      this.scope.prisma.action.findMany({ where: { ...action, deadline: range }, select: { ...actionSelect, deadline: true } }),
      this.scope.prisma.goal.findMany({
        where: { dueDate: range, action },
        include: { action: { select: actionSelect }, measurements: goalInclude.include.measurements },
      }),
    ]);
    const by = await this.people(goals);
    const items: (DatedItem & { position: number })[] = [
      ...deadlines.map((row) => ({
        kind: "deadline" as const,
        code: row.code,
        title: row.title,
        status: row.status,
        themeNumber: row.theme.number,
        date: dateOf(row.deadline) ?? "",
        key: `deadline:${row.code}`,
        position: row.position,
      })),
      ...goals.flatMap((row) => {
        const goal = this.view(row, by);
        if ((goal.latest?.value ?? 0) >= goal.target) return [];
        const { action: owner } = row;
        return [
          {
            kind: "goal" as const,
            goal,
            code: owner.code,
            title: owner.title,
            status: owner.status,
            themeNumber: owner.theme.number,
            date: goal.dueDate ?? "",
            key: `goal:${row.id}`,
            position: owner.position,
          },
        ];
      }),
    ];
    items.sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.position - b.position || (a.kind === "goal" && b.kind === "goal" ? a.goal.number - b.goal.number : 0),
    );
    return items.map(({ position: _position, ...item }) => item);
  }

  private people(goals: GoalRow[]): Promise<Map<number, PersonInfo>> {
    return peopleById(
      this.scope.prisma,
      goals.flatMap((goal) => goal.measurements.map((measurement) => measurement.personId)),
    );
  }

  private view(goal: GoalRow, people: Map<number, PersonInfo>): GoalView {
    const latest = goal.measurements[0];
    return {
      number: goal.number,
      description: goal.description,
      target: goal.target,
      unit: goal.unit,
      dueDate: dateOf(goal.dueDate),
      createdAt: goal.createdAt,
      latest: latest
        ? {
            value: latest.value,
            at: latest.createdAt,
            note: latest.note,
            by: latest.personId === null ? null : (people.get(latest.personId) ?? null),
          }
        : null,
    };
  }
}
