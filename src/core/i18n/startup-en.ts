import type { StartupTexts } from "./texts.js";

export const startupEn = {
  databaseOpen: (reason) => {
    switch (reason.kind) {
      case "pglite":
        return (
          `The data folder ${reason.location} could not be opened as a database${reason.damaged ? " (it looks damaged)" : ""}: ${reason.detail}. ` +
          "Restore it from a backup, or move the folder aside and start again to create a fresh database with the agenda loaded."
        );
      case "postgres-timeout":
        return (
          `PostgreSQL at ${reason.location} did not answer within ${reason.seconds} (DATABASE_CONNECT_TIMEOUT_SECONDS). ` +
          "Check DATABASE_URL (host and port of a PostgreSQL server, not another service) and that the server is not overloaded."
        );
      case "postgres-refused":
        return `Cannot connect to PostgreSQL at ${reason.location}: ${reason.detail}. Check DATABASE_URL and that the server is running.`;
      case "postgres-stalled":
        return (
          `PostgreSQL at ${reason.location} stopped answering while the migrations were applied (no answer within ${reason.seconds}). ` +
          "Check the server, then start again: unfinished migrations are rolled back."
        );
    }
  },
  fileFault: (fault) => {
    switch (fault.kind) {
      case "missing":
        return "file: the file does not exist";
      case "unreadable":
        return `file: the file cannot be read (${fault.detail})`;
      case "syntax":
        return `${fault.line === null ? "file" : `line ${fault.line}`}: not valid ${fault.format}: ${fault.detail}`;
    }
  },
  migrationChanged: (name) => `Migration ${name} was changed after it was applied; restore the original file and add a new migration instead.`,
  noAgenda: "No agenda in the database; import one first (npm run cli -- import <file>).",
  fileMissing: (file) => `The file ${file} does not exist.`,
  fileUnreadable: (file, detail) => `The file ${file} cannot be read: ${detail}.`,
  fileUnwritable: (file, detail) => `Cannot write to ${file}: ${detail}. Nothing was written.`,
} satisfies StartupTexts;
