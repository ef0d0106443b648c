/**
 * Who a Slack user is: e-mail, name and locale from `users.info` (scope users:read.email), cached for a while.
 * A failed look-up is never cached: the caller gets `email: null` with `unavailable` set, and identifies the
 * user by the stored link to their Slack account until Slack answers again.
 */
import { type Locale, toLocale } from "../core/domain/locale.js";
import type { SlackClients } from "./slack-clients.js";

export interface SlackUserFacts {
  userId: string;
  teamId: string;
  email: string | null;
  displayName: string | undefined;
  locale: Locale | undefined;
  /** Set when Slack could not be asked (an outage): nothing is known about the user from Slack this time. */
  unavailable?: true;
}

const TTL_MS = 10 * 60 * 1000;

export class SlackUserDirectory {
  private readonly cache = new Map<string, { at: number; facts: Promise<SlackUserFacts> }>();

  constructor(
    /** The Web API client of each workspace (users.info asks the user's own workspace). */
    private readonly clients: SlackClients,
    private readonly onError: (error: unknown, userId: string) => void,
  ) {}

  lookup(userId: string, teamId: string): Promise<SlackUserFacts> {
    const key = `${teamId}/${userId}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.facts;
    // Concurrent look-ups of one user share the request; only an answer from Slack stays in the cache.
    const facts: Promise<SlackUserFacts> = this.fetch(userId, teamId).catch((error: unknown) => {
      if (this.cache.get(key)?.facts === facts) this.cache.delete(key);
      this.onError(error, userId);
      return { userId, teamId, email: null, displayName: undefined, locale: undefined, unavailable: true };
    });
    this.cache.set(key, { at: Date.now(), facts });
    return facts;
  }

  private async fetch(userId: string, teamId: string): Promise<SlackUserFacts> {
    const client = await this.clients.clientFor(teamId);
    const response = await client.users.info({ user: userId, include_locale: true });
    const user = response.user;
    const displayName = user?.profile?.display_name || user?.real_name || user?.name || undefined;
    return {
      userId,
      teamId: user?.team_id ?? teamId,
      email: user?.profile?.email?.toLowerCase() ?? null,
      displayName,
      locale: toLocale(user?.locale),
    };
  }
}
