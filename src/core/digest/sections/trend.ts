/**
 * The digest's weekly trend: the status counts at the end of each of the last weeks, within the overleg's themes
 * and reach, as lines (a `Chart.Line` in Teams, an image in Slack, the text lines elsewhere).
 */
import type { WeekCounts } from "../../dashboard/weekly-counts.js";
import type { Locale } from "../../domain/locale.js";
import { texts } from "../../i18n/index.js";
import { statusTrendChart } from "../../messages/charts.js";
import type { Block } from "../../messages/model.js";

/** The digest shows this many weeks, the current one last. */
export const DIGEST_TREND_WEEKS = 8;

/** Nothing until there are two weeks to compare. */
export function trendSection(weeks: readonly WeekCounts[] | undefined, locale: Locale): Block[] {
  if (!weeks || weeks.length < 2) return [];
  const t = texts(locale);
  // Noon on the Monday keeps the date the same in Amsterdam as in UTC.
  const trend = weeks.map((week) => ({ label: t.time.date(new Date(`${week.week}T12:00:00Z`)), counts: week.counts }));
  return [{ type: "chart", chart: statusTrendChart(trend, locale) }];
}
