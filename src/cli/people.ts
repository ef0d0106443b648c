/** `npm run cli -- mensen import <bestand>` and `mensen export [--out <bestand>]`: the people file in and out. */
import { readFile, writeFile } from "node:fs/promises";
import type { App } from "../app.js";
import type { Locale } from "../core/domain/locale.js";
import { texts } from "../core/i18n/index.js";
import { readPeopleFile, writePeopleFile } from "../core/people-file/people-file.js";

export interface CliOutcome {
  code: number;
  out?: string;
  err?: string;
}

/** Checks every row against the agenda, then stores all of them, or nothing. */
export async function importPeople(app: Pick<App, "ports">, file: string, locale: Locale): Promise<CliOutcome> {
  const t = texts(locale).people;
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    const s = texts(locale).startup;
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { code: 1, err: `${missing ? s.fileMissing(file) : s.fileUnreadable(file, (error as Error).message)}\n` };
  }
  const read = readPeopleFile(source, new Set(await app.ports.reader.actionCodes()));
  if (!read.ok) return { code: 1, err: `${t.invalid(file, read.problems.map((problem) => `  - ${t.problem(problem)}`).join("\n"))}\n` };
  const summary = await app.ports.register.importPeople(read.rows, null);
  return { code: 0, out: `${t.imported(summary)}\n` };
}

/** The people file as `mensen import` reads it; to `out`, or printed. */
export async function exportPeople(app: Pick<App, "ports">, out: string | undefined, locale: Locale): Promise<CliOutcome> {
  const entries = await app.ports.register.exportPeople();
  const text = writePeopleFile(entries, locale);
  if (!out) return { code: 0, out: text };
  try {
    await writeFile(out, text, "utf8");
  } catch (error) {
    return { code: 1, err: `${texts(locale).startup.fileUnwritable(out, (error as Error).message)}\n` };
  }
  return { code: 0, err: `${texts(locale).people.wrote(entries.length, out)}\n` };
}
