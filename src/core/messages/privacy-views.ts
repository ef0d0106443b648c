/** The answers of `persoon export` and `persoon vergeet`, for chat and the CLI alike. */
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { EXPORT_SECTIONS, exportCounts, type ForgetSummary, type PersonExport } from "../privacy/person-privacy.js";
import { type Message, notice } from "./model.js";

const who = (data: PersonExport) => (data.person.displayName ? `${data.person.displayName} (${data.person.email})` : data.person.email);

/** One line per section that holds something, in the export's order. */
function countLines(data: PersonExport, locale: Locale): string[] {
  const t = texts(locale).privacy;
  const counts = exportCounts(data);
  const lines = EXPORT_SECTIONS.filter((section) => counts[section] > 0).map((section) => t.line(t.sections[section], counts[section]));
  const named = data.mentions.reduce((sum, mention) => sum + mention.rows, 0);
  if (named > 0) lines.push(t.line(t.mentions, named));
  return lines.length ? lines : [t.nothingElse];
}

/** In chat the counts, and where the full record is to be had (the CLI writes it as a file). */
export function exportSummaryMessage(data: PersonExport, locale: Locale): Message {
  const t = texts(locale).privacy;
  const body = [t.exportPerson(data.person.organisation, data.person.locale), ...countLines(data, locale)].join("\n");
  return notice("info", `${t.exportSummary(who(data))}\n${body}`, t.exportHint(data.person.email));
}

/** What forgetting would do, and the exact command that does it. */
export function forgetPreviewMessage(data: PersonExport, locale: Locale): Message {
  const t = texts(locale).privacy;
  return notice("warning", `${t.forgetPreview(who(data))}\n${countLines(data, locale).join("\n")}`, t.forgetWhat, t.forgetConfirm(data.person.email));
}

export function forgottenMessage(email: string, summary: ForgetSummary, locale: Locale): Message {
  const t = texts(locale).privacy;
  const { identities, conversations, leads, outboxMessages } = summary.removed;
  return notice(
    "success",
    t.forgotten(email, summary.pseudonym.displayName),
    t.forgottenDetail(identities + conversations, leads, outboxMessages, summary.rewritten),
  );
}

export function unknownPersonMessage(email: string, locale: Locale): Message {
  const t = texts(locale).privacy;
  return notice("error", t.unknown(email), t.unknownHint);
}
