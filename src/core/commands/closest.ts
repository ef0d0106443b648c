/**
 * Edit distance where swapping two neighbouring letters counts as one typo (optimal string alignment).
 * With a `limit`, only the band of the table within `limit` of the diagonal is computed, and the work stops as
 * soon as the distance is certain to exceed it: the answer is then `limit + 1`. The cost is about
 * `length × (2 × limit + 1)` cells instead of `length × length`, and nothing for strings whose lengths differ
 * by more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // No distance is larger than the longer string, so an unbounded call works with that as its limit.
  const cap = Math.min(limit, Math.max(a.length, b.length));
  const beyond = cap + 1;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(beyond);
  let previous = Array.from({ length: cols }, (_, j) => (j <= cap ? j : beyond));
  let row = new Array<number>(cols).fill(beyond);
  for (let i = 1; i <= a.length; i++) {
    row.fill(beyond);
    row[0] = i <= cap ? i : beyond;
    let rowBest = row[0];
    const from = Math.max(1, i - cap);
    const to = Math.min(b.length, i + cap);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? beyond) + 1, (row[j - 1] ?? beyond) + 1, (previous[j - 1] ?? beyond) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? beyond) + 1);
      row[j] = Math.min(best, beyond);
      if (best < rowBest) rowBest = best;
    }
    // Every path to the end passes through this row (a swap from the row before costs no less than this row's
    // neighbouring cell), and values never fall along a path: once a whole row is over the cap, so is the result.
    if (rowBest > cap) return limit + 1;
    [before, previous, row] = [previous, row, before];
  }
  const distance = previous[b.length] ?? beyond;
  return distance > limit ? limit + 1 : distance;
}

/**
 * The candidate nearest to `input`, if it is near enough to be a plausible typo or prefix. On a tie the first
 * candidate wins, so the order of `candidates` says which of two equally near words is suggested.
 */
export function closest<T extends string>(input: string, candidates: readonly T[]): T | undefined {
  const needle = input.toLowerCase();
  if (!needle) return undefined;
  const prefixed = candidates.find((candidate) => needle.length >= 2 && candidate.toLowerCase().startsWith(needle));
  if (prefixed) return prefixed;
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  let best: T | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const word = candidate.toLowerCase();
    // Only a strictly nearer candidate replaces the best one; anything further off is cut short.
    const limit = bestDistance - 1;
    if (limit < 0) break;
    if (Math.abs(word.length - needle.length) > limit) continue;
    const distance = editDistance(needle, word, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
