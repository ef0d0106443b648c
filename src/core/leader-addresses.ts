/** Where the project leaders can be written to directly: one address per leader, so nobody gets a message twice. */
import type { LeaderPolicy } from "./actor.js";
import type { Platform } from "./domain/agenda.js";
import type { Locale } from "./domain/locale.js";
import type { PeopleDirectory } from "./ports.js";

export interface DirectAddress {
  platform: Platform;
  target: string;
}

/** A leader's address with the language they read (null: not known, use the default). */
export interface LeaderAddress extends DirectAddress {
  locale: Locale | null;
}

/** Each configured leader who has spoken to the bot: their chat on `preferred` if they have one, else their first. */
export async function leaderAddresses(
  leaders: LeaderPolicy,
  people: Pick<PeopleDirectory, "findByEmail" | "directTargets">,
  preferred?: Platform,
): Promise<LeaderAddress[]> {
  const addresses: LeaderAddress[] = [];
  for (const email of leaders.list) {
    const leader = await people.findByEmail(email);
    if (!leader) continue;
    const targets = await people.directTargets(leader.id);
    const chosen = targets.find((target) => target.platform === preferred) ?? targets[0];
    if (chosen) addresses.push({ platform: chosen.platform, target: chosen.target, locale: leader.locale });
  }
  return addresses;
}
