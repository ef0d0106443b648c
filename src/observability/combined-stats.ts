/** The database figures of several regions as one: `/metrics` shows the whole deployment. */
import type { OperationalStats, OutboxBacklog } from "./operational-stats.js";

/** `regions` is read on every scrape: a region served since start counts from then on. */
export function combinedStats(regions: () => readonly OperationalStats[]): OperationalStats {
  return {
    async outboxBacklog() {
      const byPlatform = new Map<OutboxBacklog["platform"], OutboxBacklog>();
      for (const rows of await Promise.all(regions().map((one) => one.outboxBacklog()))) {
        for (const row of rows) {
          const known = byPlatform.get(row.platform);
          byPlatform.set(
            row.platform,
            known ? { platform: row.platform, depth: known.depth + row.depth, oldestQueuedAt: older(known.oldestQueuedAt, row.oldestQueuedAt) } : row,
          );
        }
      }
      return [...byPlatform.values()];
    },
    async openRounds() {
      return (await Promise.all(regions().map((one) => one.openRounds()))).reduce((sum, count) => sum + count, 0);
    },
  };
}

function older(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
