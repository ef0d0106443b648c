/** English texts of the charts in chat. */
import type { ChartTexts } from "./texts.js";

export const chartsEn: ChartTexts = {
  status: "Status of the actions",
  trend: "Status per week",
  week: (week, counts) => `${week}: ${counts}`,
  total: (count) => `total ${count}`,
};
