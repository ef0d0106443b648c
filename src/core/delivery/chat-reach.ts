/**
 * Whether a person the bot has never spoken to can be written to on a chat platform, found by e-mail address when
 * a message is sent (Teams: installed for them through Microsoft Graph). `reachable: false` says why, so delivery
 * can choose another way (e-mail) and the project leader learns what to fix.
 */

/**
 * - `not-found`: nobody in the tenant has this address.
 * - `refused`: the platform refused (Graph's 403, or no token: no admin consent, a permission missing, a wrong secret).
 * - `app-not-in-catalog`: the app is not in the organisation's app catalog (not uploaded, or blocked).
 * - `unavailable`: the platform could not be asked now (outage, network); trying again later may work.
 */
export type UnreachableReason = "not-found" | "refused" | "app-not-in-catalog" | "unavailable";

export interface Unreachable {
  reachable: false;
  reason: UnreachableReason;
  /** What the platform said, for the log and the leader's notice. */
  detail: string;
  /** `unavailable` because the platform said "not now" (429), with its Retry-After when it gave one. */
  rateLimited?: { retryAfterMs?: number };
}

export type ChatReach<Found> = ({ reachable: true } & Found) | Unreachable;

/** Only an outage may go away by trying again; the other reasons need someone to act. */
export function isPermanent(reason: UnreachableReason): boolean {
  return reason !== "unavailable";
}
