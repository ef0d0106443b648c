/** The core's RegionAdmin on Prisma (`npm run cli -- regio …`): agendas with their leaders and their workspace and tenant links. */
import type { LinkOutcome, RegionAdmin, RegionLinkRef, RegionOverview } from "../core/regions/region-admin.js";
import type { PrismaClient } from "./generated/client.js";

/** Prisma's P2002, or PostgreSQL's 23505 as the PGlite driver adapter passes it on (without Prisma's code). */
const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && ((error as { code?: unknown }).code === "P2002" || JSON.stringify(error).includes('"23505"'));

export class PrismaRegionAdmin implements RegionAdmin {
  constructor(private readonly prisma: PrismaClient) {}

  async create(slug: string, name: string, leaders: readonly string[]): Promise<"created" | "exists"> {
    const emails = [...new Set(leaders.map((email) => email.trim().toLowerCase()))];
    if (await this.find(slug)) return "exists";
    try {
      await this.prisma.$transaction(async (tx) => {
        const agenda = await tx.agenda.create({ data: { slug, name } });
        if (emails.length) await tx.regionLeader.createMany({ data: emails.map((email) => ({ agendaId: agenda.id, email })) });
        // Known to the agenda, as a leader is once they speak to the bot (and so in `persoon export`).
        for (const email of emails) await tx.person.upsert({ where: { email }, create: { email }, update: {} });
      });
      return "created";
    } catch (error) {
      if (isUniqueViolation(error)) return "exists";
      throw error;
    }
  }

  find(slug: string): Promise<{ slug: string; name: string } | null> {
    return this.prisma.agenda.findUnique({ where: { slug }, select: { slug: true, name: true } });
  }

  async list(): Promise<RegionOverview[]> {
    const rows = await this.prisma.agenda.findMany({
      orderBy: { id: "asc" },
      include: {
        leaders: { orderBy: [{ createdAt: "asc" }, { email: "asc" }] },
        links: { orderBy: [{ platform: "asc" }, { tenantId: "asc" }] },
        _count: { select: { actions: { where: { retiredAt: null } } } },
      },
    });
    return rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      actions: row._count.actions,
      leaders: row.leaders.map((leader) => leader.email),
      links: row.links.flatMap((link) => (link.platform === "mail" ? [] : [{ platform: link.platform, tenantId: link.tenantId }])),
    }));
  }

  async link(slug: string, link: RegionLinkRef): Promise<LinkOutcome> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const agenda = await tx.agenda.findUnique({ where: { slug }, select: { id: true } });
        if (!agenda) return { outcome: "unknown-region" } as const;
        const existing = await this.linkOf(tx, link);
        if (existing)
          return existing.slug === slug ? ({ outcome: "already" } as const) : ({ outcome: "linked-elsewhere", region: existing.slug } as const);
        await tx.regionLink.create({ data: { ...link, agendaId: agenda.id } });
        return { outcome: "linked" } as const;
      });
    } catch (error) {
      // Linked at the same moment by someone else: their link stands.
      const existing = isUniqueViolation(error) ? await this.linkOf(this.prisma, link) : null;
      if (!existing) throw error;
      return existing.slug === slug ? { outcome: "already" } : { outcome: "linked-elsewhere", region: existing.slug };
    }
  }

  private async linkOf(db: Pick<PrismaClient, "regionLink">, link: RegionLinkRef): Promise<{ slug: string } | null> {
    const row = await db.regionLink.findUnique({ where: { platform_tenantId: link }, include: { agenda: { select: { slug: true } } } });
    return row ? { slug: row.agenda.slug } : null;
  }

  async unlink(link: RegionLinkRef): Promise<string | null> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await this.linkOf(tx, link);
      if (!existing) return null;
      await tx.regionLink.delete({ where: { platform_tenantId: link } });
      return existing.slug;
    });
  }
}
