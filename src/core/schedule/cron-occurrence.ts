/** Occurrences of cron schedules in Europe/Amsterdam (daylight saving included). */
import { CronExpressionParser } from "cron-parser";

export const SCHEDULE_TIME_ZONE = "Europe/Amsterdam";

/** The last occurrence at or before `now`. */
export function previousOccurrence(schedule: string, now: Date): Date {
  const expression = CronExpressionParser.parse(schedule, { currentDate: new Date(now.getTime() + 1), tz: SCHEDULE_TIME_ZONE });
  return expression.prev().toDate();
}

/** Whether a schedule is a valid cron expression; the message says what is wrong. */
export function scheduleProblem(schedule: string): string | null {
  try {
    CronExpressionParser.parse(schedule, { tz: SCHEDULE_TIME_ZONE });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The first occurrence after `after`. */
export function nextOccurrence(schedule: string, after: Date): Date {
  return CronExpressionParser.parse(schedule, { currentDate: after, tz: SCHEDULE_TIME_ZONE }).next().toDate();
}
