/** What the dashboard's pages read from: the core's ports, its read model, and the digest as the chat builds it. */
import type { AgendaCore } from "../core/agenda-core.js";
import type { DashboardReader } from "../core/dashboard/dashboard-reader.js";
import type { Locale } from "../core/domain/locale.js";
import type { AgendaReader, Clock } from "../core/ports.js";
import type { RegionSummary } from "../core/regions/region-ports.js";
import type { ReportSource } from "../core/report/report-source.js";
import type { DashboardAccess } from "./dashboard-access.js";

export interface DashboardDeps {
  /** The region whose pages these are (a public dashboard of several regions offers a choice by its slug). */
  region: Pick<RegionSummary, "slug" | "name">;
  reader: Pick<AgendaReader, "listActions" | "search">;
  dashboard: DashboardReader;
  digests: Pick<AgendaCore, "digestFor">;
  access: DashboardAccess;
  clock: Clock;
  defaultLocale: Locale;
  /** The quarterly report's reads (`/dashboard/rapport/2026-K4.pdf`); without them there is no download. */
  reports?: ReportSource;
}
