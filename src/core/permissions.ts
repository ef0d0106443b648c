/**
 * Everyone reads; leads of an action and project leaders change it; only leaders assign and link. An escalation is
 * answered or closed by a leader, or by anyone in a channel linked to its overleg (`overleg-member`).
 */
import type { Actor } from "./actor.js";
import type { PeopleDirectory } from "./ports.js";

export type Requirement = "read" | "lead-or-leader" | "leader" | "overleg-member";

export type Refusal = "unknown-user" | "not-a-lead" | "leader-only" | "not-overleg-member";

/** Whether the actor may use a command of this requirement at all (for `help`: on some action, or without one). */
export function mayUse(actor: Actor, requirement: Requirement): boolean {
  if (requirement === "leader") return actor.isLeader;
  if (requirement === "lead-or-leader") return actor.isLeader || actor.person !== null;
  if (requirement === "overleg-member") return actor.isLeader || actor.conversation?.isChannel === true;
  return true;
}

/** Returns why the actor may not do this, or null when allowed. */
export async function refusalFor(
  actor: Actor,
  requirement: Requirement,
  actionCode: string | undefined,
  people: Pick<PeopleDirectory, "isLeadOf">,
): Promise<Refusal | null> {
  if (requirement === "read" || actor.isLeader) return null;
  if (requirement === "leader") return "leader-only";
  // Outside a channel nobody but a leader is an overleg's member; in one, the handler checks the overleg it is linked to.
  if (requirement === "overleg-member") return actor.conversation?.isChannel ? null : "not-overleg-member";
  if (!actor.person) return "unknown-user";
  // Without an action (the status form), the form itself offers only the person's own actions.
  if (actionCode === undefined) return null;
  return (await people.isLeadOf(actor.person.id, actionCode)) ? null : "not-a-lead";
}

export async function mayChange(actor: Actor, actionCode: string, people: Pick<PeopleDirectory, "isLeadOf">): Promise<boolean> {
  return (await refusalFor(actor, "lead-or-leader", actionCode, people)) === null;
}
