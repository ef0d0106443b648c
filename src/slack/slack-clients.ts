/**
 * Web API clients per workspace: the Slack helpers (users, replies, channel access) ask for the client of the
 * request's team, which carries that workspace's bot token. One client per token, made once.
 */
import { WebClient, type WebClientOptions } from "@slack/web-api";
import { WorkspaceNotInstalledError } from "./slack-installation-store.js";
import type { SlackWorkspaces } from "./slack-workspaces.js";

export interface SlackClients {
  /** The client for this workspace; rejects with WorkspaceNotInstalledError when it has not installed the app. */
  clientFor(teamId: string): Promise<WebClient>;
}

export class WorkspaceClients implements SlackClients {
  private readonly byToken = new Map<string, WebClient>();

  constructor(
    private readonly workspaces: Pick<SlackWorkspaces, "botToken">,
    private readonly options: WebClientOptions,
  ) {}

  async clientFor(teamId: string): Promise<WebClient> {
    const token = await this.workspaces.botToken(teamId);
    if (!token) throw new WorkspaceNotInstalledError(teamId);
    let client = this.byToken.get(token);
    if (!client) {
      client = new WebClient(token, this.options);
      this.byToken.set(token, client);
    }
    return client;
  }
}
