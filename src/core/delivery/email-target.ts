/**
 * A target written as `email:<address>`: a person the bot has never spoken to, found by e-mail address on the
 * platform when the message is sent (Slack's users.lookupByEmail). Lets a first reminder round reach every lead.
 */
const PREFIX = "email:";

export function emailTarget(email: string): string {
  return `${PREFIX}${email}`;
}

/** The address of an `email:` target, or null for a platform's own id. */
export function emailOfTarget(target: string): string | null {
  return target.startsWith(PREFIX) ? target.slice(PREFIX.length) : null;
}
