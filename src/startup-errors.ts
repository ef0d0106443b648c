/** Errors a person can fix (configuration, data folder, agenda file) become one clear message, not a stack trace. */

import { ConfigError } from "./config/env.js";
import { AgendaFileError } from "./core/agenda-file/load.js";
import { NoAgendaError } from "./persistence/agenda-scope.js";
import { DataDirLockedError } from "./persistence/data-dir-lock.js";
import { DatabaseOpenError } from "./persistence/database.js";
import { DatabaseDamagedError } from "./persistence/integrity-check.js";

export function explainStartupError(error: unknown): string | null {
  if (error instanceof AgendaFileError) {
    return `The agenda file ${error.file} is not valid:\n${error.problems.map((p) => `  - ${p.where}: ${p.problem}`).join("\n")}\nFix the file and run again; nothing was stored.`;
  }
  if (
    error instanceof ConfigError ||
    error instanceof DataDirLockedError ||
    error instanceof DatabaseOpenError ||
    error instanceof DatabaseDamagedError ||
    error instanceof NoAgendaError
  ) {
    return error.message;
  }
  return null;
}
