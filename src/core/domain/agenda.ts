/** Read models of the agenda, as the core sees them (no persistence types). */
import type { Escalation } from "./escalation.js";
import type { FundingState } from "./funding.js";
import type { Locale } from "./locale.js";
import type { ActionStatus } from "./status.js";

export type ChangeChannel = "slack" | "teams" | "cli" | "import" | "system" | "mail" | "web";
/** Where a message goes: a chat platform, or `mail` (the outbox's e-mail target; nobody has a mail identity). */
export type Platform = "slack" | "teams" | "mail";

export interface AgendaInfo {
  slug: string;
  name: string;
  period: string | null;
}

export interface PillarInfo {
  code: string;
  name: string;
}

export interface ThemeInfo {
  number: number;
  title: string;
  targetGroup: string;
  pillarCode: string;
}

export interface PersonInfo {
  id: number;
  email: string;
  displayName: string | null;
  /** The language the bot writes to them in (chosen, from the people file, or first seen on a platform); null: not known. */
  locale: Locale | null;
}

export interface ActionSummary {
  code: string;
  title: string;
  status: ActionStatus;
  themeNumber: number;
  pillarCode: string;
  scope: string;
  trekkers: string[];
  /** The agenda file's free text on funding, as the source document words it. */
  financiering: string;
  funding: FundingState;
  lastUpdateAt: Date;
  /** True while nobody has updated the action since it was imported: the import is not an update. */
  importedOnly?: boolean;
}

export interface HistoryEntry {
  at: Date;
  from: ActionStatus | null;
  to: ActionStatus;
  note: string | null;
  by: PersonInfo | null;
  channel: ChangeChannel;
}

export interface NoteEntry {
  at: Date;
  text: string;
  by: PersonInfo | null;
  channel: ChangeChannel;
}

/** An action with the names of its theme and pillar, as one action's page or view heads it. */
export interface ActionHeading extends ActionSummary {
  themeTitle: string;
  pillarName: string;
  targetGroup: string;
}

export interface ActionDetail extends ActionHeading {
  leads: PersonInfo[];
  history: HistoryEntry[];
  notes: NoteEntry[];
  /** Open escalations, oldest first, then the latest answered or closed ones. */
  escalations: Escalation[];
}

export interface OverlegInfo {
  code: string;
  name: string;
  level: string;
  reach: string;
  themesText: string;
  pillars: string[];
  pillarsPossible: string[];
  /** The themes its digest covers (the agenda file's `dekking`); absent or empty: those of the pillars it is marked for. */
  themeNumbers?: number[];
  /** The areas of the region within its reach; absent or empty: the whole region. */
  areas?: string[];
}

export interface SearchHit {
  action: ActionSummary;
  /** Where the text was found. */
  field: "code" | "title" | "trekker" | "financiering" | "note";
  /** The matching note, when the hit is in a note. */
  excerpt?: string;
}

/** `nader te bepalen` and its local variant mark an open decision on leads or funding. */
export function isOpenDecision(value: string): boolean {
  return /nader\s+te\s+bepalen/i.test(value);
}

/** A status change or note on an action, for digests. */
export interface ActionActivity {
  code: string;
  title: string;
  at: Date;
  by: PersonInfo | null;
  kind: "status" | "note";
  from?: ActionStatus | null;
  to?: ActionStatus;
  text: string | null;
}
