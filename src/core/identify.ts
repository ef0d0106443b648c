/** Turns what a platform knows about a user into an Actor: the person in the agenda and whether they lead. */
import type { Actor, Conversation, LeaderPolicy } from "./actor.js";
import type { ChangeChannel, PersonInfo } from "./domain/agenda.js";
import type { Locale } from "./domain/locale.js";
import type { PeopleDirectory, PlatformIdentityRef } from "./ports.js";

export interface UserFacts {
  email: string | null;
  displayName?: string;
  identity?: PlatformIdentityRef;
  locale?: Locale;
  channel: ChangeChannel;
  conversation?: Conversation;
}

export async function identify(people: PeopleDirectory, leaders: LeaderPolicy, facts: UserFacts): Promise<Actor> {
  let email = facts.email?.trim().toLowerCase() || null;
  let person: PersonInfo | null = null;
  let linked = false;
  if (facts.identity) {
    const found = await people.findByIdentityOrEmail(facts.identity, email);
    person = found?.person ?? null;
    linked = found?.linked ?? false;
    // The language the platform reports, kept for what the bot sends unasked (deadline reminders); written only when it changed.
    if (person && facts.locale && found?.locale !== facts.locale) await people.rememberLocale(person.id, facts.locale);
  } else if (email) {
    person = await people.findByEmail(email);
  }
  // The platform could not say (an outage, a profile without e-mail): the person linked to the chat account is
  // who this is, and their stored e-mail decides whether they lead.
  if (!email && linked && person) email = person.email;
  const isLeader = leaders.isLeader(email);
  if (!person && email && isLeader) person = await people.ensurePerson(email, facts.displayName);
  // Remember the chat account, so the next message finds the person without the e-mail.
  if (person && facts.identity && !linked) await people.linkIdentity(person.id, facts.identity);
  const actor: Actor = { person, email, isLeader, channel: facts.channel };
  if (facts.locale) actor.locale = facts.locale;
  if (facts.conversation) actor.conversation = facts.conversation;
  return actor;
}
