/**
 * Privacy (AVG/GDPR): everything stored about one person, as data (`persoon export`), and forgetting them
 * (`persoon vergeet`): their accounts and contact data go, their name and address are pseudonymised in the
 * history's free text, and the history's facts (rows, counts, statuses, times) stay.
 */

/** When and through which channel a row was written (ISO timestamps). */
interface Stamped {
  channel: string;
  at: string;
}

/** Everything the database holds about a person, in sections; times as ISO strings, amounts in cents. */
export interface PersonExport {
  exportedAt: string;
  person: { id: number; email: string; displayName: string | null; organisation: string | null; locale: string | null; createdAt: string };
  /** Chat accounts: Slack users and Teams users, per workspace or tenant. */
  identities: { platform: string; tenantId: string; externalId: string; createdAt: string }[];
  /** Conversations the bot remembers to write to them in (a Teams personal chat). */
  conversations: { platform: string; tenantId: string; conversationId: string; kind: string; updatedAt: string }[];
  /** Actions they lead. */
  leads: { action: string; since: string }[];
  /** Regions (agendas) they are a project leader of. */
  leaderOf: { region: string; name: string; since: string }[];
  statusChanges: (Stamped & { action: string; from: string | null; to: string; note: string | null })[];
  notes: (Stamped & { action: string; text: string })[];
  fundingChanges: (Stamped & {
    action: string;
    from: string | null;
    to: string;
    source: string | null;
    amountCents: string | null;
    note: string | null;
  })[];
  measurements: (Stamped & { action: string; goal: number; value: number; note: string | null })[];
  goalsCreated: (Stamped & { action: string; goal: number; description: string })[];
  escalationsRaised: (Stamped & { number: number; action: string; question: string; outcome: string | null; resolvedAt: string | null })[];
  escalationsResolved: { number: number; action: string; outcome: string | null; resolution: string | null; resolvedAt: string | null }[];
  roundAnswers: { round: number; action: string; answer: string | null; at: string | null }[];
  /** Reminder rounds that messaged them. */
  roundMessages: { round: number; actions: string[]; platform: string | null; messagedAt: string | null; nudgedAt: string | null }[];
  /** Messages the bot queued or sent to them (kept for the outbox retention). */
  outboxMessages: { platform: string; target: string; status: string; createdAt: string; sentAt: string | null; payload: unknown }[];
  /** Commands of theirs still in the command journal (kept for the events retention). */
  journal: { platform: string; receivedAt: string; finishedAt: string | null; request: unknown }[];
  /**
   * Free text anywhere (notes by others, an action's trekkers, messages to others, …) that names them by address or
   * name, as table and column with the number of rows: what `persoon vergeet` pseudonymises.
   */
  mentions: { table: string; column: string; rows: number }[];
  /** Done on their behalf as the project leader or by them for others: counts only. */
  other: { leadsAssigned: number; channelsLinked: number; roundsStarted: number };
}

/** The sections of an export that are lists: what the summaries count. */
export const EXPORT_SECTIONS = [
  "identities",
  "conversations",
  "leads",
  "leaderOf",
  "statusChanges",
  "notes",
  "fundingChanges",
  "measurements",
  "goalsCreated",
  "escalationsRaised",
  "escalationsResolved",
  "roundAnswers",
  "roundMessages",
  "outboxMessages",
  "journal",
] as const satisfies readonly (keyof PersonExport)[];
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export function exportCounts(data: PersonExport): Record<ExportSection, number> {
  return Object.fromEntries(EXPORT_SECTIONS.map((section) => [section, data[section].length])) as Record<ExportSection, number>;
}

/** What forgetting did: the pseudonym, and how many rows of each kind were removed or rewritten. */
export interface ForgetSummary {
  personId: number;
  pseudonym: { email: string; displayName: string };
  removed: { identities: number; conversations: number; leads: number; regionLeaders: number; outboxMessages: number; journal: number };
  /** Rows whose free text named them and now names the pseudonym (history rows among them). */
  rewritten: number;
}

/** The pseudonym of person `id`: unique, recognisable, and never a deliverable address (`.invalid`). */
export function pseudonymOf(id: number): { email: string; displayName: string } {
  return { email: `vergeten-${id}@invalid`, displayName: `Vergeten persoon ${id}` };
}

export interface PersonPrivacy {
  /** Everything stored about the person with this address; null when nobody has it. */
  exportPerson(email: string): Promise<PersonExport | null>;
  /** Forgets the person with this address in one transaction (all or nothing); null when nobody has it. */
  forgetPerson(email: string): Promise<ForgetSummary | null>;
}

/** The export as a file: JSON, indented, bigints as strings. */
export function exportToJsonText(data: PersonExport): string {
  return `${JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2)}\n`;
}
