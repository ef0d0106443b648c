/** Which actions a round covers, which lead gets a message where, and which actions have no lead. */
import { emailOfTarget, emailTarget } from "../delivery/email-target.js";
import type { ActionSummary, PersonInfo, Platform } from "../domain/agenda.js";
import type { ActionStatus } from "../domain/status.js";
import type { ActionGoals, GoalStore } from "../goals/goal-store.js";
import { personName } from "../messages/action-views.js";
import type { AgendaReader, Clock } from "../ports.js";
import type { UpdateLinks } from "./mail-reminder.js";
import type { PlannedRecipient, RoundPlan } from "./round-messages.js";
import type { RoundFilter, RoundStore } from "./round-store.js";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Statuses a round asks about unless the leader filters on status: finished and dropped actions need no chasing. */
const OPEN_STATUSES: ActionStatus[] = ["nader_uit_te_werken", "loopt", "gepauzeerd"];

export interface RoundPlanDeps {
  reader: Pick<AgendaReader, "listActions">;
  rounds: Pick<RoundStore, "leadsOf" | "directTargets">;
  clock: Clock;
  /** Platforms that find a person by e-mail address when sending (Slack), so leads who never spoke to the bot are reached. */
  reachableByEmail?: Platform[];
  /** E-mail is on (SMTP_URL): a lead without a Slack or Teams account gets the round's message by e-mail. */
  mail?: boolean;
  /** Signs the update page's link in a lead's e-mail. */
  updateLinks?: UpdateLinks;
  /** The actions' goals, so a lead's message says how to report their values. */
  goals?: Pick<GoalStore, "goalsOfMany">;
}

/** The actions a round with this filter covers, who gets a message, and which actions have no lead. */
export async function planRound(
  options: RoundPlanDeps,
  filter: RoundFilter,
  preferred?: Platform,
): Promise<RoundPlan & { targets: Map<number, { platform: Platform; target: string }>; goals: Map<string, ActionGoals> }> {
  const { reader, clock } = options;
  const now = clock.now();
  let actions = await reader.listActions(filter.query);
  if (filter.staleWeeks !== undefined) {
    const staleBefore = now.getTime() - filter.staleWeeks * WEEK_MS;
    actions = actions.filter(
      (action) => action.status === "nader_uit_te_werken" || (OPEN_STATUSES.includes(action.status) && action.lastUpdateAt.getTime() < staleBefore),
    );
  } else if (!filter.query.statuses?.length) {
    actions = actions.filter((action) => OPEN_STATUSES.includes(action.status));
  }
  const codes = actions.map((action) => action.code);
  const [leads, goals] = await Promise.all([options.rounds.leadsOf(codes), options.goals?.goalsOfMany(codes) ?? new Map<string, ActionGoals>()]);
  const byPerson = new Map<number, { person: PersonInfo; codes: string[] }>();
  const withoutLead: ActionSummary[] = [];
  for (const action of actions) {
    const people = leads.get(action.code) ?? [];
    if (people.length === 0) withoutLead.push(action);
    for (const person of people) {
      const entry = byPerson.get(person.id) ?? { person, codes: [] };
      entry.codes.push(action.code);
      byPerson.set(person.id, entry);
    }
  }
  const targets = new Map<number, { platform: Platform; target: string }>();
  const recipients: PlannedRecipient[] = [];
  const reachable = await options.rounds.directTargets([...byPerson.keys()]);
  for (const { person, codes } of byPerson.values()) {
    const direct = reachable.get(person.id) ?? [];
    const byEmail = options.reachableByEmail ?? [];
    const viaEmail = byEmail.includes(preferred as Platform) ? preferred : byEmail[0];
    // With e-mail on, a lead without a chat account gets e-mail rather than a Slack look-up; with Teams through
    // Graph as well, Teams is tried first and a lead Graph refuses gets the message by e-mail (mail-fallback.ts).
    const chosen =
      direct.find((candidate) => candidate.platform === preferred) ??
      direct[0] ??
      (options.mail && byEmail.includes("teams") ? { platform: "teams" as const, target: emailTarget(person.email) } : undefined) ??
      (options.mail ? { platform: "mail" as const, target: person.email } : undefined) ??
      (viaEmail ? { platform: viaEmail, target: emailTarget(person.email) } : undefined);
    if (chosen) targets.set(person.id, chosen);
    const lookup = chosen !== undefined && emailOfTarget(chosen.target) !== null;
    recipients.push({
      person,
      codes,
      reachable: chosen !== undefined,
      ...(chosen ? { via: chosen.platform } : {}),
      ...(lookup ? { lookup } : {}),
      ...(lookup && options.mail ? { mailFallback: true } : {}),
    });
  }
  recipients.sort((a, b) => personName(a.person).localeCompare(personName(b.person)));
  return { actions, recipients, withoutLead, targets, goals, ...(filter.kind ? { kind: filter.kind } : {}) };
}
