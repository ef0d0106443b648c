/** `npm run cli -- …`: the bot's commands, agenda import and export, regions, from a terminal. */
import { resolve } from "node:path";
import { importAgendaFile, openApp } from "../app.js";
import { loadDotEnv } from "../config/dotenv.js";
import { envSchema, loadConfig } from "../config/env.js";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { identify } from "../core/identify.js";
import { isDamageError } from "../persistence/integrity-check.js";
import { renderText } from "../render/text.js";
import { explainStartupError } from "../startup-errors.js";
import { type CliRequest, CliUsageError, parseCliArgs, requestedLocale } from "./args.js";
import { runBackupCommand } from "./backup-command.js";
import { runExport } from "./export-command.js";
import { type CliOutcome, exportPeople, importPeople } from "./people.js";
import { runPersonCommand } from "./person-command.js";
import { importIntoRegion, runRegionCommand } from "./region-command.js";
import { runReport } from "./report-command.js";
import { compileWebAssemblyForAShortRun } from "./short-lived-process.js";

/** The CLI's language, as the bot's: the person's (`--lang`), else DEFAULT_LOCALE (read even when other settings are wrong). */
function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const fallback = envSchema.shape.DEFAULT_LOCALE.safeParse(env.DEFAULT_LOCALE);
  return requestedLocale(argv) ?? (fallback.success ? fallback.data : "nl");
}

export async function runCli(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const locale = cliLocale(argv, process.env);
  const t = texts(locale).cli;
  let request: CliRequest;
  try {
    request = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CliUsageError) {
      err(`${error.say(t, texts(locale))}\n\n${t.usage}\n`);
      return 2;
    }
    throw error;
  }
  if (request.kind === "usage") {
    out(`${t.usage}\n`);
    return 0;
  }
  try {
    const config = loadConfig();
    if (request.kind === "backup" || request.kind === "restore") return await runBackupCommand(request, config, texts(locale), out, err);
    if (request.kind === "region-add" || request.kind === "region-list" || request.kind === "region-link" || request.kind === "region-unlink") {
      const outcome = await runRegionCommand(request, config, locale);
      if (outcome.out) out(outcome.out);
      if (outcome.err) err(outcome.err);
      return outcome.code;
    }
    if (request.kind === "import") {
      const imported = request.region
        ? await importIntoRegion(config, resolve(request.file), request.region, locale)
        : { ok: true as const, ...(await importAgendaFile(config, request.file)) };
      if (!imported.ok) {
        err(imported.err);
        return 1;
      }
      const { definition, summary } = imported;
      out(
        `${t.imported(definition.name, definition.slug, definition.actions.length, definition.themes.length, definition.overleggen.length)}\n` +
          `  ${t.importCounts(summary.created, summary.updated, summary.unchanged, summary.retired)}\n` +
          (summary.statusKept.length ? `  ${t.statusKept(summary.statusKept)}\n` : "") +
          (summary.fundingKept.length ? `  ${texts(locale).funding.importKept(summary.fundingKept)}\n` : ""),
      );
      return 0;
    }
    const app = await openApp(config);
    try {
      if (request.kind === "people-import" || request.kind === "people-export") {
        const outcome: CliOutcome =
          request.kind === "people-import" ? await importPeople(app, request.file, locale) : await exportPeople(app, request.out, locale);
        if (outcome.out) out(outcome.out);
        if (outcome.err) err(outcome.err);
        return outcome.code;
      }
      if (request.kind === "person-export" || request.kind === "person-forget") {
        const outcome = await runPersonCommand(app.ports.privacy, request, locale);
        if (outcome.out) out(outcome.out);
        if (outcome.err) err(outcome.err);
        return outcome.code;
      }
      if (request.kind === "export" || request.kind === "report") {
        const outcome = request.kind === "export" ? await runExport(app, request, locale) : await runReport(app, request, locale);
        if (outcome.out) out(outcome.out);
        if (outcome.err) err(outcome.err);
        return outcome.code;
      }
      const actor = await identify(app.people, app.leaders, {
        email: request.as ?? null,
        channel: "cli",
        locale,
      });
      const reply = await app.core.run(request.text, actor);
      out(renderText(reply.message));
      return reply.message.tone === "error" ? 1 : 0;
    } finally {
      await app.close();
    }
  } catch (error) {
    const explained = explainStartupError(error, locale);
    if (explained) {
      err(`${explained}\n`);
      return 1;
    }
    if (isDamageError(error)) {
      // Damage the start-up check could not see (it reads each table once) shows up in a later query.
      err(`${t.damaged(error instanceof Error ? error.message : String(error))}\n`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || /cli\/main\.[jt]s$/.test(process.argv[1] ?? "")) {
  compileWebAssemblyForAShortRun();
  loadDotEnv();
  const code = await runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
  process.exitCode = code;
}
