/** A status distribution drawn with block characters: the visual bar shared by text and chat renderers (built in the core). */

import { textBar } from "../core/messages/charts.js";
import type { StatusCount } from "../core/messages/model.js";

export function barLines(counts: readonly StatusCount[], total: number, width = 20): string[] {
  return textBar(counts, total, width);
}
