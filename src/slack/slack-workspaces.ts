/**
 * Which bot token speaks for which Slack workspace: with SLACK_BOT_TOKEN the one token for every workspace; in
 * OAuth mode each workspace's own installation (kept a minute in memory, dropped at once when it is reinstalled
 * or removed on this instance; other instances drop theirs within that minute). Null: that workspace (or region)
 * has not installed the app.
 */
import type { SealedInstallations } from "../core/regions/installations.js";
import { InstallationSeal } from "./installation-seal.js";
import type { SlackConfig } from "./slack-config.js";
import { type BotInstallation, SealedInstallationStore } from "./slack-installation-store.js";

export interface SlackWorkspaces {
  readonly mode: "single" | "oauth";
  /** The bot token for requests from this workspace (team id). */
  botToken(teamId: string): Promise<string | null>;
  /** The bot token of the workspace linked to this region (agenda id), for messages the outbox sends. */
  botTokenForRegion(agendaId: number): Promise<string | null>;
  /**
   * The workspace removed the app or revoked the bot's token: its installation is deleted and its token forgotten
   * here at once (its link to the region stays). True when an installation was deleted; with one SLACK_BOT_TOKEN
   * nothing is stored, so nothing changes (false).
   */
  uninstall(teamId: string): Promise<boolean>;
}

export function singleWorkspace(token: string): SlackWorkspaces {
  return { mode: "single", botToken: async () => token, botTokenForRegion: async () => token, uninstall: async () => false };
}

/** How long an instance keeps a workspace's installation in memory: another instance's uninstall reaches it within this. */
export const INSTALLATION_CACHE_MS = 60_000;

export class InstalledWorkspaces implements SlackWorkspaces {
  readonly mode = "oauth";
  /** Bolt's InstallationStore, for the install flow. */
  readonly store: SealedInstallationStore;
  private readonly cache = new Map<string, { at: number; installation: Promise<BotInstallation | null> }>();

  constructor(
    rows: SealedInstallations,
    seal: InstallationSeal,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new SealedInstallationStore(rows, seal, (teamId) => this.forget(teamId));
  }

  /** The workspace's installation (bot token, bot id and user); a failed read is not kept. */
  installation(teamId: string): Promise<BotInstallation | null> {
    const cached = this.cache.get(teamId);
    if (cached && this.now() - cached.at < INSTALLATION_CACHE_MS) return cached.installation;
    const installation = this.store.forTeam(teamId);
    this.cache.set(teamId, { at: this.now(), installation });
    installation.then(
      (found) => {
        if (!found && this.cache.get(teamId)?.installation === installation) this.cache.delete(teamId);
      },
      () => {
        if (this.cache.get(teamId)?.installation === installation) this.cache.delete(teamId);
      },
    );
    return installation;
  }

  forget(teamId: string): void {
    this.cache.delete(teamId);
  }

  async uninstall(teamId: string): Promise<boolean> {
    this.forget(teamId);
    return this.store.remove(teamId);
  }

  async botToken(teamId: string): Promise<string | null> {
    return (await this.installation(teamId))?.bot.token ?? null;
  }

  async botTokenForRegion(agendaId: number): Promise<string | null> {
    return (await this.store.forRegion(agendaId))?.bot.token ?? null;
  }
}

/** The workspaces of this configuration; in OAuth mode on the database's sealed installations. */
export function openSlackWorkspaces(config: SlackConfig, rows: SealedInstallations): SlackWorkspaces | InstalledWorkspaces {
  if (config.mode === "single") return singleWorkspace(config.botToken);
  return new InstalledWorkspaces(rows, new InstallationSeal(config.oauth.installationKey));
}
