/** The agenda data file (YAML or JSON): pillars, themes, actions and overleggen of one region. */
import { z } from "zod";
import { ACTION_CODE_PATTERN } from "../domain/action-code.js";
import type { OverlegInfo } from "../domain/agenda.js";
import { fileDateSchema } from "../goals/goal-values.js";
import { type FileGoal, fileGoalsSchema } from "./goals.js";
import { actionAreas, actionAreasSchema, areaSchema, coverageSchema, crossCheckReach, overlegCoverage, scopeAreasSchema } from "./reach.js";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Statuses as the source documents write them; the canonical ids are accepted too. */
export const FILE_STATUSES = {
  loopt: "loopt",
  "nader uit te werken": "nader_uit_te_werken",
  nader_uit_te_werken: "nader_uit_te_werken",
  afgerond: "afgerond",
  gepauzeerd: "gepauzeerd",
  vervallen: "vervallen",
} as const;

const pillarSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower case words joined by hyphens, e.g. werk-naar-werk"),
  name: text(100),
});

const themeSchema = z.strictObject({
  number: z.number().int().min(1).max(999),
  title: text(300),
  pijler: z.string(),
  voorWie: text(1000),
});

const actionSchema = z.strictObject({
  code: z.string().regex(ACTION_CODE_PATTERN, "write the code as <theme>.<n> (e.g. 1.3) or <GROUP>.<n> (e.g. HLM.2)"),
  thema: z.number().int().min(1),
  scope: text(100),
  title: text(1000),
  status: z.enum(Object.keys(FILE_STATUSES) as [keyof typeof FILE_STATUSES, ...(keyof typeof FILE_STATUSES)[]]),
  trekkers: z.array(text(300)).min(1, "name at least one trekker, or 'nader te bepalen'"),
  financiering: text(300),
  gebieden: actionAreasSchema,
  deadline: fileDateSchema.optional(),
  doelen: fileGoalsSchema,
});

const overlegSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "use a short upper-case code, e.g. RWB"),
  name: text(200),
  niveau: text(100),
  bereik: text(200),
  themas: z.string().trim().max(1000).default(""),
  pijlers: z.array(z.string()).default([]),
  pijlersMogelijk: z.array(z.string()).default([]),
  deelnemers: z.string().trim().max(2000).default(""),
  dekking: coverageSchema,
});

export const agendaFileSchema = z.strictObject({
  version: z.literal(1),
  agenda: z.strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower case words joined by hyphens"),
    name: text(200),
    period: z.union([z.string(), z.number()]).transform(String).optional(),
  }),
  pijlers: z.array(pillarSchema).min(1),
  themas: z.array(themeSchema).min(1),
  acties: z.array(actionSchema).min(1),
  overleggen: z.array(overlegSchema).default([]),
  gebieden: z.array(areaSchema).default([]),
  scopeGebieden: scopeAreasSchema,
});

export interface CrossIssue {
  path: (string | number)[];
  message: string;
}

type Loose = Record<string, unknown>;
const entries = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((entry) => (entry && typeof entry === "object" ? (entry as Loose) : {})) : [];

/**
 * Checks between entries (duplicates, references to themes and pillars). It reads the raw data loosely so that
 * these problems are reported together with any field problems, not only after those are fixed.
 */
export function crossCheck(data: unknown): CrossIssue[] {
  const file = data && typeof data === "object" ? (data as Loose) : {};
  const issues: CrossIssue[] = [];
  const pillarCodes = new Set<unknown>();
  entries(file.pijlers).forEach((pillar, index) => {
    if (pillarCodes.has(pillar.code)) issues.push({ path: ["pijlers", index, "code"], message: `duplicate pillar code "${String(pillar.code)}"` });
    pillarCodes.add(pillar.code);
  });
  const themeNumbers = new Set<unknown>();
  entries(file.themas).forEach((theme, index) => {
    if (themeNumbers.has(theme.number)) issues.push({ path: ["themas", index, "number"], message: `duplicate theme number ${String(theme.number)}` });
    themeNumbers.add(theme.number);
    if (theme.pijler !== undefined && !pillarCodes.has(theme.pijler)) {
      issues.push({
        path: ["themas", index, "pijler"],
        message: `unknown pillar "${String(theme.pijler)}"; use one of: ${[...pillarCodes].join(", ")}`,
      });
    }
  });
  const actionCodes = new Set<unknown>();
  entries(file.acties).forEach((action, index) => {
    if (action.code !== undefined && actionCodes.has(action.code)) {
      issues.push({ path: ["acties", index, "code"], message: `duplicate action code "${String(action.code)}": every action needs its own code` });
    }
    actionCodes.add(action.code);
    if (typeof action.thema === "number" && !themeNumbers.has(action.thema)) {
      issues.push({
        path: ["acties", index, "thema"],
        message: `unknown theme ${action.thema}; the file defines themes ${[...themeNumbers].join(", ")}`,
      });
    }
    const regional = typeof action.code === "string" ? /^(\d+)\.\d+$/.exec(action.code) : null;
    if (regional && typeof action.thema === "number" && Number(regional[1]) !== action.thema) {
      issues.push({
        path: ["acties", index, "code"],
        message: `code "${String(action.code)}" starts with theme ${regional[1]} but the action is in theme ${action.thema}`,
      });
    }
  });
  const overlegCodes = new Set<unknown>();
  entries(file.overleggen).forEach((overleg, index) => {
    if (overlegCodes.has(overleg.code))
      issues.push({ path: ["overleggen", index, "code"], message: `duplicate overleg code "${String(overleg.code)}"` });
    overlegCodes.add(overleg.code);
    for (const key of ["pijlers", "pijlersMogelijk"] as const) {
      const codes = Array.isArray(overleg[key]) ? (overleg[key] as unknown[]) : [];
      codes.forEach((code, position) => {
        if (!pillarCodes.has(code)) issues.push({ path: ["overleggen", index, key, position], message: `unknown pillar "${String(code)}"` });
      });
    }
  });
  issues.push(...crossCheckReach(file, themeNumbers));
  return issues;
}

export type AgendaFile = z.infer<typeof agendaFileSchema>;

/** The validated agenda in the core's terms, ready to import. */
export interface AgendaDefinition {
  slug: string;
  name: string;
  period: string | null;
  pillars: { code: string; name: string }[];
  themes: { number: number; title: string; targetGroup: string; pillarCode: string }[];
  actions: {
    code: string;
    themeNumber: number;
    scope: string;
    title: string;
    status: (typeof FILE_STATUSES)[keyof typeof FILE_STATUSES];
    trekkers: string[];
    financiering: string;
    /** The areas (gebieden) of the region the action lies within; none (or absent) when the file defines no areas. */
    areas?: string[];
    /** YYYY-MM-DD; none when omitted. */
    deadline?: string | null;
    goals?: FileGoal[];
  }[];
  /** As the core knows them, with who takes part (kept for reference, not shown in chat). */
  overleggen: (OverlegInfo & { members: string })[];
}

export function toDefinition(file: AgendaFile): AgendaDefinition {
  return {
    slug: file.agenda.slug,
    name: file.agenda.name,
    period: file.agenda.period ?? null,
    pillars: file.pijlers.map((pillar) => ({ code: pillar.code, name: pillar.name })),
    themes: file.themas.map((theme) => ({ number: theme.number, title: theme.title, targetGroup: theme.voorWie, pillarCode: theme.pijler })),
    actions: file.acties.map((action) => ({
      code: action.code,
      themeNumber: action.thema,
      scope: action.scope,
      title: action.title,
      status: FILE_STATUSES[action.status],
      trekkers: action.trekkers,
      financiering: action.financiering,
      areas: actionAreas(file.gebieden, file.scopeGebieden, action),
      deadline: action.deadline ?? null,
      goals: action.doelen,
    })),
    overleggen: file.overleggen.map((overleg) => ({
      code: overleg.code,
      name: overleg.name,
      level: overleg.niveau,
      reach: overleg.bereik,
      themesText: overleg.themas,
      pillars: overleg.pijlers,
      pillarsPossible: overleg.pijlersMogelijk,
      members: overleg.deelnemers,
      ...overlegCoverage(file.gebieden, file.themas, overleg),
    })),
  };
}
