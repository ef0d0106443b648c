/** Everyone reads; leads of an action and project leaders change it; only leaders assign and link. */
import type { Actor } from "./actor.js";
import { COMMAND_NAMES, type Command, type CommandName } from "./commands/types.js";
import type { PeopleDirectory } from "./ports.js";

export type Requirement = "read" | "lead-or-leader" | "leader";

export const REQUIREMENTS: Record<CommandName, Requirement> = {
  help: "read",
  mijn: "read",
  toon: "read",
  lijst: "read",
  zoek: "read",
  status: "lead-or-leader",
  notitie: "lead-or-leader",
  escaleer: "lead-or-leader",
  trekker: "leader",
  koppel: "leader",
  digest: "read",
  herinner: "leader",
  ronde: "leader",
};

export function requirementOf(command: Command): Requirement {
  if (command.name === "status-form") return "lead-or-leader";
  // Previewing a digest is for everyone; posting it now is the leader's.
  if (command.name === "digest" && command.now) return "leader";
  // Anyone may see when the digest comes; changing it is the leader's.
  if (command.name === "digest-schedule") return command.schedule ? "leader" : "read";
  return REQUIREMENTS[command.name];
}

/** The commands worth showing this actor in `help`. */
export function commandsFor(actor: Actor): CommandName[] {
  return COMMAND_NAMES.filter((name) => {
    const requirement = REQUIREMENTS[name];
    if (requirement === "leader") return actor.isLeader;
    if (requirement === "lead-or-leader") return actor.isLeader || actor.person !== null;
    return true;
  });
}

export type Refusal = "unknown-user" | "not-a-lead" | "leader-only";

/** Returns why the actor may not do this, or null when allowed. */
export async function refusalFor(
  actor: Actor,
  requirement: Requirement,
  actionCode: string | undefined,
  people: Pick<PeopleDirectory, "isLeadOf">,
): Promise<Refusal | null> {
  if (requirement === "read" || actor.isLeader) return null;
  if (requirement === "leader") return "leader-only";
  if (!actor.person) return "unknown-user";
  // Without an action (the status form), the form itself offers only the person's own actions.
  if (actionCode === undefined) return null;
  return (await people.isLeadOf(actor.person.id, actionCode)) ? null : "not-a-lead";
}

export async function mayChange(actor: Actor, actionCode: string, people: Pick<PeopleDirectory, "isLeadOf">): Promise<boolean> {
  return (await refusalFor(actor, "lead-or-leader", actionCode, people)) === null;
}
