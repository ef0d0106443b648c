import { amsterdamDate } from "../calendar/dutch-holidays.js";
import type { Locale } from "../domain/locale.js";
import type { GoalStore } from "../goals/goal-store.js";
import type { Message } from "../messages/model.js";
import type { AgendaReader } from "../ports.js";
import type { ReminderRounds } from "../rounds/reminder-rounds.js";
import { buildDigest, overlegThemes } from "./digest.js";

/** A digest covers a week. */
export const DIGEST_PERIOD_MS = 7 * 24 * 60 * 60 * 1000;

export interface DigestSources {
  reader: Pick<AgendaReader, "overleggen" | "themes" | "listActions" | "activitySince" | "openEscalations">;
  rounds?: Pick<ReminderRounds, "responseRate">;
  goals?: Pick<GoalStore, "overdue">;
}

/** The digest of an overleg for the period (since, now]; null when the overleg is unknown or covers no themes. */
export async function digestFor(sources: DigestSources, overlegCode: string, since: Date, now: Date, locale: Locale): Promise<Message | null> {
  const { reader } = sources;
  const overleg = (await reader.overleggen()).find((o) => o.code === overlegCode);
  if (!overleg) return null;
  const themes = overlegThemes(overleg, await reader.themes());
  if (themes.length === 0) return null;
  const numbers = themes.map((theme) => theme.number);
  const [actions, activity, escalations, round, overdue] = await Promise.all([
    reader.listActions({ themes: numbers }),
    reader.activitySince(numbers, since),
    reader.openEscalations(overleg.code, numbers),
    sources.rounds?.responseRate(numbers),
    sources.goals?.overdue(amsterdamDate(now), numbers),
  ]);
  return buildDigest(
    { overleg, themes, actions, activity, escalations, since, now, ...(round ? { round } : {}), ...(overdue ? { overdue } : {}) },
    locale,
  );
}

/** The week up to `now`, as the digest preview and `digest nu` cover it. */
export function lastWeek(now: Date): { since: Date; now: Date } {
  return { since: new Date(now.getTime() - DIGEST_PERIOD_MS), now };
}
