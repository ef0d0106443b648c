/**
 * The core's RegionLeaderStore on the database, and the policy the app composes: LEADER_EMAILS seeded into the
 * first region (the agenda with the lowest id), then every leader of this app's region read. The reads are
 * prepared statements (a CLI run pays no Prisma start-up for them); the writes go through Prisma.
 */
import { RegionLeaderPolicy } from "../core/regions/region-leader-policy.js";
import type { LeaderRemoval, RegionLeaderRow, RegionLeaderStore } from "../core/regions/region-leader-store.js";
import { FIRST_AGENDA } from "./agenda-scope.js";
import type { Database } from "./database.js";
import type { PreparedStatement } from "./prepared-reads.js";

const REGION_LEADERS: PreparedStatement = {
  name: "doe_region_leaders",
  text: `SELECT email, created_at AS "addedAt" FROM "region_leader" WHERE agenda_id = $1 ORDER BY created_at, email`,
};

type Db = Pick<Database, "prisma" | "reads">;

export class PrismaRegionLeaderStore implements RegionLeaderStore {
  constructor(
    private readonly database: Db,
    private readonly agendaId: number,
  ) {}

  async list(): Promise<RegionLeaderRow[]> {
    const rows = await this.database.reads.rows<{ email: string; addedAt: Date }>(REGION_LEADERS, [this.agendaId]);
    return rows.map((row) => ({ email: row.email, addedAt: new Date(row.addedAt) }));
  }

  async add(email: string, addedById: number | null): Promise<boolean> {
    const { count } = await this.database.prisma.regionLeader.createMany({
      data: [{ agendaId: this.agendaId, email: email.trim().toLowerCase(), addedById }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async remove(email: string): Promise<LeaderRemoval> {
    const address = email.trim().toLowerCase();
    return this.database.prisma.$transaction(async (tx) => {
      // The region's rows locked first: two leaders removing each other at once cannot leave the region without one.
      const rows = await tx.$queryRaw<{ email: string }[]>`
        SELECT email FROM "region_leader" WHERE agenda_id = ${this.agendaId} ORDER BY email FOR UPDATE`;
      if (!rows.some((row) => row.email === address)) return "not-a-leader";
      if (rows.length <= 1) return "last-leader";
      await tx.regionLeader.delete({ where: { agendaId_email: { agendaId: this.agendaId, email: address } } });
      return "removed";
    });
  }
}

/** Makes every address of LEADER_EMAILS a leader of the first region (lowest id); its id, or null. */
export async function seedFirstRegionLeaders(database: Db, emails: readonly string[]): Promise<number | null> {
  const [region] = await database.reads.rows<{ id: number }>(FIRST_AGENDA, []);
  if (!region) return null;
  const agendaId = Number(region.id);
  await seedRegionLeaders(database, agendaId, emails);
  return agendaId;
}

async function seedRegionLeaders(database: Db, agendaId: number, emails: readonly string[]): Promise<void> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return;
  const present = new Set((await new PrismaRegionLeaderStore(database, agendaId).list()).map((row) => row.email));
  const missing = wanted.filter((email) => !present.has(email));
  if (missing.length) {
    await database.prisma.regionLeader.createMany({ data: missing.map((email) => ({ agendaId, email })), skipDuplicates: true });
  }
}

/**
 * The leaders of region `agendaId`. `configured` are LEADER_EMAILS when this is the first region (seeded, and
 * never removed by command), else none.
 */
export async function openRegionLeaders(database: Db, agendaId: number, configured: readonly string[]): Promise<RegionLeaderPolicy> {
  await seedRegionLeaders(database, agendaId, configured);
  const store = new PrismaRegionLeaderStore(database, agendaId);
  return RegionLeaderPolicy.load({ store, configured });
}
