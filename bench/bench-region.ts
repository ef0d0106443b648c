/**
 * A benchmark's region: its agenda imported before the service starts (so the service does not seed the project's
 * own), with the bench's project leader stored as its leader (LEADER_EMAILS lead only the first region).
 */
import type { AgendaDefinition } from "../src/core/agenda-file/schema.js";
import type { Database } from "../src/persistence/database.js";
import { PrismaAgendaImporter } from "../src/persistence/prisma-agenda-importer.js";

export async function importBenchRegion(database: Pick<Database, "prisma">, definition: AgendaDefinition, leader: string): Promise<void> {
  await new PrismaAgendaImporter(database.prisma).importAgenda(definition);
  const { id } = await database.prisma.agenda.findUniqueOrThrow({ where: { slug: definition.slug }, select: { id: true } });
  await database.prisma.regionLeader.createMany({ data: [{ agendaId: id, email: leader.toLowerCase() }], skipDuplicates: true });
}
