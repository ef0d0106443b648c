/** The agenda as a document: JSON, CSV and Markdown exports with the source's Dutch labels. */
import type { ActionSummary } from "./domain/agenda.js";
import type { Escalation } from "./domain/escalation.js";
import { fundingLabel } from "./domain/funding.js";
import { statusLabel } from "./domain/status.js";
import type { EscalationStore } from "./escalations/escalation-store.js";
import type { ActionGoals, GoalStore } from "./goals/goal-store.js";
import { personName } from "./messages/action-views.js";
import type { AgendaReader } from "./ports.js";

export { exportToCsv } from "./export-csv.js";

export interface ExportedAction {
  code: string;
  thema: number;
  pijler: string;
  scope: string;
  titel: string;
  status: string;
  trekkers: string[];
  financiering: string;
  /** The funding decision: its state (Dutch label), source, amount in euro and note. */
  financieringStatus: string;
  financieringBron: string | null;
  financieringBedrag: number | null;
  financieringToelichting: string | null;
  laatsteUpdate: string;
  /** YYYY-MM-DD, or null. */
  deadline: string | null;
  doelen: ExportedGoal[];
}

/** A goal with its latest measured value (null before the first). */
export interface ExportedGoal {
  nummer: number;
  omschrijving: string;
  streefwaarde: number;
  eenheid: string | null;
  per: string | null;
  waarde: number | null;
  gemetenOp: string | null;
}

function exportedGoals(goals: ActionGoals | undefined): ExportedGoal[] {
  return (goals?.goals ?? []).map((goal) => ({
    nummer: goal.number,
    omschrijving: goal.description,
    streefwaarde: goal.target,
    eenheid: goal.unit,
    per: goal.dueDate,
    waarde: goal.latest?.value ?? null,
    gemetenOp: goal.latest?.at.toISOString() ?? null,
  }));
}

export interface ExportedOverleg {
  code: string;
  naam: string;
  niveau: string;
  bereik: string;
  themas: string;
  pijlers: string[];
  pijlersMogelijk: string[];
}

/** An escalation with its life cycle: `overleg` null when it was put to the overleggen of the action's theme. */
export interface ExportedEscalation {
  nummer: number;
  actie: string;
  overleg: string | null;
  vraag: string;
  gesteldOp: string;
  gesteldDoor: string | null;
  status: "open" | "beantwoord" | "gesloten";
  afgehandeldOp: string | null;
  afgehandeldDoor: string | null;
  /** The answer, or the reason it was closed. */
  afhandeling: string | null;
}

export interface AgendaExport {
  agenda: { slug: string; naam: string; periode: string | null };
  themas: { nummer: number; titel: string; pijler: string; voorWie: string }[];
  actions: ExportedAction[];
  overleggen: ExportedOverleg[];
  /** Every escalation, by number (when the export is given the escalations). */
  escalaties?: ExportedEscalation[];
}

const ESCALATION_STATUS = { open: "open", answered: "beantwoord", closed: "gesloten" } as const;

function exportEscalation(escalation: Escalation): ExportedEscalation {
  return {
    nummer: escalation.number,
    actie: escalation.code,
    overleg: escalation.overlegCode,
    vraag: escalation.question,
    gesteldOp: escalation.raisedAt.toISOString(),
    gesteldDoor: escalation.raisedBy ? personName(escalation.raisedBy) : null,
    status: ESCALATION_STATUS[escalation.state],
    afgehandeldOp: escalation.resolvedAt?.toISOString() ?? null,
    afgehandeldDoor: escalation.resolvedBy ? personName(escalation.resolvedBy) : null,
    afhandeling: escalation.resolution,
  };
}

/** What an export holds beside the agenda; each one left out is not exported. */
export interface ExportSources {
  escalations?: Pick<EscalationStore, "all">;
  /** The actions' goals and deadlines. */
  goals?: Pick<GoalStore, "goalsOfMany">;
}

export async function buildExport(reader: AgendaReader, sources: ExportSources = {}): Promise<AgendaExport> {
  const { escalations: escalationStore, goals } = sources;
  const [agenda, pillars, themes, actions, overleggen, escalations, dated] = await Promise.all([
    reader.agenda(),
    reader.pillars(),
    reader.themes(),
    reader.listActions({}),
    reader.overleggen(),
    escalationStore?.all(),
    goals?.goalsOfMany() ?? new Map<string, ActionGoals>(),
  ]);
  const pillarName = new Map(pillars.map((pillar) => [pillar.code, pillar.name.toLowerCase()]));
  const name = (code: string) => pillarName.get(code) ?? code;
  return {
    agenda: { slug: agenda.slug, naam: agenda.name, periode: agenda.period },
    themas: themes.map((theme) => ({ nummer: theme.number, titel: theme.title, pijler: name(theme.pillarCode), voorWie: theme.targetGroup })),
    actions: actions.map((action: ActionSummary) => ({
      code: action.code,
      thema: action.themeNumber,
      pijler: name(action.pillarCode),
      scope: action.scope,
      titel: action.title,
      status: statusLabel(action.status, "nl"),
      trekkers: action.trekkers,
      financiering: action.financiering,
      financieringStatus: fundingLabel(action.funding.status, "nl"),
      financieringBron: action.funding.source,
      financieringBedrag: action.funding.amountCents === null ? null : action.funding.amountCents / 100,
      financieringToelichting: action.funding.note,
      laatsteUpdate: action.lastUpdateAt.toISOString(),
      deadline: dated.get(action.code)?.deadline ?? null,
      doelen: exportedGoals(dated.get(action.code)),
    })),
    overleggen: overleggen.map((overleg) => ({
      code: overleg.code,
      naam: overleg.name,
      niveau: overleg.level,
      bereik: overleg.reach,
      themas: overleg.themesText,
      pijlers: overleg.pillars.map(name),
      pijlersMogelijk: overleg.pillarsPossible.map(name),
    })),
    ...(escalations ? { escalaties: escalations.map(exportEscalation) } : {}),
  };
}

export function exportToJson(data: AgendaExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function exportToMarkdown(data: AgendaExport): string {
  const cellText = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [`# ${data.agenda.naam}${data.agenda.periode ? ` (${data.agenda.periode})` : ""}`, ""];
  for (const theme of data.themas) {
    lines.push(`## Thema ${theme.nummer}: ${theme.titel}`, "", `Pijler: ${theme.pijler}. Voor wie: ${theme.voorWie}.`, "");
    lines.push("| code | scope | actie | status | trekker(s) | financiering |", "| --- | --- | --- | --- | --- | --- |");
    for (const a of data.actions.filter((action) => action.thema === theme.nummer)) {
      lines.push(
        `| ${a.code} | ${cellText(a.scope)} | ${cellText(a.titel)} | ${a.status} | ${cellText(a.trekkers.join(", "))} | ${a.financieringStatus}: ${cellText(a.financiering)} |`,
      );
    }
    lines.push("");
  }
  lines.push("## Overleggen", "", "| code | naam | bereik | pijlers |", "| --- | --- | --- | --- |");
  for (const o of data.overleggen) lines.push(`| ${o.code} | ${cellText(o.naam)} | ${cellText(o.bereik)} | ${cellText(o.pijlers.join(", "))} |`);
  if (data.escalaties?.length) {
    lines.push("", "## Escalaties", "", "| nr | actie | overleg | vraag | status | afhandeling |", "| --- | --- | --- | --- | --- | --- |");
    for (const e of data.escalaties) {
      lines.push(
        `| #${e.nummer} | ${e.actie} | ${e.overleg ?? "overleggen van het thema"} | ${cellText(e.vraag)} | ${e.status} | ${cellText(e.afhandeling ?? "")} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
