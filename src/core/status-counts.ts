import type { Locale } from "./domain/locale.js";
import { ACTION_STATUSES, type ActionStatus, statusLabel } from "./domain/status.js";
import type { StatusCount } from "./messages/model.js";

/** Status counts in life-cycle order, leaving out statuses nobody has. */
export function statusCounts(counts: Partial<Record<ActionStatus, number>>, locale: Locale): StatusCount[] {
  return ACTION_STATUSES.filter((status) => (counts[status] ?? 0) > 0).map((status) => ({
    status,
    label: statusLabel(status, locale),
    count: counts[status] ?? 0,
  }));
}
