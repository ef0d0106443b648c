/** Who is asking, as the adapters establish it, and what they may do. */
import type { ChangeChannel, PersonInfo, Platform } from "./domain/agenda.js";
import type { Locale } from "./domain/locale.js";

export interface Conversation {
  platform: Platform;
  tenantId: string;
  /** Channel or chat id on the platform. */
  channelId: string;
  /** True for a team channel; false for a personal chat (where `koppel` makes no sense). */
  isChannel: boolean;
}

export interface Actor {
  /** The person in the agenda, if known (a lead, a leader, or anyone linked before). */
  person: PersonInfo | null;
  email: string | null;
  /** The name the platform gives, when it gives one (kept when someone not yet in the agenda resolves an escalation). */
  displayName?: string;
  isLeader: boolean;
  /** The user's own language, when the platform tells it. */
  locale?: Locale;
  channel: ChangeChannel;
  conversation?: Conversation;
}

/**
 * Who leads this region, by e-mail address, answered synchronously (the adapters ask on every request). This base
 * holds a fixed list; `RegionLeaderPolicy` (regions/region-leader-policy.ts) keeps it in step with the database.
 */
export class LeaderPolicy {
  private emails: Set<string>;
  constructor(emails: readonly string[]) {
    this.emails = normalised(emails);
  }
  isLeader(email: string | null | undefined): boolean {
    return !!email && this.emails.has(email.trim().toLowerCase());
  }
  get list(): string[] {
    return [...this.emails];
  }
  /** Brings the list up to date when it may be stale (a fixed list never is). */
  async refreshIfStale(): Promise<void> {}
  protected replace(emails: readonly string[]): void {
    this.emails = normalised(emails);
  }
}

function normalised(emails: readonly string[]): Set<string> {
  return new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean));
}
