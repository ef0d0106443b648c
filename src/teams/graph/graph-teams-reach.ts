/**
 * TeamsReach on Microsoft Graph: the lead found by e-mail in the tenant, the bot installed for them
 * (TeamsAppInstallation.ReadWriteSelfForUser.All), and their personal chat with it. Every refusal becomes a
 * reason (see chat-reach.ts); nothing throws. Only the catalog id, once found, is kept.
 */
import type { ChatReach, Unreachable, UnreachableReason } from "../../core/delivery/chat-reach.js";
import type { TeamsChat, TeamsReach } from "../teams-reach.js";
import type { GraphConfig } from "./graph-config.js";
import { GraphDirectory } from "./graph-directory.js";
import { ClientCredentialsToken, TokenError } from "./graph-token.js";

const unreachable = (reason: UnreachableReason, detail: string): Unreachable => ({ reachable: false, reason, detail });

export class GraphTeamsReach implements TeamsReach {
  private catalogId: string | undefined;

  constructor(
    private readonly directory: Pick<GraphDirectory, "findUser" | "catalogAppId" | "installation" | "install" | "chatOf">,
    private readonly settings: Pick<GraphConfig, "tenantId" | "catalogAppId" | "externalId" | "serviceUrl"> & { botId: string },
  ) {}

  async reach(email: string): Promise<ChatReach<TeamsChat>> {
    let step = "looking up the user";
    try {
      const user = await this.directory.findUser(email);
      if (!user) return unreachable("not-found", `nobody in the tenant has the address ${email}`);
      step = "finding the app in the app catalog";
      const catalogId = await this.catalog();
      if (!catalogId) {
        return unreachable("app-not-in-catalog", `the app (manifest id ${this.settings.externalId}) is not in the organisation's app catalog`);
      }
      step = "installing the app for the user";
      let installation = await this.directory.installation(user.id, catalogId);
      if (!installation) {
        await this.directory.install(user.id, catalogId);
        installation = await this.directory.installation(user.id, catalogId);
      }
      if (!installation) return unreachable("unavailable", "Graph installed the app but does not list the installation yet");
      step = "finding the personal chat";
      const chatId = await this.directory.chatOf(user.id, installation);
      return { reachable: true, ...this.chat(user.id, chatId) };
    } catch (error) {
      return classify(error, step);
    }
  }

  private async catalog(): Promise<string | null> {
    if (this.settings.catalogAppId) return this.settings.catalogAppId;
    this.catalogId ??= (await this.directory.catalogAppId(this.settings.externalId)) ?? undefined;
    return this.catalogId ?? null;
  }

  private chat(userId: string, chatId: string): TeamsChat {
    const { tenantId, serviceUrl, botId } = this.settings;
    return {
      tenantId,
      userId,
      conversationId: chatId,
      reference: {
        channelId: "msteams",
        serviceUrl,
        bot: { id: `28:${botId}` },
        user: { id: userId, aadObjectId: userId },
        conversation: { id: chatId, conversationType: "personal", tenantId, isGroup: false },
      },
    };
  }
}

/** Builds the Graph-backed reach from the settings: one token and one client for the service. */
export function graphTeamsReach(config: GraphConfig, botId: string): GraphTeamsReach {
  const token = new ClientCredentialsToken(config);
  return new GraphTeamsReach(new GraphDirectory(config.apiUrl, token), { ...config, botId });
}

/** What a failed call means for reaching the lead. */
function classify(error: unknown, step: string): Unreachable {
  if (error instanceof TokenError) {
    const refused = error.status >= 400 && error.status < 500 && error.status !== 429;
    return unreachable(refused ? "refused" : "unavailable", `no Graph token: ${error.message}`);
  }
  const status = typeof (error as { statusCode?: unknown }).statusCode === "number" ? (error as { statusCode: number }).statusCode : 0;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const detail = `Graph answered ${status > 0 ? status : "nothing"}${typeof code === "string" && code ? ` ${code}` : ""} while ${step}: ${message}`;
  // A 401 is the token (revoked, or expired early): it was forgotten, and the next try asks a new one. A 403 is consent.
  if (status === 401) return unreachable("unavailable", detail);
  if (status === 403) return unreachable("refused", detail);
  if (status === 404 && step === "installing the app for the user") return unreachable("app-not-in-catalog", detail);
  if (status === 404) return unreachable("not-found", detail);
  if (status === 429) {
    const retryAfter = Number((error as { headers?: Headers }).headers?.get?.("retry-after"));
    return {
      ...unreachable("unavailable", detail),
      rateLimited: Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {},
    };
  }
  if (status >= 400 && status < 500 && status !== 408) return unreachable("refused", detail);
  return unreachable("unavailable", detail);
}
