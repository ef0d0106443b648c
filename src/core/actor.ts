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

/** Project leaders are configured by e-mail address (LEADER_EMAILS). */
export class LeaderPolicy {
  private readonly emails: Set<string>;
  constructor(emails: readonly string[]) {
    this.emails = new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean));
  }
  isLeader(email: string | null | undefined): boolean {
    return !!email && this.emails.has(email.trim().toLowerCase());
  }
  get list(): string[] {
    return [...this.emails];
  }
}
