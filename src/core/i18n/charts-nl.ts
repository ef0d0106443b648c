/** Dutch texts of the charts in chat (the digest's, `lijst`'s and the home's status charts). */
export const chartsNl = {
  /** The title of a status chart. */
  status: "Status van de acties",
  /** The title of the weekly trend. */
  trend: "Status per week",
  /** A week's line in the trend's text alternative. */
  week: (week: string, counts: string) => `${week}: ${counts}`,
  /** The total in a donut's text alternative. */
  total: (count: number) => `totaal ${count}`,
};
