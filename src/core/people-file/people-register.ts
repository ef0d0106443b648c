/** The port for people as data: the people file in and out, each person's language, and who leads what. */
import type { Platform } from "../domain/agenda.js";
import type { PeopleFileEntry } from "./people-file.js";

export interface PeopleImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  leadsAdded: number;
}

/** One lead of one action, and how the bot can reach them. */
export interface LeadReach {
  code: string;
  title: string;
  email: string;
  name: string | null;
  organisation: string | null;
  /** The chats the bot can write them in directly; empty when it cannot reach them. */
  platforms: Platform[];
}

export interface PeopleRegister {
  /** Creates or updates every person of the file and links them to its actions, all in one transaction. */
  importPeople(entries: readonly PeopleFileEntry[], assignedById: number | null): Promise<PeopleImportSummary>;
  /** Everyone who leads an action or has a name, language or organisation stored, in the people file's shape. */
  exportPeople(): Promise<PeopleFileEntry[]>;
  /** The leads of current actions, by action code; narrowed to one action or to an organisation (its name contains `organisation`). */
  leadsOverview(filter: { code?: string; organisation?: string }): Promise<LeadReach[]>;
}
