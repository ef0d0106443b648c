/**
 * A target written as `email:<address>`: a person the bot has never spoken to, found by e-mail address on the
 * platform when the message is sent (Slack's users.lookupByEmail; Teams installs itself for them through Microsoft
 * Graph). Lets a first reminder round, a deadline reminder or an escalation's answer reach every lead.
 */
import type { Platform } from "../domain/agenda.js";

const PREFIX = "email:";

export function emailTarget(email: string): string {
  return `${PREFIX}${email}`;
}

/** The address of an `email:` target, or null for a platform's own id. */
export function emailOfTarget(target: string): string | null {
  return target.startsWith(PREFIX) ? target.slice(PREFIX.length) : null;
}

/**
 * Where to write to someone with no chat conversation: an `email:` target on a platform that finds people by
 * address when sending (the preferred one if it does), or undefined when none does.
 */
export function emailFallback(
  email: string,
  reachableByEmail: readonly Platform[] | undefined,
  preferred?: Platform,
): { platform: Platform; target: string } | undefined {
  const platforms = reachableByEmail ?? [];
  const platform = preferred && platforms.includes(preferred) ? preferred : platforms[0];
  return platform ? { platform, target: emailTarget(email) } : undefined;
}
