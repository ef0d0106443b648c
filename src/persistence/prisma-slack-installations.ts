/**
 * Slack installations (table `slack_installation`, sealed by the adapter) and the links of workspaces to regions
 * (`region_link`, platform slack). Saving links and stores in one transaction; the link's primary key makes the
 * first region a workspace is linked to the only one, across instances.
 */
import type { InstallationSaved, SealedInstallation, SealedInstallations } from "../core/regions/installations.js";
import type { RegionSummary } from "../core/regions/region-ports.js";
import type { PrismaClient } from "./generated/client.js";

const REGION = { select: { id: true, slug: true, name: true } } as const;

function toRegion(agenda: { id: number; slug: string; name: string }): RegionSummary {
  return { agendaId: agenda.id, slug: agenda.slug, name: agenda.name };
}

export class PrismaSlackInstallations implements SealedInstallations {
  constructor(private readonly prisma: PrismaClient) {}

  save(installation: SealedInstallation): Promise<InstallationSaved> {
    const { teamId, enterpriseId, agendaId, sealed } = installation;
    return this.prisma.$transaction(async (tx) => {
      await tx.regionLink.createMany({ data: [{ platform: "slack", tenantId: teamId, agendaId }], skipDuplicates: true });
      const link = await tx.regionLink.findUniqueOrThrow({
        where: { platform_tenantId: { platform: "slack", tenantId: teamId } },
        select: { agenda: REGION },
      });
      if (link.agenda.id !== agendaId) return { saved: false, linkedTo: toRegion(link.agenda) };
      await tx.slackInstallation.upsert({
        where: { teamId },
        create: { teamId, enterpriseId, agendaId, sealed },
        update: { enterpriseId, agendaId, sealed },
      });
      return { saved: true };
    });
  }

  async byTeam(teamId: string): Promise<SealedInstallation | null> {
    return this.prisma.slackInstallation.findUnique({
      where: { teamId },
      select: { teamId: true, enterpriseId: true, agendaId: true, sealed: true },
    });
  }

  async forRegion(agendaId: number): Promise<SealedInstallation | null> {
    return this.prisma.slackInstallation.findFirst({
      where: { agendaId },
      orderBy: { installedAt: "asc" },
      select: { teamId: true, enterpriseId: true, agendaId: true, sealed: true },
    });
  }

  async remove(teamId: string): Promise<boolean> {
    return (await this.prisma.slackInstallation.deleteMany({ where: { teamId } })).count > 0;
  }

  async regionOfTeam(teamId: string): Promise<RegionSummary | null> {
    const link = await this.prisma.regionLink.findUnique({
      where: { platform_tenantId: { platform: "slack", tenantId: teamId } },
      select: { agenda: REGION },
    });
    return link ? toRegion(link.agenda) : null;
  }
}
