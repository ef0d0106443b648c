/**
 * The sealed installation store on PGlite and PostgreSQL: what Bolt stores comes back; the row holds no token in
 * clear text; a wrong key or a changed row fails clearly; a workspace belongs to one region.
 */
import type { Installation } from "@slack/bolt";
import { beforeEach, expect, it } from "vitest";
import { PrismaSlackInstallations } from "../../src/persistence/prisma-slack-installations.js";
import { InstallationSeal, InstallationSealError } from "../../src/slack/installation-seal.js";
import { installMetadata, SealedInstallationStore, WorkspaceLinkedElsewhereError } from "../../src/slack/slack-installation-store.js";
import { InstalledWorkspaces } from "../../src/slack/slack-workspaces.js";
import { bareAgenda } from "../support/bare-agenda.js";
import { forEachDatabase } from "../support/for-each-database.js";

const KEY = Buffer.alloc(32, 3);
const TOKEN = "xoxb-111-222-secret";

function installation(teamId: string, agendaId: number, token = TOKEN): Installation {
  return {
    team: { id: teamId, name: "Gemeente Haarlem" },
    enterprise: undefined,
    user: { id: "UINSTALLER", token: undefined, scopes: undefined },
    bot: { token, scopes: ["commands", "chat:write"], id: "B1", userId: "UBOT" },
    tokenType: "bot",
    isEnterpriseInstall: false,
    appId: "A1",
    authVersion: "v2",
    metadata: installMetadata(agendaId),
  };
}

forEachDatabase("sealed Slack installations", {}, (ctx) => {
  let regionA: { id: number };
  let regionB: { id: number };
  let store: SealedInstallationStore;
  beforeEach(async () => {
    regionA = await bareAgenda(ctx.database, "regio-a");
    regionB = await bareAgenda(ctx.database, "regio-b");
    store = new SealedInstallationStore(new PrismaSlackInstallations(ctx.database.prisma), new InstallationSeal(KEY));
  });

  it("gives back what was stored, and keeps no token in clear text", async () => {
    await store.storeInstallation(installation("T1", regionA.id));
    const fetched = await store.fetchInstallation({ teamId: "T1", enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot?.token).toBe(TOKEN);
    expect(fetched.team?.name).toBe("Gemeente Haarlem");
    const row = await ctx.database.prisma.slackInstallation.findUniqueOrThrow({ where: { teamId: "T1" } });
    expect(row.agendaId).toBe(regionA.id);
    expect(row.sealed).not.toContain("xoxb");
    expect(row.sealed).not.toContain("secret");
    expect(row.sealed).not.toContain(Buffer.from(TOKEN).toString("base64url").slice(0, 10));
  });

  it("replaces a workspace's installation on a reinstall; deleting removes it", async () => {
    await store.storeInstallation(installation("T1", regionA.id));
    await store.storeInstallation(installation("T1", regionA.id, "xoxb-new-token"));
    expect(await ctx.database.prisma.slackInstallation.count()).toBe(1);
    expect((await store.forTeam("T1"))?.bot.token).toBe("xoxb-new-token");
    await store.deleteInstallation({ teamId: "T1", enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await store.forTeam("T1")).toBeNull();
    await expect(store.fetchInstallation({ teamId: "T1", enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(
      /has not installed the app/,
    );
  });

  it("forgets a workspace that removed the app at once, also its token held in memory; its region link stays", async () => {
    const workspaces = new InstalledWorkspaces(new PrismaSlackInstallations(ctx.database.prisma), new InstallationSeal(KEY));
    await workspaces.store.storeInstallation(installation("T1", regionA.id));
    expect(await workspaces.botToken("T1")).toBe(TOKEN);
    expect(await workspaces.uninstall("T1")).toBe(true);
    expect(await workspaces.botToken("T1")).toBeNull();
    expect(await workspaces.botTokenForRegion(regionA.id)).toBeNull();
    expect(await workspaces.uninstall("T1")).toBe(false);
    expect(await ctx.database.prisma.regionLink.findMany({ select: { tenantId: true, agendaId: true } })).toEqual([
      { tenantId: "T1", agendaId: regionA.id },
    ]);
  });

  it("refuses a workspace linked to another region and leaves its installation as it was", async () => {
    await store.storeInstallation(installation("T1", regionA.id));
    const refused = await store.storeInstallation(installation("T1", regionB.id, "xoxb-other")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkspaceLinkedElsewhereError);
    expect((refused as WorkspaceLinkedElsewhereError).linkedTo.slug).toBe("regio-a");
    expect((await store.forTeam("T1"))?.bot.token).toBe(TOKEN);
    expect((await store.forRegion(regionA.id))?.bot.token).toBe(TOKEN);
    expect(await store.forRegion(regionB.id)).toBeNull();
  });

  it("fails clearly with a wrong key or a changed row, never with garbage", async () => {
    await store.storeInstallation(installation("T1", regionA.id));
    const wrongKey = new InstalledWorkspaces(new PrismaSlackInstallations(ctx.database.prisma), new InstallationSeal(Buffer.alloc(32, 4)));
    await expect(wrongKey.botToken("T1")).rejects.toThrow(InstallationSealError);
    await expect(wrongKey.botToken("T1")).rejects.toThrow(/SLACK_INSTALLATION_KEY is not the key it was sealed with, or the row was changed/);

    const row = await ctx.database.prisma.slackInstallation.findUniqueOrThrow({ where: { teamId: "T1" } });
    const parts = row.sealed.split(".");
    const ciphertext = Buffer.from(parts[3] ?? "", "base64url");
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
    parts[3] = ciphertext.toString("base64url");
    await ctx.database.prisma.slackInstallation.update({ where: { teamId: "T1" }, data: { sealed: parts.join(".") } });
    await expect(store.forTeam("T1")).rejects.toThrow(InstallationSealError);

    // A row copied onto another workspace does not open there either.
    await ctx.database.prisma.slackInstallation.update({ where: { teamId: "T1" }, data: { sealed: row.sealed } });
    await ctx.database.prisma.slackInstallation.create({ data: { teamId: "T2", agendaId: regionA.id, sealed: row.sealed } });
    expect((await store.forTeam("T1"))?.bot.token).toBe(TOKEN);
    await expect(store.forTeam("T2")).rejects.toThrow(InstallationSealError);
    await ctx.database.prisma.slackInstallation.update({ where: { teamId: "T2" }, data: { sealed: "not sealed" } });
    await expect(store.forTeam("T2")).rejects.toThrow(/not in the sealed format/);
  });
});
