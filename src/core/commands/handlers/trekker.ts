import { looksLikeActionCode, normaliseActionCode } from "../../domain/action-code.js";
import type { PersonInfo } from "../../domain/agenda.js";
import { personName } from "../../messages/action-views.js";
import { notice } from "../../messages/model.js";
import type { PeopleDirectory } from "../../ports.js";
import { reply } from "../../reply.js";
import { readActionCode, readPerson } from "../argument-readers.js";
import type { MentionResolver, WordHandler } from "../handler.js";
import { similarCodes } from "../similar-codes.js";
import type { PersonRef } from "../types.js";
import { isSubcommand } from "../vocabulary.js";
import { fail } from "../word-reader.js";

/**
 * `trekker 1.3 @persoon` assigns a lead; `trekker 1.3 1.4 2.1 @anna @bob` assigns several in one go;
 * `trekker 1.3 weg @persoon` removes one. Every code and person is checked before anything is stored.
 */
export const trekker: WordHandler<"trekker"> = {
  requirement: "leader",
  parse(words) {
    const codes: string[] = [];
    while (looksLikeActionCode(trimmed(words.peek()))) codes.push(normaliseActionCode(trimmed(words.next())));
    // No code: the usual "which action?" or "not a code" answer.
    if (codes.length === 0) readActionCode("trekker", words);
    const remove = isSubcommand(words.peek(), "remove");
    if (remove) words.next();
    // A Teams mention's label has spaces (`<@29:anna|Anna de Vries>`): it is one person.
    const given = (words.rest().match(/<@[^>]*>|[^\s,]+/g) ?? []).map(trimmed).filter(Boolean);
    if (given.length === 0) fail({ code: "missing-person", command: "trekker" });
    const people = given.map(readPerson);
    return { name: "trekker", codes: [...new Set(codes)], people, remove };
  },
  async run(command, { actor, locale, t, deps, resolveMention }) {
    for (const code of command.codes) {
      if (!(await deps.reader.hasAction(code)))
        return reply(locale, notice("error", t.errors.unknownAction(code, await similarCodes(code, deps.reader)), t.errors.unknownActionHint));
    }
    const people: PersonInfo[] = [];
    for (const ref of command.people) {
      const person = await resolvePerson(ref, deps.people, resolveMention);
      if (!person) {
        const given = ref.kind === "mention" ? `@${ref.label ?? ref.id}` : ref.email;
        return reply(locale, notice("error", t.errors.mentionUnresolved(given), t.errors.mentionHint));
      }
      if (!people.some((known) => known.id === person.id)) people.push(person);
    }
    const lines: string[] = [];
    let changed = false;
    for (const person of people) {
      const done: string[] = [];
      const not: string[] = [];
      for (const code of command.codes) {
        const ok = command.remove
          ? await deps.writer.removeLead(code, person.id)
          : await deps.writer.addLead(code, person.id, actor.person?.id ?? null);
        (ok ? done : not).push(code);
      }
      const name = personName(person);
      const codes = (list: string[]) => t.people.list(list);
      if (done.length) lines.push(command.remove ? t.done.leadRemoved(codes(done), name) : t.done.leadAdded(codes(done), name));
      if (not.length) lines.push(command.remove ? t.done.leadWasNot(codes(not), name) : t.done.leadAlready(codes(not), name));
      changed ||= done.length > 0;
    }
    return reply(locale, notice(changed ? "success" : "info", lines.join("\n")), changed);
  },
};

/** `1.3,` as typed in a list of codes (`trekker 1.3, 1.4 @anna`). */
const trimmed = (word: string | undefined) => (word ?? "").replace(/^,+|,+$/g, "");

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
