import { leadersMessage } from "../../messages/leader-views.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { WordHandler } from "../handler.js";
import { readLeaderEmail } from "../leader-types.js";
import { isSubcommand } from "../vocabulary.js";
import { fail } from "../word-reader.js";

/**
 * The project leaders of this region, for its leaders: `leiders` lists them, `leider toevoegen <e-mail>` adds one,
 * `leider weg <e-mail>` removes one (never the last, nor an address of LEADER_EMAILS). Stored before it is said.
 */
export const leider: WordHandler<"leider"> = {
  requirement: "leader",
  parse(words) {
    const word = words.next();
    if (word === undefined) return { name: "leider", action: "list" };
    const action = isSubcommand(word, "add") ? "add" : isSubcommand(word, "remove") ? "remove" : undefined;
    if (!action) fail({ code: "leader-usage", given: word });
    const given = words.next();
    if (given === undefined) fail({ code: "missing-leader-email", action });
    const rest = words.next();
    if (rest !== undefined) fail({ code: "invalid-leader-email", given: `${given} ${rest}`, problem: "spaces" });
    const email = readLeaderEmail(given);
    if (!email.ok) fail({ code: "invalid-leader-email", given, problem: email.problem });
    return { name: "leider", action, email: email.email };
  },
  async run(command, { actor, locale, t, deps }) {
    const leaders = deps.leaders;
    if (!leaders) return reply(locale, notice("error", t.leaders.unavailable));
    if (command.action === "list") {
      await leaders.refresh();
      return reply(locale, leadersMessage(leaders, locale));
    }
    const { email } = command;
    if (command.action === "add") {
      const outcome = await leaders.add(email, actor.person?.id ?? null);
      // Known to the agenda from now on, as a leader is once they speak to the bot (and so in `persoon export`).
      await deps.people.ensurePerson(email);
      if (outcome === "already") return reply(locale, notice("info", t.leaders.already(email)));
      return reply(locale, notice("success", t.leaders.added(email), t.leaders.addedHint), true);
    }
    const outcome = await leaders.remove(email);
    if (outcome === "removed") return reply(locale, notice("success", t.leaders.removed(email)), true);
    if (outcome === "configured") return reply(locale, notice("error", t.leaders.configured(email), t.leaders.configuredHint));
    if (outcome === "last-leader") return reply(locale, notice("error", t.leaders.lastLeader(email), t.leaders.lastLeaderHint));
    return reply(locale, notice("error", t.leaders.notALeader(email), t.leaders.notALeaderHint));
  },
};
