/** Command-line arguments of `npm run cli`, validated with zod. */
import { z } from "zod";
import { emailSchema } from "../core/commands/arguments.js";
import { LOCALES } from "../core/domain/locale.js";

export type CliRequest =
  | { kind: "import"; file: string }
  | { kind: "export"; format: "json" | "csv" | "md"; out?: string }
  | { kind: "command"; text: string; as?: string; lang?: (typeof LOCALES)[number] }
  | { kind: "usage" };

export class CliUsageError extends Error {}

const formatSchema = z.enum(["json", "csv", "md"]);

export const CLI_USAGE = `Usage:
  npm run cli -- <command> [--as <email>] [--lang nl|en]   run a bot command, e.g. "toon 1.3" or "lijst thema 4"
  npm run cli -- import <file>                              load or update an agenda file (YAML or JSON)
  npm run cli -- export --format json|csv|md [--out <file>] write the agenda
Environment: DATA_DIR (default ./data) or DATABASE_URL, LEADER_EMAILS.`;

export function parseCliArgs(argv: readonly string[]): CliRequest {
  const words: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return { kind: "usage" };
    const option = /^--(as|lang|format|out)(?:=(.*))?$/.exec(arg);
    if (option?.[1]) {
      const value = option[2] ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliUsageError(`--${option[1]} needs a value.`);
      options.set(option[1], value);
      continue;
    }
    words.push(arg);
  }
  if (words.length === 0) return { kind: "usage" };
  if (words[0] === "import") {
    if (!words[1] || words.length > 2) throw new CliUsageError("import needs exactly one file: npm run cli -- import agenda/mijn-regio.yaml");
    return { kind: "import", file: words[1] };
  }
  if (words[0] === "export" && options.has("format")) {
    const format = formatSchema.safeParse(options.get("format"));
    if (!format.success) throw new CliUsageError(`--format must be json, csv or md (got "${options.get("format")}").`);
    const out = options.get("out");
    return out ? { kind: "export", format: format.data, out } : { kind: "export", format: format.data };
  }
  if (words[0] === "export") throw new CliUsageError("export needs --format json, csv or md: npm run cli -- export --format csv");
  const request: CliRequest = { kind: "command", text: words.join(" ") };
  const as = options.get("as");
  if (as !== undefined) {
    const email = emailSchema.safeParse(as);
    if (!email.success) throw new CliUsageError(`--as needs an e-mail address (got "${as}").`);
    request.as = email.data;
  }
  const lang = options.get("lang");
  if (lang !== undefined) {
    const parsed = z.enum(LOCALES).safeParse(lang);
    if (!parsed.success) throw new CliUsageError(`--lang must be nl or en (got "${lang}").`);
    request.lang = parsed.data;
  }
  return request;
}
