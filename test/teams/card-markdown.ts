/**
 * What a CommonMark renderer (as Teams uses for card text) would make of a string: the disguised links it would
 * form, honouring backslash escapes, and the text a reader sees.
 */

/** Positions of characters escaped by a backslash. */
function escapedAt(text: string): Set<number> {
  const escaped = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? "")) {
      escaped.add(i + 1);
      i++;
    }
  }
  return escaped;
}

/** Inline links `[text](target)` a CommonMark renderer would form. */
export function inlineLinks(text: string): string[] {
  const escaped = escapedAt(text);
  const links: string[] = [];
  for (let open = 0; open < text.length; open++) {
    if (text[open] !== "[" || escaped.has(open) || text[open - 1] === "\\") continue;
    for (let close = open + 1; close < text.length; close++) {
      if (text[close] !== "]" || escaped.has(close)) continue;
      if (text[close + 1] === "(") links.push(text.slice(open, text.indexOf(")", close) + 1));
      break;
    }
  }
  return links;
}

/** Characters a CommonMark renderer would read as emphasis (`*`, `_`, `~`), escapes honoured. */
export function emphasisMarks(text: string): number {
  const escaped = escapedAt(text);
  let count = 0;
  for (let i = 0; i < text.length; i++) if (/[*_~]/.test(text[i] ?? "") && !escaped.has(i) && text[i - 1] !== "\\") count++;
  return count;
}

/** The text a reader sees, escapes removed. */
export function visibleText(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Every piece of markdown on a card: TextBlock texts and FactSet titles and values, depth first. */
export function markdownTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(markdownTexts);
  if (!node || typeof node !== "object") return [];
  const element = node as { type?: string; text?: unknown; facts?: { title: string; value: string }[] };
  const own: string[] = [];
  if (element.type === "TextBlock" && typeof element.text === "string") own.push(element.text);
  if (element.type === "FactSet") for (const fact of element.facts ?? []) own.push(fact.title, fact.value);
  return [...own, ...Object.values(node).flatMap(markdownTexts)];
}
