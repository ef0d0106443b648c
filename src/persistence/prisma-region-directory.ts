/** The regions (agendas) in the database and the workspaces and tenants linked to them (`region_link`). */
import type { ChatPlatform, RegionDirectory, RegionSummary } from "../core/regions/region-ports.js";
import type { PrismaClient } from "./generated/client.js";

export class PrismaRegionDirectory implements RegionDirectory {
  constructor(private readonly prisma: PrismaClient) {}

  async regions(): Promise<RegionSummary[]> {
    const rows = await this.prisma.agenda.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, name: true } });
    return rows.map((row) => ({ agendaId: row.id, slug: row.slug, name: row.name }));
  }

  async regionOf(platform: ChatPlatform, tenantId: string): Promise<number | null> {
    const link = await this.prisma.regionLink.findUnique({ where: { platform_tenantId: { platform, tenantId } }, select: { agendaId: true } });
    return link?.agendaId ?? null;
  }
}
