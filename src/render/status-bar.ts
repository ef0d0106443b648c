/** A status distribution drawn with block characters: the visual bar shared by text and chat renderers. */
import type { StatusCount } from "../core/messages/model.js";

export function barLines(counts: readonly StatusCount[], total: number, width = 20): string[] {
  const labelWidth = Math.max(...counts.map((count) => count.label.length));
  return counts.map((count) => {
    const length = total === 0 ? 0 : Math.max(count.count > 0 ? 1 : 0, Math.round((count.count / total) * width));
    return `${count.label.padEnd(labelWidth)}  ${"█".repeat(length)}${"░".repeat(width - length)}  ${count.count}`;
  });
}
