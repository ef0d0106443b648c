import type { PersonInfo } from "../../domain/agenda.js";
import { personName } from "../../messages/action-views.js";
import { notice } from "../../messages/model.js";
import type { PeopleDirectory } from "../../ports.js";
import { reply } from "../../reply.js";
import { readActionCode, readPerson } from "../argument-readers.js";
import type { MentionResolver, WordHandler } from "../handler.js";
import type { PersonRef } from "../types.js";
import { isSubcommand } from "../vocabulary.js";
import { fail } from "../word-reader.js";

/** `trekker 1.3 @persoon` assigns a lead; `trekker 1.3 weg @persoon` removes one. */
export const trekker: WordHandler<"trekker"> = {
  requirement: "leader",
  parse(words) {
    const code = readActionCode("trekker", words);
    const remove = isSubcommand(words.peek(), "remove");
    if (remove) words.next();
    const given = words.rest().trim();
    if (!given) fail({ code: "missing-person", command: "trekker" });
    return { name: "trekker", code, person: readPerson(given), remove };
  },
  action: "checked",
  async run(command, { actor, locale, t, deps, resolveMention }) {
    const person = await resolvePerson(command.person, deps.people, resolveMention);
    if (!person) {
      const given = command.person.kind === "mention" ? `@${command.person.label ?? command.person.id}` : command.person.email;
      return reply(locale, notice("error", t.errors.mentionUnresolved(given), t.errors.mentionHint));
    }
    const name = personName(person);
    if (command.remove) {
      const removed = await deps.writer.removeLead(command.code, person.id);
      const text = removed ? t.done.leadRemoved(command.code, name) : t.done.leadWasNot(command.code, name);
      return reply(locale, notice(removed ? "success" : "info", text), removed);
    }
    const added = await deps.writer.addLead(command.code, person.id, actor.person?.id ?? null);
    const text = added ? t.done.leadAdded(command.code, name) : t.done.leadAlready(command.code, name);
    return reply(locale, notice(added ? "success" : "info", text), added);
  },
};

/** An e-mail address is the person (created when new); a mention is looked up on the platform first. */
async function resolvePerson(
  ref: PersonRef,
  people: Pick<PeopleDirectory, "ensurePerson" | "linkIdentity">,
  resolveMention: MentionResolver | undefined,
): Promise<PersonInfo | null> {
  if (ref.kind === "email") return people.ensurePerson(ref.email);
  const found = await resolveMention?.(ref.id);
  if (!found) return null;
  const person = await people.ensurePerson(found.email, found.displayName);
  if (found.identity) await people.linkIdentity(person.id, found.identity);
  return person;
}
