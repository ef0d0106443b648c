/** Reads and validates an agenda file; errors name the entry and the field that is wrong. */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { type AgendaDefinition, agendaFileSchema, crossCheck, toDefinition } from "./schema.js";

export interface AgendaFileProblem {
  /** Where, e.g. `acties[12] (code 2.3) → title`. */
  where: string;
  problem: string;
  /** A problem with the file as a whole, so it can be said in the reader's language. */
  file?: AgendaFileFault;
}

export type AgendaFileFault =
  | { kind: "missing" }
  | { kind: "unreadable"; detail: string }
  | { kind: "syntax"; format: "JSON" | "YAML"; line: number | null; detail: string };

export class AgendaFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: AgendaFileProblem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.where}: ${p.problem}`).join("; ")}`);
    this.name = "AgendaFileError";
  }
}

export async function loadAgendaFile(path: string): Promise<AgendaDefinition> {
  let source: string;
  try {
    source = await readFile(path, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const fault: AgendaFileFault = missing ? { kind: "missing" } : { kind: "unreadable", detail: String(error) };
    throw new AgendaFileError(path, [{ where: "file", problem: missing ? "the file does not exist" : String(error), file: fault }]);
  }
  return parseAgendaSource(source, path);
}

export function parseAgendaSource(source: string, name: string): AgendaDefinition {
  let data: unknown;
  try {
    data = extname(name).toLowerCase() === ".json" ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : null;
    const format = extname(name).toLowerCase() === ".json" ? "JSON" : "YAML";
    const detail = (error as Error).message.split("\n")[0] ?? "";
    throw new AgendaFileError(name, [
      { where: line === null ? "file" : `line ${line}`, problem: `not valid ${format}: ${detail}`, file: { kind: "syntax", format, line, detail } },
    ]);
  }
  const parsed = agendaFileSchema.safeParse(data);
  const issues: { path: readonly PropertyKey[]; message: string }[] = [...(parsed.success ? [] : parsed.error.issues), ...crossCheck(data)];
  if (!parsed.success || issues.length > 0) {
    const problems = issues.map((issue) => ({ where: describePath(issue.path, data), problem: issue.message }));
    problems.sort((a, b) => a.where.localeCompare(b.where, "en", { numeric: true }));
    throw new AgendaFileError(name, problems);
  }
  return toDefinition(parsed.data);
}

/** `["acties", 12, "title"]` → `acties[12] (code "2.3") → title`, naming the entry by its code. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return "file";
  let where = "";
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === "number") {
      where += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const entry = node as { code?: unknown; number?: unknown } | undefined;
      const label = entry && typeof entry === "object" ? (entry.code ?? entry.number) : undefined;
      if (label !== undefined && (typeof label === "string" || typeof label === "number"))
        where += ` (${typeof label === "string" ? `code "${label}"` : `number ${label}`})`;
    } else {
      where += where ? ` → ${String(key)}` : String(key);
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return where;
}
