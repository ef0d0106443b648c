/** The start of a reminder-round benchmark: every open action given a lead, and the project leader starting the round. */
import type { App } from "../../src/app.js";
import type { Actor } from "../../src/core/actor.js";

type Person = { id: number } | null | undefined;

/** Gives each action of `codes` a lead, going round `people` (so leads have one or two actions each). */
export async function assignLeads(writer: App["ports"]["writer"], codes: readonly string[], people: readonly Person[]): Promise<void> {
  for (const [index, code] of codes.entries()) {
    const person = people[index % people.length];
    if (person) await writer.addLead(code, person.id, null);
  }
}

/** The project leader `email` (created if need be) types `herinner start`; the reply, and how long preparing the round took. */
export async function startRound(app: Pick<App, "core" | "people">, email: string) {
  const leader = await app.people.ensurePerson(email, "Projectleider");
  const actor: Actor = { person: leader, email, isLeader: true, channel: "cli" };
  const preparing = performance.now();
  const started = await app.core.run("herinner start", actor);
  return { actor, started, prepareMs: performance.now() - preparing };
}
