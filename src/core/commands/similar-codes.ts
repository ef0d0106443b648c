import { compareActionCodes } from "../domain/action-code.js";
import type { AgendaReader } from "../ports.js";
import { closest } from "./closest.js";

/** For an unknown `1.9`: the first and last action of theme 1; otherwise the nearest code. */
export async function similarCodes(code: string, reader: Pick<AgendaReader, "actionCodes">): Promise<string[]> {
  const codes = await reader.actionCodes();
  const group = code.split(".").slice(0, -1).join(".");
  const sameGroup = codes.filter((candidate) => candidate.split(".").slice(0, -1).join(".") === group).sort(compareActionCodes);
  if (sameGroup.length) return [...new Set([sameGroup[0] ?? "", sameGroup[sameGroup.length - 1] ?? ""])];
  const near = closest(code, codes);
  return near ? [near] : [];
}
