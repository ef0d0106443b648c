/** Command-line arguments of `npm run cli`, validated with zod. */
import { z } from "zod";
import { emailSchema } from "../core/commands/arguments.js";
import { LOCALES, type Locale } from "../core/domain/locale.js";
import { type HistoryPeriod, isoDateSchema } from "../core/history-export.js";
import type { Texts } from "../core/i18n/texts.js";
import { REPORT_FORMATS, type ReportFormat } from "../core/report/report-links.js";
import { type PersonRequest, parsePersonArgs } from "./person-args.js";
import { parseRegionArgs, type RegionRequest, readRegionSlug } from "./region-args.js";

type CliTexts = Texts["cli"];

/** `lang`: `--lang`, for every kind of request (the CLI's own lines follow it too). */
export type CliRequest =
  /** `region`: the region (agenda slug) to import into, instead of the file's own. */
  (
    | { kind: "import"; file: string; region?: string }
    | { kind: "export"; format: ExportFormat; out?: string; history?: HistoryPeriod }
    /** `rapport 2026-K4 --format pdf --out <file>`: the quarterly report as a file (leader, `--as`). */
    | { kind: "report"; quarter?: string; format: ReportFormat; out?: string; as?: string }
    | { kind: "people-import"; file: string }
    | { kind: "people-export"; out?: string }
    | { kind: "command"; text: string; as?: string }
    | { kind: "backup"; file: string }
    | { kind: "restore"; file: string }
    | PersonRequest
    | RegionRequest
    | { kind: "usage" }
  ) & { lang?: Locale };

/** A mistake in the arguments, said in the person's language. */
export class CliUsageError extends Error {
  constructor(readonly say: (t: CliTexts, all: Texts) => string) {
    super("invalid command-line arguments");
  }
}

const formatSchema = z.enum(["json", "csv", "csv-nl", "md"]);
export type ExportFormat = z.infer<typeof formatSchema>;
const reportFormatSchema = z.enum(REPORT_FORMATS);
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
  const flags = new Set<string>();
  // `--leider` may be given more than once (`regio add`).
  const leaders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") {
      usage = true;
      continue;
    }
    if (arg === "--excel" || arg === "--history") {
      flags.add(arg.slice(2));
      continue;
    }
    const option = /^--(as|lang|format|out|from|to|naam|name|leider|leader|regio|region)(?:=(.*))?$/.exec(arg);
    if (option?.[1]) {
      const name = option[1];
      const value = option[2] ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliUsageError((t) => t.needsValue(name));
      if (name === "leider" || name === "leader") leaders.push(value);
      else options.set(name, value);
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
    const region = options.get("regio") ?? options.get("region");
    return withLang(region === undefined ? { kind: "import", file: words[1] } : { kind: "import", file: words[1], region: readRegionSlug(region) });
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
  if (words[0] === "regio" || words[0] === "region") return withLang(parseRegionArgs(words.slice(1), options, leaders));
  if (words[0] === "persoon" || words[0] === "person") return withLang(parsePersonArgs(words.slice(1), options.get("out")));
  if (words[0] === "export" && options.has("format")) {
    const given = options.get("format") ?? "";
    const format = formatSchema.safeParse(given);
    if (!format.success) throw new CliUsageError((t) => t.formatInvalid(given));
    const out = options.get("out");
    const excel = flags.has("excel") && format.data === "csv" ? "csv-nl" : format.data;
    const request: CliRequest = out ? { kind: "export", format: excel, out } : { kind: "export", format: excel };
    if (flags.has("history")) request.history = historyPeriod(options, excel);
    return withLang(request);
  }
  if ((words[0] === "rapport" || words[0] === "report") && options.has("format")) {
    const given = options.get("format") ?? "";
    const format = reportFormatSchema.safeParse(given);
    if (!format.success) throw new CliUsageError((_t, all) => all.report.formatInvalid(given));
    if (words.length > 2) throw new CliUsageError((_t, all) => all.report.badQuarter(words.slice(1).join(" ")));
    const request: CliRequest = { kind: "report", format: format.data };
    if (words[1]) request.quarter = words[1];
    const out = options.get("out");
    if (out) request.out = out;
    else if (format.data !== "md") throw new CliUsageError((_t, all) => all.report.needsOut(format.data.toUpperCase()));
    const as = options.get("as");
    if (as !== undefined) request.as = readEmail(as);
    return withLang(request);
  }
  if (words[0] === "export") throw new CliUsageError((t) => t.exportNeedsFormat);
  const request: CliRequest = { kind: "command", text: words.join(" ") };
  const as = options.get("as");
  if (as !== undefined) request.as = readEmail(as);
  return withLang(request);
}

function readEmail(as: string): string {
  const email = emailSchema.safeParse(as);
  if (!email.success) throw new CliUsageError((t) => t.asInvalid(as));
  return email.data;
}

/** `--history --from 2026-10-01 --to 2026-12-31`: both dates, valid, in order; CSV only. */
function historyPeriod(options: Map<string, string>, format: ExportFormat): HistoryPeriod {
  if (format !== "csv" && format !== "csv-nl") throw new CliUsageError((_t, all) => all.report.historyCsvOnly);
  const from = options.get("from");
  const to = options.get("to");
  if (from === undefined || to === undefined) throw new CliUsageError((_t, all) => all.report.historyNeedsDates);
  for (const [field, given] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!isoDateSchema.safeParse(given).success) throw new CliUsageError((_t, all) => all.report.dateInvalid(field, given));
  }
  if (from > to) throw new CliUsageError((_t, all) => all.report.dateOrder);
  return { from, to };
}
