/**
 * The type of every user-facing string of the core: the Dutch catalog is the source, and the English one
 * `satisfies` it, so the compiler demands the same keys and signatures in both.
 */

import type { backupNl } from "./backup-nl.js";
import type { chartsNl } from "./charts-nl.js";
import type { dashboardNl } from "./dashboard-nl.js";
import type { digestNl } from "./digest-nl.js";
import type { escalationsNl } from "./escalations-nl.js";
import type { fundingNl } from "./funding-nl.js";
import type { goalsNl } from "./goals-nl.js";
import type { leadersNl } from "./leaders-nl.js";
import type { mailNl } from "./mail-nl.js";
import type { nl } from "./nl.js";
import type { notInstalledNl } from "./not-installed-nl.js";
import type { peopleNl } from "./people-nl.js";
import type { privacyNl } from "./privacy-nl.js";
import type { regionRoutingNl } from "./region-routing-nl.js";
import type { regionsNl } from "./regions-nl.js";
import type { reportNl } from "./report-nl.js";
import type { roundsNl } from "./rounds-nl.js";
import type { startupNl } from "./startup-nl.js";
import type { teamsReachNl } from "./teams-reach-nl.js";

export interface CommandHelp {
  usage: string;
  description: string;
}

export type Texts = typeof nl;

/** Reminder rounds: the leader's preview and status, the leads' messages, the summary. */
export type RoundTexts = typeof roundsNl;

/** People as data: the people file, `trekkers`, `taal`. */
export type PeopleTexts = typeof peopleNl;

/** Escalations: raising, listing, answering and closing them, their posts, messages and digest section. */
export type EscalationTexts = typeof escalationsNl;

/** `npm run cli -- backup|restore`. */
export type BackupTexts = typeof backupNl;
/** Funding decisions: the command, its view, the digest section, a round about funding, the form's section. */
export type FundingTexts = typeof fundingNl;
/** Goals, measurements and deadlines. */
export type GoalTexts = typeof goalsNl;
export type TeamsReachTexts = typeof teamsReachNl;
/** E-mail to leads outside chat and the update page. */
export type MailTexts = typeof mailNl;
/** The `dashboard` command: the sign-in link, or why there is none. */
export type DashboardTexts = typeof dashboardNl;

/** What the CLI and the service say when they cannot start. */
export type StartupTexts = typeof startupNl;
/** `leider` / `leiders`: the project leaders of a region. */
export type LeaderTexts = typeof leadersNl;
/** `npm run cli -- regio …`: the regions of one deployment. */
export type RegionTexts = typeof regionsNl;
/** `persoon export` and `persoon vergeet` (AVG/GDPR). */
export type PrivacyTexts = typeof privacyNl;
/** Messages that waited in vain for the region's workspace to install the app. */
export type NotInstalledTexts = typeof notInstalledNl;
/** A workspace or tenant of no region served here. */
export type RegionRoutingTexts = typeof regionRoutingNl;
/** The charts in chat. */
export type ChartTexts = typeof chartsNl;

/** The weekly digest and the `digest` command. */
export type DigestTexts = typeof digestNl;
/** The quarterly report and the history export. */
export type ReportTexts = typeof reportNl;
