/**
 * Whether the bot can post in a Slack channel, asked with conversations.info when `koppel` links it: a member
 * can; a non-member only in a public channel and with the scope `chat:write.public`. A private channel the bot
 * is not in reads as `channel_not_found` to it, as Slack answers.
 */
import { WebAPIPlatformError } from "@slack/web-api";
import type { ChannelAccess, PostAccess } from "../core/ports.js";
import type { SlackClients } from "./slack-clients.js";

export class SlackChannelAccess implements ChannelAccess {
  constructor(
    /** The Web API client of each workspace: the channel is asked about in its own workspace. */
    private readonly clients: SlackClients,
    /** Called when Slack could not be asked (an outage): the link is made anyway, as before the check. */
    private readonly onUnknown: (error: unknown, channelId: string) => void = () => {},
  ) {}

  async canPost({ tenantId, channelId }: { tenantId: string; channelId: string }): Promise<PostAccess> {
    try {
      const client = await this.clients.clientFor(tenantId);
      const result = await client.conversations.info({ channel: channelId });
      const channel = result.channel as { is_member?: boolean; is_private?: boolean } | undefined;
      if (channel?.is_member) return { canPost: true };
      const scopes = result.response_metadata?.scopes ?? [];
      if (channel && !channel.is_private && scopes.includes("chat:write.public")) return { canPost: true };
      return { canPost: false, reason: "not-member" };
    } catch (error) {
      if (error instanceof WebAPIPlatformError) {
        if (error.data.error === "channel_not_found") return { canPost: false, reason: "not-member" };
        if (error.data.error === "missing_scope") {
          const needed = (error.data as { needed?: string }).needed;
          return { canPost: false, reason: "missing-scope", scope: needed || "channels:read" };
        }
      }
      this.onUnknown(error, channelId);
      return { canPost: true };
    }
  }
}
