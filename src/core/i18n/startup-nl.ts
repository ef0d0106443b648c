/** What the CLI (and the service on start) says when it cannot start: the database, the data folder, the agenda file. */
import type { AgendaFileFault } from "../agenda-file/load.js";

/** Why a database could not be opened, so each reader (log, CLI) can say it in their language. */
export type DatabaseOpenReason =
  | { kind: "pglite"; location: string; damaged: boolean; detail: string }
  | { kind: "postgres-timeout"; location: string; seconds: string }
  | { kind: "postgres-refused"; location: string; detail: string }
  | { kind: "postgres-stalled"; location: string; seconds: string };

export const startupNl = {
  databaseOpen: (reason: DatabaseOpenReason): string => {
    switch (reason.kind) {
      case "pglite":
        return (
          `De datamap ${reason.location} kon niet als database worden geopend${reason.damaged ? " (hij lijkt beschadigd)" : ""}: ${reason.detail}. ` +
          "Zet hem terug uit een back-up, of zet de map opzij en start opnieuw: dan komt er een nieuwe database met de agenda erin."
        );
      case "postgres-timeout":
        return (
          `PostgreSQL op ${reason.location} antwoordde niet binnen ${reason.seconds} (DATABASE_CONNECT_TIMEOUT_SECONDS). ` +
          "Controleer DATABASE_URL (host en poort van een PostgreSQL-server, geen andere dienst) en of de server niet overbelast is."
        );
      case "postgres-refused":
        return `Geen verbinding met PostgreSQL op ${reason.location}: ${reason.detail}. Controleer DATABASE_URL en of de server draait.`;
      case "postgres-stalled":
        return (
          `PostgreSQL op ${reason.location} antwoordde niet meer tijdens de migraties (geen antwoord binnen ${reason.seconds}). ` +
          "Controleer de server en start opnieuw: onafgemaakte migraties worden teruggedraaid."
        );
    }
  },
  fileFault: (fault: AgendaFileFault): string => {
    switch (fault.kind) {
      case "missing":
        return "bestand: het bestand bestaat niet";
      case "unreadable":
        return `bestand: het bestand kan niet worden gelezen (${fault.detail})`;
      case "syntax":
        return `${fault.line === null ? "bestand" : `regel ${fault.line}`}: geen geldige ${fault.format}: ${fault.detail}`;
    }
  },
  migrationChanged: (name: string) =>
    `De migratie ${name} is gewijzigd nadat de database haar heeft uitgevoerd. Zet het oorspronkelijke bestand terug en voeg een nieuwe migratie toe.`,
  noAgenda: "Er staat nog geen agenda in de database; importeer er eerst een (npm run cli -- import <bestand>).",
  fileMissing: (file: string) => `Het bestand ${file} bestaat niet.`,
  fileUnreadable: (file: string, detail: string) => `Het bestand ${file} kan niet worden gelezen: ${detail}.`,
  fileUnwritable: (file: string, detail: string) => `Kan niet schrijven naar ${file}: ${detail}. Er is niets weggeschreven.`,
};
