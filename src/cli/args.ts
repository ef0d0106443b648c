/** Command-line arguments of `npm run cli`, validated with zod. */
import { z } from "zod";
import { emailSchema } from "../core/commands/arguments.js";
import { LOCALES, type Locale } from "../core/domain/locale.js";
import type { Texts } from "../core/i18n/texts.js";
import { type PersonRequest, parsePersonArgs } from "./person-args.js";

type CliTexts = Texts["cli"];

/** `lang`: `--lang`, for every kind of request (the CLI's own lines follow it too). */
export type CliRequest = (
  | { kind: "import"; file: string }
  | { kind: "export"; format: "json" | "csv" | "md"; out?: string }
  | { kind: "people-import"; file: string }
  | { kind: "people-export"; out?: string }
  | { kind: "command"; text: string; as?: string }
  | { kind: "backup"; file: string }
  | { kind: "restore"; file: string }
  | PersonRequest
  | { kind: "usage" }
) & { lang?: Locale };

/** A mistake in the arguments, said in the person's language. */
export class CliUsageError extends Error {
  constructor(readonly say: (t: CliTexts, all: Texts) => string) {
    super("invalid command-line arguments");
  }
}

const formatSchema = z.enum(["json", "csv", "md"]);
const localeSchema = z.enum(LOCALES);

/** The language asked for with `--lang`, read before anything else so even argument errors are in it. */
export function requestedLocale(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const option = /^--lang(?:=(.*))?$/.exec(argv[i] ?? "");
    if (!option) continue;
    const parsed = localeSchema.safeParse(option[1] ?? argv[i + 1]);
    return parsed.success ? parsed.data : undefined;
  }
  return undefined;
}

export function parseCliArgs(argv: readonly string[]): CliRequest {
  const words: string[] = [];
  const options = new Map<string, string>();
  let usage = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") {
      usage = true;
      continue;
    }
    const option = /^--(as|lang|format|out)(?:=(.*))?$/.exec(arg);
    if (option?.[1]) {
      const name = option[1];
      const value = option[2] ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliUsageError((t) => t.needsValue(name));
      options.set(name, value);
      continue;
    }
    words.push(arg);
  }
  const lang = options.get("lang");
  let locale: Locale | undefined;
  if (lang !== undefined) {
    const parsed = localeSchema.safeParse(lang);
    if (!parsed.success) throw new CliUsageError((t) => t.langInvalid(lang));
    locale = parsed.data;
  }
  const withLang = <R extends CliRequest>(request: R): R => (locale ? { ...request, lang: locale } : request);
  if (usage || words.length === 0) return withLang({ kind: "usage" });
  if (words[0] === "import") {
    if (!words[1] || words.length > 2) throw new CliUsageError((t) => t.importNeedsFile);
    return withLang({ kind: "import", file: words[1] });
  }
  if (words[0] === "backup" || words[0] === "restore") {
    const what = words[0];
    if (!words[1] || words.length > 2) throw new CliUsageError((_t, all) => all.backup.needsFile(what));
    return withLang(what === "backup" ? { kind: "backup", file: words[1] } : { kind: "restore", file: words[1] });
  }
  if (words[0] === "mensen" || words[0] === "people") {
    const [, action, file, ...more] = words;
    if (action === "import") {
      if (!file || more.length) throw new CliUsageError((_t, all) => all.people.needsFile);
      return withLang({ kind: "people-import", file });
    }
    if (action === "export" && !file) {
      const out = options.get("out");
      return withLang(out ? { kind: "people-export", out } : { kind: "people-export" });
    }
    throw new CliUsageError((_t, all) => all.people.unknownSubcommand(words.slice(1).join(" ")));
  }
  if (words[0] === "persoon" || words[0] === "person") return withLang(parsePersonArgs(words.slice(1), options.get("out")));
  if (words[0] === "export" && options.has("format")) {
    const given = options.get("format") ?? "";
    const format = formatSchema.safeParse(given);
    if (!format.success) throw new CliUsageError((t) => t.formatInvalid(given));
    const out = options.get("out");
    return withLang(out ? { kind: "export", format: format.data, out } : { kind: "export", format: format.data });
  }
  if (words[0] === "export") throw new CliUsageError((t) => t.exportNeedsFormat);
  const request: CliRequest = { kind: "command", text: words.join(" ") };
  const as = options.get("as");
  if (as !== undefined) {
    const email = emailSchema.safeParse(as);
    if (!email.success) throw new CliUsageError((t) => t.asInvalid(as));
    request.as = email.data;
  }
  return withLang(request);
}
