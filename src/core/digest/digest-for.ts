import type { Locale } from "../domain/locale.js";
import type { Message } from "../messages/model.js";
import type { AgendaReader } from "../ports.js";
import type { ReminderRounds } from "../rounds/reminder-rounds.js";
import { buildDigest, overlegThemes } from "./digest.js";

/** A digest covers a week. */
export const DIGEST_PERIOD_MS = 7 * 24 * 60 * 60 * 1000;

export interface DigestSources {
  reader: Pick<AgendaReader, "overleggen" | "themes" | "listActions" | "activitySince" | "openEscalations">;
  rounds?: Pick<ReminderRounds, "responseRate">;
}

/** The digest of an overleg for the period (since, now]; null when the overleg is unknown or covers no themes. */
export async function digestFor(sources: DigestSources, overlegCode: string, since: Date, now: Date, locale: Locale): Promise<Message | null> {
  const { reader } = sources;
  const overleg = (await reader.overleggen()).find((o) => o.code === overlegCode);
  if (!overleg) return null;
  const themes = overlegThemes(overleg, await reader.themes());
  if (themes.length === 0) return null;
  const numbers = themes.map((theme) => theme.number);
  // Only the actions within the overleg's reach: one for Zuid-Kennemerland does not hear of IJmond-only actions.
  const actions = await reader.listActions({ themes: numbers, ...(overleg.areas?.length ? { areas: overleg.areas } : {}) });
  const inReach = new Set(actions.map((action) => action.code));
  const [activity, escalations, round] = await Promise.all([
    reader.activitySince(numbers, since),
    reader.openEscalations(overleg.code, numbers),
    sources.rounds?.responseRate(numbers, [...inReach]),
  ]);
  return buildDigest(
    {
      overleg,
      themes,
      actions,
      activity: activity.filter((entry) => inReach.has(entry.code)),
      // One put to this overleg by name is its own, wherever its action runs.
      escalations: escalations.filter((escalation) => escalation.overlegCode === overleg.code || inReach.has(escalation.code)),
      since,
      now,
      ...(round ? { round } : {}),
    },
    locale,
  );
}

/** The week up to `now`, as the digest preview and `digest nu` cover it. */
export function lastWeek(now: Date): { since: Date; now: Date } {
  return { since: new Date(now.getTime() - DIGEST_PERIOD_MS), now };
}
