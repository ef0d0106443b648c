/**
 * The CLI's `persoon export` (the whole record as JSON, printed or to `--out`) and `persoon vergeet` (without
 * `bevestig` only what it would do). Whoever runs the CLI holds the database already, as with `mensen export`
 * and `backup`, so it asks for no project leader; in chat the same commands are the project leader's.
 */
import { writeFile } from "node:fs/promises";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { forgetPreviewMessage, forgottenMessage, unknownPersonMessage } from "../core/messages/privacy-views.js";
import { exportToJsonText, type PersonPrivacy } from "../core/privacy/person-privacy.js";
import { renderText } from "../render/text.js";
import type { CliOutcome } from "./people.js";
import type { PersonRequest } from "./person-args.js";

export async function runPersonCommand(privacy: PersonPrivacy, request: PersonRequest, locale: Locale): Promise<CliOutcome> {
  if (request.kind === "person-forget" && request.confirmed) {
    const summary = await privacy.forgetPerson(request.email);
    if (!summary) return { code: 1, err: renderText(unknownPersonMessage(request.email, locale)) };
    return { code: 0, out: renderText(forgottenMessage(request.email, summary, locale)) };
  }
  const data = await privacy.exportPerson(request.email);
  if (!data) return { code: 1, err: renderText(unknownPersonMessage(request.email, locale)) };
  if (request.kind === "person-forget") return { code: 0, out: renderText(forgetPreviewMessage(data, locale)) };
  const text = exportToJsonText(data);
  if (!request.out) return { code: 0, out: text };
  await writeFile(request.out, text, { encoding: "utf8", mode: 0o600 });
  return { code: 0, err: `${texts(locale).privacy.cliWrote(request.out)}\n` };
}
