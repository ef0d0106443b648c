import { amsterdamDate } from "../calendar/dutch-holidays.js";
import type { CommandDeps } from "../commands/handler.js";
import { weeklyCounts } from "../dashboard/weekly-counts.js";
import type { Escalation } from "../domain/escalation.js";
import type { Locale } from "../domain/locale.js";
import type { DigestChannel, EscalationStore } from "../escalations/escalation-store.js";
import type { GoalStore } from "../goals/goal-store.js";
import type { Message } from "../messages/model.js";
import type { AgendaReader } from "../ports.js";
import type { ReminderRounds } from "../rounds/reminder-rounds.js";
import { buildDigest, overlegThemes } from "./digest.js";
import { DIGEST_TREND_WEEKS } from "./sections/trend.js";

/** A digest covers a week. */
export const DIGEST_PERIOD_MS = 7 * 24 * 60 * 60 * 1000;

export interface DigestSources {
  reader: Pick<AgendaReader, "overleggen" | "themes" | "listActions" | "activitySince" | "weeklyStatusDeltas">;
  rounds?: Pick<ReminderRounds, "responseRate">;
  escalations: Pick<EscalationStore, "open" | "resolvedBetween" | "shownUntil" | "markShown">;
  goals?: Pick<GoalStore, "overdue">;
}

export interface DigestOptions {
  /** Escalations answered or closed after this are listed (once); default: `since`. */
  resolvedSince?: Date;
}

/** The digest of an overleg for the period (since, now]; null when the overleg is unknown or covers no themes. */
export async function digestFor(
  sources: DigestSources,
  overlegCode: string,
  since: Date,
  now: Date,
  locale: Locale,
  options: DigestOptions = {},
): Promise<Message | null> {
  const { reader } = sources;
  const overleg = (await reader.overleggen()).find((o) => o.code === overlegCode);
  if (!overleg) return null;
  const themes = overlegThemes(overleg, await reader.themes());
  if (themes.length === 0) return null;
  const numbers = themes.map((theme) => theme.number);
  const scope = { overlegCode: overleg.code, themes: numbers };
  // Only the actions within the overleg's reach: one for Zuid-Kennemerland does not hear of IJmond-only actions.
  const actions = await reader.listActions({ themes: numbers, ...(overleg.areas?.length ? { areas: overleg.areas } : {}) });
  const inReach = new Set(actions.map((action) => action.code));
  const [activity, open, resolved, round, overdue, deltas] = await Promise.all([
    reader.activitySince(numbers, since),
    sources.escalations.open(scope),
    sources.escalations.resolvedBetween(scope, options.resolvedSince ?? since, now),
    sources.rounds?.responseRate(numbers, [...inReach]),
    sources.goals?.overdue(amsterdamDate(now), numbers),
    reader.weeklyStatusDeltas(numbers, overleg.areas?.length ? overleg.areas : undefined),
  ]);
  // One put to this overleg by name is its own, wherever its action runs.
  const ours = (escalation: Escalation) => escalation.overlegCode === overleg.code || inReach.has(escalation.code);
  return buildDigest(
    {
      overleg,
      themes,
      actions,
      activity: activity.filter((entry) => inReach.has(entry.code)),
      escalations: { open: open.filter(ours), resolved: resolved.filter(ours) },
      trend: weeklyCounts(deltas, now, DIGEST_TREND_WEEKS),
      since,
      now,
      ...(round ? { round } : {}),
      ...(overdue ? { overdue: overdue.filter((item) => inReach.has(item.code)) } : {}),
    },
    locale,
  );
}

/** What a digest is built from, out of the commands' ports. */
export function digestSources(deps: Pick<CommandDeps, "reader" | "rounds" | "escalations" | "goals">): DigestSources {
  return { reader: deps.reader, escalations: deps.escalations, goals: deps.goals, ...(deps.rounds ? { rounds: deps.rounds } : {}) };
}

/** Since when a channel's next digest lists resolved escalations: after those its digests showed, else since `since`. */
export async function resolvedSinceFor(sources: Pick<DigestSources, "escalations">, channel: DigestChannel, since: Date): Promise<Date> {
  return (await sources.escalations.shownUntil(channel)) ?? since;
}

/** The week up to `now`, as the digest preview and `digest nu` cover it. */
export function lastWeek(now: Date): { since: Date; now: Date } {
  return { since: new Date(now.getTime() - DIGEST_PERIOD_MS), now };
}
