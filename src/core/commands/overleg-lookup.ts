import type { OverlegInfo } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { notice } from "../messages/model.js";
import type { AgendaReader } from "../ports.js";
import { type Reply, reply } from "../reply.js";

/** An overleg by code or name, in any case. */
export async function findOverleg(given: string, reader: Pick<AgendaReader, "overleggen">): Promise<OverlegInfo | undefined> {
  const wanted = given.trim().toLowerCase();
  return (await reader.overleggen()).find((o) => o.code.toLowerCase() === wanted || o.name.toLowerCase() === wanted);
}

/** The answer to an overleg the agenda does not know, listing the ones it does. */
export async function unknownOverleg(given: string, reader: Pick<AgendaReader, "overleggen">, locale: Locale): Promise<Reply> {
  const codes = (await reader.overleggen()).map((o) => o.code);
  return reply(locale, notice("error", texts(locale).errors.unknownOverleg(given, codes)));
}
