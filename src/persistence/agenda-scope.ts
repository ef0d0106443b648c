/** One agenda in the database: the Prisma stores of the core's ports all work within it. */
import type { PersonInfo } from "../core/domain/agenda.js";
import type { Database } from "./database.js";
import type { Prisma, PrismaClient } from "./generated/client.js";
import { toPerson } from "./mappers.js";
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";

export interface AgendaScope {
  prisma: PrismaClient;
  reads: PreparedReads;
  agendaId: number;
  /** Which region writes to a workspace or tenant linked to none; the same rule as the routing of what comes in. */
  unlinkedTenants: UnlinkedTenants;
}

/**
 * A workspace or tenant linked to no region is this region's when the process serves it by name (AGENDA_SLUG), or
 * when the database holds this region only; otherwise no region's (what it sends in is answered "not linked").
 */
export type UnlinkedTenants = "named-region" | "when-sole-region";

export class UnknownActionError extends Error {
  constructor(readonly code: string) {
    super(`unknown action ${code}`);
    this.name = "UnknownActionError";
  }
}

export class NoAgendaError extends Error {
  constructor(readonly slug?: string) {
    super(
      slug ? `No agenda "${slug}" in the database; import it first.` : "No agenda in the database; import one first (npm run cli -- import <file>).",
    );
    this.name = "NoAgendaError";
  }
}

/** The agenda with this slug, or the only/first agenda when no slug is given. */
export const FIRST_AGENDA: PreparedStatement = { name: "doe_first_agenda", text: `SELECT id FROM "agenda" ORDER BY id LIMIT 1` };
const AGENDA_BY_SLUG: PreparedStatement = { name: "doe_agenda_by_slug", text: `SELECT id FROM "agenda" WHERE slug = $1 ORDER BY id LIMIT 1` };

export async function openAgendaScope(
  database: Pick<Database, "prisma" | "reads">,
  slug?: string,
  unlinkedTenants: UnlinkedTenants = "when-sole-region",
): Promise<AgendaScope> {
  const { prisma, reads } = database;
  // A prepared statement on the driver, not Prisma: a read command (`toon 1.3` in the CLI) then never waits
  // for Prisma's first query, which costs some 400 ms of a short process.
  const [agenda] = slug ? await reads.rows<{ id: number }>(AGENDA_BY_SLUG, [slug]) : await reads.rows<{ id: number }>(FIRST_AGENDA, []);
  if (!agenda) throw new NoAgendaError(slug);
  return { prisma, reads, agendaId: Number(agenda.id), unlinkedTenants };
}

export function activeAction(scope: AgendaScope, code: string): Prisma.ActionWhereInput {
  return { agendaId: scope.agendaId, code, retiredAt: null };
}

export const personSelect = { id: true, email: true, displayName: true, locale: true } as const;

/** The people with these ids, in one query. */
export async function peopleById(prisma: PrismaClient, ids: (number | null)[]): Promise<Map<number, PersonInfo>> {
  const unique = [...new Set(ids.filter((id): id is number => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await prisma.person.findMany({ where: { id: { in: unique } }, select: personSelect });
  return new Map(rows.map((row) => [row.id, toPerson(row)]));
}

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
