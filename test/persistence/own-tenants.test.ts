/**
 * Which workspaces and tenants a region writes to when several regions share a database: its own linked ones, never
 * another region's, and one linked to no region only when the process serves this region by name (AGENDA_SLUG), as
 * the routing of what comes in does. PGlite and PostgreSQL.
 */
import { expect, it } from "vitest";
import type { UnlinkedTenants } from "../../src/persistence/agenda-scope.js";
import type { Database } from "../../src/persistence/database.js";
import { openStores } from "../../src/persistence/prisma-stores.js";
import { OwnTenantReach } from "../../src/teams/graph/own-tenant-reach.js";
import type { TeamsReach } from "../../src/teams/teams-reach.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { IVO_EMAIL, importSecondRegion, SECOND_REGION } from "../support/second-region.js";

const LINKS = [
  { platform: "teams" as const, first: "tenant-haarlem", second: "tenant-breda" },
  { platform: "slack" as const, first: "T-HAARLEM", second: "T-BREDA" },
];

/** Ivo has a personal Teams chat and a Slack account in each region's tenant and workspace, and in one of no region. */
async function giveIvoAccountsEverywhere(database: Database): Promise<number> {
  const ivo = await database.prisma.person.findUniqueOrThrow({ where: { email: IVO_EMAIL } });
  const places = [
    ["tenant-haarlem", "T-HAARLEM"],
    ["tenant-breda", "T-BREDA"],
    ["tenant-nowhere", "T-NOWHERE"],
  ];
  for (const [tenant, workspace] of places) {
    await database.prisma.conversationRef.create({
      data: { platform: "teams", tenantId: `${tenant}`, conversationId: `chat-${tenant}`, kind: "personal", personId: ivo.id, reference: {} },
    });
    await database.prisma.platformIdentity.create({
      data: { personId: ivo.id, platform: "slack", tenantId: `${workspace}`, externalId: `U-${workspace}` },
    });
  }
  return ivo.id;
}

forEachDatabase(
  "own workspaces and tenants",
  { agenda: true, seed: (database) => importSecondRegion(database, LINKS).then(() => undefined) },
  (ctx) => {
    const targetsIn = async (slug: string | undefined, unlinked: UnlinkedTenants, personId: number) =>
      (await openStores(ctx.database, slug, unlinked)).people.directTargets(personId);

    it("writes to a region's own linked workspace and tenant only, not to one of no region", async () => {
      const ivo = await giveIvoAccountsEverywhere(ctx.database);
      expect(await targetsIn(SECOND_REGION, "when-sole-region", ivo)).toEqual([
        { platform: "slack", target: "U-T-BREDA" },
        { platform: "teams", target: "chat-tenant-breda" },
      ]);
      expect(await targetsIn(undefined, "when-sole-region", ivo)).toEqual([
        { platform: "slack", target: "U-T-HAARLEM" },
        { platform: "teams", target: "chat-tenant-haarlem" },
      ]);
    });

    it("takes the unlinked ones too when the process serves the region by name, never another region's", async () => {
      const ivo = await giveIvoAccountsEverywhere(ctx.database);
      const targets = await targetsIn(SECOND_REGION, "named-region", ivo);
      expect(
        targets
          .filter((target) => target.platform === "slack")
          .map((target) => target.target)
          .sort(),
      ).toEqual(["U-T-BREDA", "U-T-NOWHERE"]);
      const teams = targets.filter((target) => target.platform === "teams").map((target) => target.target);
      expect(teams).toHaveLength(1);
      expect(["chat-tenant-breda", "chat-tenant-nowhere"]).toContain(teams[0]);
    });

    it("finds a conversation by id only in the region's own tenants", async () => {
      await giveIvoAccountsEverywhere(ctx.database);
      const second = await openStores(ctx.database, SECOND_REGION, "when-sole-region");
      expect(await second.channels.conversationReference("teams", "chat-tenant-breda")).not.toBeNull();
      expect(await second.channels.conversationReference("teams", "chat-tenant-haarlem")).toBeNull();
      expect(await second.channels.conversationReference("teams", "chat-tenant-nowhere")).toBeNull();
      const named = await openStores(ctx.database, SECOND_REGION, "named-region");
      expect(await named.channels.conversationReference("teams", "chat-tenant-nowhere")).not.toBeNull();
    });

    it("says which tenants are the region's own", async () => {
      const second = await openStores(ctx.database, SECOND_REGION, "when-sole-region");
      expect(await second.channels.ownsTenant("teams", "tenant-breda")).toBe(true);
      expect(await second.channels.ownsTenant("teams", "tenant-haarlem")).toBe(false);
      expect(await second.channels.ownsTenant("teams", "tenant-nowhere")).toBe(false);
      expect(await second.channels.ownsTenant("slack", "T-BREDA")).toBe(true);
      const named = await openStores(ctx.database, SECOND_REGION, "named-region");
      expect(await named.channels.ownsTenant("teams", "tenant-nowhere")).toBe(true);
      expect(await named.channels.ownsTenant("teams", "tenant-haarlem")).toBe(false);
    });

    it("installs the bot by e-mail through Graph only for the region whose tenant Graph is", async () => {
      const asked: string[] = [];
      const graph: TeamsReach = {
        reach: async (email) => {
          asked.push(email);
          return { reachable: true, tenantId: "tenant-haarlem", userId: "u-1", conversationId: "chat-1", reference: {} };
        },
      };
      const [first, second] = await Promise.all([
        openStores(ctx.database, undefined, "when-sole-region"),
        openStores(ctx.database, SECOND_REGION, "when-sole-region"),
      ]);
      const viaSecond = await new OwnTenantReach(graph, "tenant-haarlem", (tenant) => second.channels.ownsTenant("teams", tenant)).reach(IVO_EMAIL);
      expect(viaSecond).toMatchObject({ reachable: false, reason: "not-found" });
      expect(viaSecond.reachable ? "" : viaSecond.detail).toContain("regio koppel <regio> teams tenant-haarlem");
      expect(asked).toEqual([]);
      const viaFirst = await new OwnTenantReach(graph, "tenant-haarlem", (tenant) => first.channels.ownsTenant("teams", tenant)).reach(IVO_EMAIL);
      expect(viaFirst.reachable).toBe(true);
      expect(asked).toEqual([IVO_EMAIL]);
    });
  },
);
