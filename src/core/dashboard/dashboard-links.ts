/**
 * The port behind the `dashboard` command: a sign-in link to the web dashboard for a person. The web adapter
 * (`src/web`) signs it; the core only asks for it and says it.
 */
import type { PersonInfo } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";

/** How long a personal sign-in link is valid, and how long the session it starts lasts. */
export interface DashboardLifetimes {
  linkMinutes: number;
  sessionHours: number;
}

export type DashboardLink =
  /** A personal, signed link that expires; opening it starts a session in that browser. */
  | ({ kind: "personal"; url: string; expiresAt: Date } & DashboardLifetimes)
  /** DASHBOARD_PUBLIC=true: the dashboard is open to everyone, so the link is its plain address. */
  | { kind: "public"; url: string };

export interface DashboardLinks {
  /** True when everyone may open the dashboard without signing in (DASHBOARD_PUBLIC=true). */
  readonly isPublic: boolean;
  /**
   * A link for this person, in their language (the pages open in it). With `next`, a path under the dashboard
   * (`/dashboard/rapport/2026-K4.pdf`), the link opens that after signing in instead of the overview.
   */
  linkFor(person: PersonInfo, locale: Locale, next?: string): Promise<DashboardLink>;
  /** The dashboard's address without a sign-in (for DASHBOARD_PUBLIC, and to say where it is). */
  publicUrl(locale: Locale): string;
}
