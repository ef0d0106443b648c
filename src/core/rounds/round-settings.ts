/** When a reminder round follows up and closes, and what its default selection takes. */
export interface RoundSettings {
  /** Working days after the start when the unanswered get one reminder. */
  followUpDays: number;
  /** Working days after the follow-up when the round closes and the leader gets the summary. */
  closeDays: number;
  /** The default selection also takes running actions without an update for this many weeks. */
  staleWeeks: number;
}

export const DEFAULT_ROUND_SETTINGS: RoundSettings = { followUpDays: 5, closeDays: 2, staleWeeks: 8 };
