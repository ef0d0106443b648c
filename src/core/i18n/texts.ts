/**
 * The type of every user-facing string of the core: the Dutch catalog is the source, and the English one
 * `satisfies` it, so the compiler demands the same keys and signatures in both.
 */
import type { dashboardNl } from "./dashboard-nl.js";
import type { nl } from "./nl.js";
import type { roundsNl } from "./rounds-nl.js";

export interface CommandHelp {
  usage: string;
  description: string;
}

export type Texts = typeof nl;

/** Reminder rounds: the leader's preview and status, the leads' messages, the summary. */
export type RoundTexts = typeof roundsNl;

/** The `dashboard` command: the sign-in link, or why there is none. */
export type DashboardTexts = typeof dashboardNl;
