/** `npm run cli -- …`: the bot's commands, agenda import and export, from a terminal. */
import { writeFile } from "node:fs/promises";
import { importAgendaFile, openApp } from "../app.js";
import { loadDotEnv } from "../config/dotenv.js";
import { loadConfig } from "../config/env.js";
import { buildExport, exportToCsv, exportToJson, exportToMarkdown } from "../core/exports.js";
import { identify } from "../core/identify.js";
import { isDamageError } from "../persistence/integrity-check.js";
import { renderText } from "../render/text.js";
import { explainStartupError } from "../startup-errors.js";
import { CLI_USAGE, type CliRequest, CliUsageError, parseCliArgs } from "./args.js";

export async function runCli(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let request: CliRequest;
  try {
    request = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CliUsageError) {
      err(`${error.message}\n\n${CLI_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (request.kind === "usage") {
    out(`${CLI_USAGE}\n`);
    return 0;
  }
  try {
    const config = loadConfig();
    if (request.kind === "import") {
      const { definition, summary } = await importAgendaFile(config, request.file);
      out(
        `Imported ${definition.name} (${definition.slug}): ${definition.actions.length} actions, ${definition.themes.length} themes, ${definition.overleggen.length} overleggen.\n` +
          `  ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.retired} retired.\n` +
          (summary.statusKept.length
            ? `  Status differs from the file for ${summary.statusKept.join(", ")}: the status set in the bot is kept (see its history).\n`
            : ""),
      );
      return 0;
    }
    const app = await openApp(config);
    try {
      if (request.kind === "export") {
        const data = await buildExport(app.ports.reader);
        const text = request.format === "json" ? exportToJson(data) : request.format === "csv" ? exportToCsv(data) : exportToMarkdown(data);
        if (request.out) {
          await writeFile(request.out, text, "utf8");
          err(`Wrote ${data.actions.length} actions to ${request.out}\n`);
        } else {
          out(text);
        }
        return 0;
      }
      const actor = await identify(app.people, app.leaders, {
        email: request.as ?? null,
        channel: "cli",
        ...(request.lang ? { locale: request.lang } : {}),
      });
      const reply = await app.core.run(request.text, actor);
      out(renderText(reply.message));
      return reply.message.tone === "error" ? 1 : 0;
    } finally {
      await app.close();
    }
  } catch (error) {
    const explained = explainStartupError(error);
    if (explained) {
      err(`${explained}\n`);
      return 1;
    }
    if (isDamageError(error)) {
      // Damage the start-up check could not see (it reads each table once) shows up in a later query.
      err(
        `The database looks damaged: ${error instanceof Error ? error.message : String(error)}. ` +
          "Restore the data folder (DATA_DIR) or the PostgreSQL database from a backup.\n",
      );
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || /cli\/main\.[jt]s$/.test(process.argv[1] ?? "")) {
  loadDotEnv();
  const code = await runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
  process.exitCode = code;
}
