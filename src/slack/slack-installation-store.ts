/**
 * Bolt's InstallationStore on the database: one installation per workspace (a reinstall replaces it), sealed with
 * SLACK_INSTALLATION_KEY, saved with the workspace's link to the region the install flow was started for (its
 * `metadata`). A workspace already linked to another region is refused (WorkspaceLinkedElsewhereError).
 */
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { z } from "zod";
import type { SealedInstallation, SealedInstallations } from "../core/regions/installations.js";
import type { RegionSummary } from "../core/regions/region-ports.js";
import type { InstallationSeal } from "./installation-seal.js";

/** What the install flow carries through Slack in its signed state: the region the workspace is installed into. */
const metadataSchema = z.object({ agendaId: z.number().int().positive() });

export function installMetadata(agendaId: number): string {
  return JSON.stringify({ agendaId });
}

export function agendaOfMetadata(metadata: string | undefined): number | null {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(metadata ?? ""));
    return parsed.success ? parsed.data.agendaId : null;
  } catch {
    return null;
  }
}

/** What an opened installation must hold for the bot to work in that workspace. */
const openedSchema = z.looseObject({
  team: z.looseObject({ id: z.string().min(1) }),
  bot: z.looseObject({ token: z.string().startsWith("xoxb-"), id: z.string(), userId: z.string() }),
});

/** An installation with what the bot needs of it. */
export type BotInstallation = Installation<"v2", false> & { team: { id: string }; bot: NonNullable<Installation["bot"]> };

export class WorkspaceLinkedElsewhereError extends Error {
  constructor(
    readonly teamId: string,
    readonly linkedTo: RegionSummary,
  ) {
    super(`Slack workspace ${teamId} is linked to the region ${linkedTo.slug}; it was not installed into another one`);
    this.name = "WorkspaceLinkedElsewhereError";
  }
}

export class EnterpriseInstallError extends Error {
  constructor() {
    super("an organisation-wide (Enterprise Grid) install is not supported: install the app into one workspace");
    this.name = "EnterpriseInstallError";
  }
}

export class WorkspaceNotInstalledError extends Error {
  constructor(readonly teamId: string | undefined) {
    super(`Slack workspace ${teamId ?? "(none)"} has not installed the app (install it through /slack/install)`);
    this.name = "WorkspaceNotInstalledError";
  }
}

export class SealedInstallationStore implements InstallationStore {
  constructor(
    private readonly rows: SealedInstallations,
    private readonly seal: InstallationSeal,
    /** Told after a workspace's installation was stored (or removed), so caches of its token are dropped. */
    private readonly onChange: (teamId: string) => void = () => {},
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const teamId = installation.team?.id;
    if (installation.isEnterpriseInstall || !teamId) {
      throw new EnterpriseInstallError();
    }
    const agendaId = agendaOfMetadata(installation.metadata);
    if (agendaId === null) throw new Error("the installation carries no region: start it at /slack/install");
    if (!installation.bot?.token) throw new Error("the installation has no bot token: the app must ask for bot scopes");
    const saved = await this.rows.save({
      teamId,
      enterpriseId: installation.enterprise?.id ?? null,
      agendaId,
      sealed: this.seal.seal(JSON.stringify(installation), teamId),
    });
    if (!saved.saved) throw new WorkspaceLinkedElsewhereError(teamId, saved.linkedTo);
    this.onChange(teamId);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<"v1" | "v2", boolean>> {
    const installation = query.teamId ? await this.forTeam(query.teamId) : null;
    if (!installation) throw new WorkspaceNotInstalledError(query.teamId);
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    if (query.teamId) await this.remove(query.teamId);
  }

  /** Deletes the workspace's installation (true when there was one); its link to the region stays. */
  async remove(teamId: string): Promise<boolean> {
    const removed = await this.rows.remove(teamId);
    this.onChange(teamId);
    return removed;
  }

  /** The workspace's installation, or null when it has none; throws InstallationSealError for a row that does not open. */
  async forTeam(teamId: string): Promise<BotInstallation | null> {
    const row = await this.rows.byTeam(teamId);
    return row ? this.open(row) : null;
  }

  /** The installation of the workspace linked to this region, or null. */
  async forRegion(agendaId: number): Promise<BotInstallation | null> {
    const row = await this.rows.forRegion(agendaId);
    return row ? this.open(row) : null;
  }

  private open(row: SealedInstallation): BotInstallation {
    const parsed = openedSchema.safeParse(JSON.parse(this.seal.open(row.sealed, row.teamId)));
    if (!parsed.success) throw new Error(`the stored Slack installation of ${row.teamId} has no bot token; reinstall the app`);
    return parsed.data as unknown as BotInstallation;
  }
}
