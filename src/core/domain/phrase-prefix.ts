/** Reading a phrase of several words (a status, a funding state) at the start of a command's words. */

/** The first phrase of `vocabulary` (ordered longest first) the words start with, compared case-insensitively. */
export function phrasePrefix<S>(
  vocabulary: readonly { phrase: string; status: S }[],
  words: readonly string[],
): { status: S; used: number } | undefined {
  for (const { phrase, status } of vocabulary) {
    const parts = phrase.split(" ");
    if (parts.length > words.length) continue;
    const candidate = words
      .slice(0, parts.length)
      .map((word) => word.toLowerCase())
      .join(" ");
    if (candidate === phrase) return { status, used: parts.length };
  }
  return undefined;
}
