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
  } else if (email) {
    person = await people.findByEmail(email);
  }
  // The platform could not say (an outage, a profile without e-mail): the person linked to the chat account is
  // who this is, and their stored e-mail decides whether they lead.
  if (!email && linked && person) email = person.email;
  // Another instance may have added or removed a leader: the list is re-read at most every half minute.
  await leaders.refreshIfStale();
  const isLeader = leaders.isLeader(email);
  if (!person && email && isLeader) person = await people.ensurePerson(email, facts.displayName);
  // Remember the chat account, so the next message finds the person without the e-mail.
  if (person && facts.identity && !linked) await people.linkIdentity(person.id, facts.identity);
  // The language first seen on a platform is remembered for what the bot sends on its own; a stored one (chosen
  // with `taal`, or from the people file) wins over the platform's.
  // The CLI's language is the terminal's (`--lang`, DEFAULT_LOCALE) for that run: it wins, and is not remembered.
  const terminal = facts.channel === "cli";
  if (!terminal && person && !person.locale && facts.locale) {
    await people.setLocale(person.id, facts.locale, { onlyWhenUnknown: true });
    person = { ...person, locale: facts.locale };
  }
  const actor: Actor = { person, email, isLeader, channel: facts.channel };
  if (facts.displayName) actor.displayName = facts.displayName;
  const locale = terminal ? (facts.locale ?? person?.locale) : (person?.locale ?? facts.locale);
  if (locale) actor.locale = locale;
  if (facts.conversation) actor.conversation = facts.conversation;
  return actor;
}
