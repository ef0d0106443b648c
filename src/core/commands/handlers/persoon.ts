import { notice } from "../../messages/model.js";
import { exportSummaryMessage, forgetPreviewMessage, forgottenMessage, unknownPersonMessage } from "../../messages/privacy-views.js";
import { reply } from "../../reply.js";
import { emailSchema } from "../arguments.js";
import type { WordHandler } from "../handler.js";
import { isSubcommand } from "../vocabulary.js";
import { fail } from "../word-reader.js";

/**
 * AVG/GDPR, for the project leader. `persoon export <e-mail>`: what is stored about the person, counted (the full
 * record as JSON comes from the CLI, not into a chat where it could be passed on). `persoon vergeet <e-mail>`:
 * what forgetting would do; with `bevestig` it is done, in one transaction.
 */
export const persoon: WordHandler<"persoon"> = {
  requirement: "leader",
  parse(words) {
    const word = words.next();
    const action = isSubcommand(word, "export") ? "export" : isSubcommand(word, "forget") ? "vergeet" : undefined;
    if (!action) fail(word ? { code: "persoon-usage", given: word } : { code: "persoon-usage" });
    const given = words.next();
    if (!given) fail({ code: "persoon-usage" });
    // Slack may send an address as a link: `<mailto:anna@uwv.nl|anna@uwv.nl>`.
    const email = emailSchema.safeParse(
      given
        .replace(/^<|>$/g, "")
        .replace(/^mailto:/i, "")
        .split("|")
        .pop(),
    );
    if (!email.success) fail({ code: "persoon-usage", given });
    const confirmed = action === "vergeet" && isSubcommand(words.peek(), "confirm");
    if (confirmed) words.next();
    const rest = words.next();
    if (rest !== undefined) fail({ code: "persoon-usage", given: rest });
    return { name: "persoon", action, email: email.data, confirmed };
  },
  async run({ action, email, confirmed }, { locale, t, deps }) {
    const privacy = deps.privacy;
    if (!privacy) return reply(locale, notice("error", t.privacy.unavailable));
    if (action === "vergeet" && confirmed) {
      const summary = await privacy.forgetPerson(email);
      // A forgotten leader leads no more, on this instance at once.
      if (summary) await deps.leaders?.refresh();
      return summary ? reply(locale, forgottenMessage(email, summary, locale), true) : reply(locale, unknownPersonMessage(email, locale));
    }
    const data = await privacy.exportPerson(email);
    if (!data) return reply(locale, unknownPersonMessage(email, locale));
    return reply(locale, action === "export" ? exportSummaryMessage(data, locale) : forgetPreviewMessage(data, locale));
  },
};
