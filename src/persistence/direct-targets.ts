/**
 * Where people can be written to directly in one region: their Slack user (a DM) and their latest Teams personal
 * chat, only in the region's own workspaces and tenants (a person, known by e-mail address, may have an account in
 * another region's too).
 */
import type { Platform } from "../core/domain/agenda.js";
import type { AgendaScope } from "./agenda-scope.js";

/** The parts of an agenda scope that decide which workspaces and tenants are its own. */
export type TenantScope = Pick<AgendaScope, "prisma" | "agendaId" | "unlinkedTenants">;

/** Whether workspaces and tenants linked to no region are this region's (see UnlinkedTenants). */
async function unlinkedAreOwn(scope: TenantScope): Promise<boolean> {
  return scope.unlinkedTenants === "named-region" || (await scope.prisma.agenda.count({ take: 2 })) === 1;
}

/**
 * Which workspaces (Slack) or tenants (Teams) this region may write to, as a filter on `tenantId`: those linked to it,
 * and those linked to none when they are its own by the rule of `UnlinkedTenants`; never those of another region.
 * Undefined when that is every one (no links at all and the unlinked are this region's).
 */
export async function ownTenantsFilter(
  scope: TenantScope,
  platform: "slack" | "teams",
  unlinkedOwn?: Promise<boolean>,
): Promise<{ in: string[] } | { notIn: string[] } | undefined> {
  const { prisma, agendaId } = scope;
  const links = await prisma.regionLink.findMany({ where: { platform }, select: { tenantId: true, agendaId: true } });
  if (await (unlinkedOwn ?? unlinkedAreOwn(scope))) {
    const elsewhere = links.filter((link) => link.agendaId !== agendaId).map((link) => link.tenantId);
    return elsewhere.length ? { notIn: elsewhere } : undefined;
  }
  return { in: links.filter((link) => link.agendaId === agendaId).map((link) => link.tenantId) };
}

export async function queryDirectTargets(scope: TenantScope, personIds: number[]): Promise<Map<number, { platform: Platform; target: string }[]>> {
  const { prisma } = scope;
  const targets = new Map<number, { platform: Platform; target: string }[]>();
  if (personIds.length === 0) return targets;
  const add = (personId: number, platform: Platform, target: string) =>
    targets.set(personId, [...(targets.get(personId) ?? []), { platform, target }]);
  const unlinkedOwn = unlinkedAreOwn(scope);
  const [teamsTenants, slackWorkspaces] = await Promise.all([
    ownTenantsFilter(scope, "teams", unlinkedOwn),
    ownTenantsFilter(scope, "slack", unlinkedOwn),
  ]);
  const [slack, teams] = await Promise.all([
    prisma.platformIdentity.findMany({
      where: { personId: { in: personIds }, platform: "slack", ...(slackWorkspaces ? { tenantId: slackWorkspaces } : {}) },
      select: { personId: true, externalId: true },
    }),
    prisma.conversationRef.findMany({
      where: { personId: { in: personIds }, platform: "teams", kind: "personal", ...(teamsTenants ? { tenantId: teamsTenants } : {}) },
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
