/** An agenda row with nothing in it, for tests of what every agenda has (its outbox) without importing one. */
import type { Database } from "../../src/persistence/database.js";

export function bareAgenda(database: Pick<Database, "prisma">, slug = "bare"): Promise<{ id: number }> {
  return database.prisma.agenda.upsert({ where: { slug }, create: { slug, name: `Agenda ${slug}` }, update: {}, select: { id: true } });
}
