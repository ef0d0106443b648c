import { texts } from "../../i18n/index.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";
import { languageOfWord } from "../vocabulary.js";
import { fail } from "../word-reader.js";

/** `taal en` / `taal nl`: the language the bot writes to this person in, also in what it sends on its own. */
export const taal: WordHandler<"taal"> = {
  requirement: "read",
  parse(words) {
    const given = words.remainingWords().join(" ");
    if (!given) return { name: "taal" };
    const locale = languageOfWord(given);
    if (!locale) fail({ code: "unknown-language", given });
    return { name: "taal", locale };
  },
  async run(command, { actor, locale, t, deps }) {
    if (!command.locale) return reply(locale, notice("info", t.people.languageIs(actor.person?.locale != null)));
    if (!actor.person) return reply(locale, notice("info", t.people.languageNeedsPerson));
    await deps.people.setLocale(actor.person.id, command.locale);
    // Said in the language just chosen.
    return reply(command.locale, notice("success", texts(command.locale).people.languageSet), true);
  },
};
