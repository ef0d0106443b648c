/**
 * What an overleg's digest covers, as the agenda file says it: the region's areas (`gebieden`), the areas each
 * action scope lies within (`scopeGebieden`, or an action's own `gebieden`), and per overleg the themes and areas
 * it covers (`dekking`). All optional: a file without them gives each overleg the themes of the pillars its row
 * marks and the whole region.
 */
import { z } from "zod";

const name = z.string().trim().min(1).max(100);

export const areaSchema = z.strictObject({
  name,
  /** The municipalities in it, for reference. */
  gemeenten: z.array(z.string().trim().min(1).max(100)).default([]),
});

/** Per action scope as the file writes it (e.g. `IJMOND`): the areas it lies within. */
export const scopeAreasSchema = z.record(z.string().trim().min(1).max(100), z.array(name).min(1, "name at least one gebied")).default({});

/** An action's own areas, where its scope alone does not say (e.g. a local line that names its municipality). */
export const actionAreasSchema = z.array(name).min(1, "name at least one gebied, or leave gebieden out").optional();

export const coverageSchema = z
  .strictObject({
    themas: z.array(z.number().int().min(1)).min(1, "name at least one theme number"),
    gebieden: z.array(name).min(1, "name at least one gebied, or leave gebieden out for the whole region").optional(),
  })
  .optional();

type Loose = Record<string, unknown>;
interface Issue {
  path: (string | number)[];
  message: string;
}

const key = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const entries = (value: unknown): Loose[] => list(value).map((entry) => (entry && typeof entry === "object" ? (entry as Loose) : {}));

/** References between the reach parts and the rest of the file; reads the raw data loosely, like crossCheck. */
export function crossCheckReach(file: Loose, themeNumbers: Set<unknown>): Issue[] {
  const issues: Issue[] = [];
  const areas = new Set<unknown>();
  entries(file.gebieden).forEach((area, index) => {
    if (areas.has(key(area.name))) issues.push({ path: ["gebieden", index, "name"], message: `duplicate gebied "${String(area.name)}"` });
    areas.add(key(area.name));
  });
  const known = [...entries(file.gebieden)].map((area) => String(area.name)).join(", ");
  const checkAreas = (names: unknown, path: (string | number)[]) =>
    list(names).forEach((area, position) => {
      if (areas.size === 0) issues.push({ path: [...path, position], message: "define the region's gebieden (top-level `gebieden:`) first" });
      else if (!areas.has(key(area))) issues.push({ path: [...path, position], message: `unknown gebied "${String(area)}"; use one of: ${known}` });
    });
  const scopeAreas = file.scopeGebieden && typeof file.scopeGebieden === "object" ? (file.scopeGebieden as Loose) : {};
  for (const [scope, names] of Object.entries(scopeAreas)) checkAreas(names, ["scopeGebieden", scope]);
  const mappedScopes = new Set(Object.keys(scopeAreas).map(key));
  entries(file.acties).forEach((action, index) => {
    checkAreas(action.gebieden, ["acties", index, "gebieden"]);
    if (areas.size > 0 && action.gebieden === undefined && typeof action.scope === "string" && !mappedScopes.has(key(action.scope))) {
      issues.push({
        path: ["acties", index, "scope"],
        message: `scope "${action.scope}" lies in no gebied: add it under scopeGebieden, or give the action its own gebieden`,
      });
    }
  });
  entries(file.overleggen).forEach((overleg, index) => {
    const coverage = overleg.dekking && typeof overleg.dekking === "object" ? (overleg.dekking as Loose) : {};
    list(coverage.themas).forEach((theme, position) => {
      if (typeof theme === "number" && !themeNumbers.has(theme)) {
        issues.push({ path: ["overleggen", index, "dekking", "themas", position], message: `unknown theme ${theme}` });
      }
    });
    checkAreas(coverage.gebieden, ["overleggen", index, "dekking", "gebieden"]);
  });
  return issues;
}

/** The areas as the file names them (the spelling of `gebieden:`), looked up case-insensitively. */
function canonical(areas: readonly { name: string }[]): (names: readonly string[]) => string[] {
  const byKey = new Map(areas.map((area) => [area.name.toLowerCase(), area.name]));
  return (names) => [...new Set(names.map((area) => byKey.get(area.trim().toLowerCase()) ?? area))];
}

/** The areas of each action: its own, else those of its scope; none when the file defines no areas. */
export function actionAreas(
  areas: readonly { name: string }[],
  scopeAreas: Record<string, string[]>,
  action: { scope: string; gebieden?: string[] | undefined },
): string[] {
  if (areas.length === 0) return [];
  const byScope = new Map(Object.entries(scopeAreas).map(([scope, names]) => [scope.trim().toLowerCase(), names]));
  return canonical(areas)(action.gebieden ?? byScope.get(action.scope.trim().toLowerCase()) ?? []);
}

/**
 * What an overleg covers: the themes of its `dekking`, else those of the pillars it is marked for (`pijlers`; if
 * none, `pijlersMogelijk`); the areas of its `dekking`, else the whole region (every area; none without areas).
 */
export function overlegCoverage(
  areas: readonly { name: string }[],
  themes: readonly { number: number; pijler: string }[],
  overleg: { pijlers: string[]; pijlersMogelijk: string[]; dekking?: { themas: number[]; gebieden?: string[] | undefined } | undefined },
): { themeNumbers: number[]; areas: string[] } {
  const pillars = new Set(overleg.pijlers.length ? overleg.pijlers : overleg.pijlersMogelijk);
  const themeNumbers = overleg.dekking?.themas ?? themes.filter((theme) => pillars.has(theme.pijler)).map((theme) => theme.number);
  return {
    themeNumbers: [...new Set(themeNumbers)].sort((a, b) => a - b),
    areas: canonical(areas)(overleg.dekking?.gebieden ?? areas.map((area) => area.name)),
  };
}
