/**
 * The read model of the web dashboard (and, later, the quarterly report): what the agenda looks like per theme,
 * how the statuses moved per week, one action in full, every escalation and every reminder round. A port of its
 * own beside `AgendaReader`, so the chat's hot reads stay as they are.
 */
import type {
  ActionHeading,
  AgendaInfo,
  ChangeChannel,
  HistoryEntry,
  NoteEntry,
  OverlegInfo,
  PersonInfo,
  PillarInfo,
  ThemeInfo,
} from "../domain/agenda.js";
import type { ActionStatus } from "../domain/status.js";
import type { RoundAnswer } from "../rounds/round-store.js";

/** The active actions of one theme, counted per status, and its open escalations. */
export interface ThemeStatusCounts {
  themeNumber: number;
  counts: Partial<Record<ActionStatus, number>>;
  total: number;
  openEscalations: number;
}

/**
 * How the statuses moved in one week (Monday, Europe/Amsterdam, as `YYYY-MM-DD`): per status the actions that
 * came into it minus those that left it. Summed from the first week on, they give the counts at each week's end.
 */
export interface WeeklyStatusDelta {
  week: string;
  status: ActionStatus;
  delta: number;
}

export interface EscalationRecord {
  id: number;
  at: Date;
  question: string;
  /** The overleg it was put to; null: every overleg of the theme. */
  overlegCode: string | null;
  by: PersonInfo | null;
  channel: ChangeChannel;
  code: string;
  title: string;
  themeNumber: number;
  resolvedAt: Date | null;
  resolvedBy: PersonInfo | null;
  /** The answer given when it was closed. */
  resolution: string | null;
}

/** How the action was answered in a reminder round. */
export interface ActionRoundRecord {
  roundId: number;
  roundStartedAt: Date;
  answer: RoundAnswer | null;
  answeredAt: Date | null;
  answeredBy: PersonInfo | null;
}

/** One action with everything known about it: every field, all of its history, notes, escalations and rounds. */
export interface ActionRecord extends ActionHeading {
  createdAt: Date;
  leads: (PersonInfo & { since: Date })[];
  /** Oldest first. */
  history: HistoryEntry[];
  notes: NoteEntry[];
  escalations: EscalationRecord[];
  rounds: ActionRoundRecord[];
}

/** A reminder round with its response: the same count as `ronde` and the digest say. */
export interface RoundRecord {
  id: number;
  status: "open" | "closed";
  automatic: boolean;
  startedAt: Date;
  startedBy: PersonInfo | null;
  /** The filter in the leader's words, when one was given. */
  filterDescription: string | null;
  followUpAt: Date | null;
  followedUpAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  actions: number;
  answers: Record<RoundAnswer | "none", number>;
  /** Leads who answered every action of their message, of the round's leads. */
  leads: { answered: number; total: number };
}

export interface EscalationQuery {
  themes?: number[];
  /** Put to this overleg, or to nobody in particular on actions of `themes`. */
  overlegCode?: string;
  openOnly?: boolean;
  /** At most this many, the newest (default 1,000). */
  limit?: number;
}

/** The agenda's frame, as every page needs it: its name, pillars, themes and overleggen. */
export interface AgendaStructure {
  agenda: AgendaInfo;
  pillars: PillarInfo[];
  themes: ThemeInfo[];
  overleggen: OverlegInfo[];
}

export interface DashboardReader {
  /** The agenda's name, pillars (in order), themes (by number) and overleggen (in order), in one read. */
  structure(): Promise<AgendaStructure>;
  /** Every theme that has active actions, in theme order. */
  themeStatusCounts(): Promise<ThemeStatusCounts[]>;
  /** The weekly status movements of the active actions (of these themes), oldest week first. */
  weeklyStatusDeltas(themes?: number[]): Promise<WeeklyStatusDelta[]>;
  /** One active action in full; null when unknown or retired. */
  actionRecord(code: string): Promise<ActionRecord | null>;
  /** Escalations on active actions, newest first. */
  escalations(query: EscalationQuery): Promise<EscalationRecord[]>;
  /** The reminder rounds of the agenda, newest first: all, or the newest `limit`. */
  rounds(limit?: number): Promise<RoundRecord[]>;
  person(id: number): Promise<PersonInfo | null>;
}
