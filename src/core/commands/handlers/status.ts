import { readStatusPrefix, statusLabel } from "../../domain/status.js";
import { MAX_NOTE_LENGTH } from "../../domain/text-limits.js";
import { notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { readActionCode, suggestStatus } from "../argument-readers.js";
import { optionalNoteSchema } from "../arguments.js";
import type { WordHandler } from "../handler.js";
import { fail } from "../word-reader.js";

/** `status 1.3 loopt <toelichting>`; without a status (or an action), the form (`status-form`). */
export const status: WordHandler<"status"> = {
  requirement: "lead-or-leader",
  parse(words) {
    if (!words.peek()) return { name: "status-form" };
    const code = readActionCode("status", words);
    const at = words.position();
    const remaining = words.remainingWords();
    if (remaining.length === 0) return { name: "status-form", code };
    const found = readStatusPrefix(remaining);
    if (!found) fail({ code: "unknown-status", given: remaining[0] ?? "", ...suggestStatus(remaining, at) });
    words.skip(found.used);
    const note = optionalNoteSchema.safeParse(words.rest());
    if (!note.success) fail({ code: "text-too-long", command: "status", length: words.rest().trim().length, max: MAX_NOTE_LENGTH });
    return note.data === undefined ? { name: "status", code, status: found.status } : { name: "status", code, status: found.status, note: note.data };
  },
  action: "checked",
  async run(command, { actor, locale, t, deps }) {
    const result = await deps.writer.changeStatus({
      code: command.code,
      to: command.status,
      ...(command.note ? { note: command.note } : {}),
      personId: actor.person?.id ?? null,
      channel: actor.channel,
    });
    const unchanged = result.from === result.to;
    const text = unchanged
      ? t.done.statusConfirmed(command.code, statusLabel(result.to, locale))
      : t.done.statusChanged(command.code, statusLabel(result.from, locale), statusLabel(result.to, locale));
    // Any update or confirmation of an action in the open reminder round answers it.
    const answered = await deps.rounds?.recordAnswer(command.code, actor.person, unchanged ? "unchanged" : "updated", locale);
    return reply(locale, notice("success", text, ...(command.note ? [command.note] : []), ...(answered ? [answered] : [])), true);
  },
};
