/** Who a Slack user is: e-mail, name and locale from `users.info` (scope users:read.email), cached for a while. */
import type { WebClient } from "@slack/web-api";
import { type Locale, toLocale } from "../core/domain/locale.js";

export interface SlackUserFacts {
  userId: string;
  teamId: string;
  email: string | null;
  displayName: string | undefined;
  locale: Locale | undefined;
}

const TTL_MS = 10 * 60 * 1000;

export class SlackUserDirectory {
  private readonly cache = new Map<string, { at: number; facts: Promise<SlackUserFacts> }>();

  constructor(
    private readonly client: WebClient,
    private readonly onError: (error: unknown, userId: string) => void,
  ) {}

  lookup(userId: string, teamId: string): Promise<SlackUserFacts> {
    const key = `${teamId}/${userId}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.facts;
    const facts = this.fetch(userId, teamId);
    this.cache.set(key, { at: Date.now(), facts });
    facts.catch(() => this.cache.delete(key));
    return facts;
  }

  private async fetch(userId: string, teamId: string): Promise<SlackUserFacts> {
    try {
      const response = await this.client.users.info({ user: userId, include_locale: true });
      const user = response.user;
      const displayName = user?.profile?.display_name || user?.real_name || user?.name || undefined;
      return {
        userId,
        teamId: user?.team_id ?? teamId,
        email: user?.profile?.email?.toLowerCase() ?? null,
        displayName,
        locale: toLocale(user?.locale),
      };
    } catch (error) {
      // Without an e-mail the user can still read; writing needs the e-mail to match a lead or leader.
      this.onError(error, userId);
      return { userId, teamId, email: null, displayName: undefined, locale: undefined };
    }
  }
}
