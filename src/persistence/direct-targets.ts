/**
 * Where people can be written to directly in one region: their Slack user (a DM) and their latest Teams personal
 * chat, never in a workspace or tenant linked to another region (a person, known by e-mail address, may have an
 * account there too).
 */
import type { Platform } from "../core/domain/agenda.js";
import type { PrismaClient } from "./generated/client.js";

/** The tenants (Teams) or workspaces (Slack) linked to regions other than this agenda's: its messages never go there. */
export async function otherRegionsTenants(prisma: PrismaClient, agendaId: number, platform: "slack" | "teams" = "teams"): Promise<string[]> {
  const links = await prisma.regionLink.findMany({ where: { platform, agendaId: { not: agendaId } }, select: { tenantId: true } });
  return links.map((link) => link.tenantId);
}

export async function queryDirectTargets(
  prisma: PrismaClient,
  agendaId: number,
  personIds: number[],
): Promise<Map<number, { platform: Platform; target: string }[]>> {
  const targets = new Map<number, { platform: Platform; target: string }[]>();
  if (personIds.length === 0) return targets;
  const add = (personId: number, platform: Platform, target: string) =>
    targets.set(personId, [...(targets.get(personId) ?? []), { platform, target }]);
  const [elsewhere, slackElsewhere] = await Promise.all([otherRegionsTenants(prisma, agendaId), otherRegionsTenants(prisma, agendaId, "slack")]);
  const [slack, teams] = await Promise.all([
    prisma.platformIdentity.findMany({
      where: { personId: { in: personIds }, platform: "slack", ...(slackElsewhere.length ? { tenantId: { notIn: slackElsewhere } } : {}) },
      select: { personId: true, externalId: true },
    }),
    prisma.conversationRef.findMany({
      where: { personId: { in: personIds }, platform: "teams", kind: "personal", ...(elsewhere.length ? { tenantId: { notIn: elsewhere } } : {}) },
      orderBy: { updatedAt: "desc" },
      select: { personId: true, conversationId: true },
    }),
  ]);
  for (const row of slack) add(row.personId, "slack", row.externalId);
  const seen = new Set<number>();
  for (const row of teams) {
    // The most recent personal chat of each person.
    if (row.personId === null || seen.has(row.personId)) continue;
    seen.add(row.personId);
    add(row.personId, "teams", row.conversationId);
  }
  return targets;
}
