/**
 * Errors a person can fix (configuration, data folder, database, agenda file) become one clear message in their
 * language, not a stack trace. The service says them in English (beside its English log); the CLI in its own.
 */

import { ConfigError } from "./config/env.js";
import { AgendaFileError } from "./core/agenda-file/load.js";
import type { Locale } from "./core/domain/locale.js";
import { texts } from "./core/i18n/index.js";
import { NoAgendaError } from "./persistence/agenda-scope.js";
import { DataDirLockedError } from "./persistence/data-dir-lock.js";
import { DatabaseOpenError } from "./persistence/database.js";
import { DatabaseDamagedError } from "./persistence/integrity-check.js";
import { MigrationChangedError } from "./persistence/migrate.js";

export function explainStartupError(error: unknown, locale: Locale = "en"): string | null {
  const t = texts(locale);
  if (error instanceof AgendaFileError) {
    const problems = error.problems.map((p) => `  - ${p.file ? t.startup.fileFault(p.file) : `${p.where}: ${p.problem}`}`);
    return t.cli.agendaInvalid(error.file, problems.join("\n"));
  }
  if (error instanceof DataDirLockedError) return t.cli.locked(error.dataDir, error.pid);
  if (error instanceof DatabaseOpenError) return t.startup.databaseOpen(error.reason);
  if (error instanceof MigrationChangedError) return t.startup.migrationChanged(error.migration);
  if (error instanceof NoAgendaError && !error.slug) return t.startup.noAgenda;
  // Said in English in every language for now: its detail comes from the database check.
  if (error instanceof ConfigError || error instanceof DatabaseDamagedError || error instanceof NoAgendaError) return error.message;
  return null;
}
