/**
 * The median time of one call, over `rounds` batches of `batch` calls: for comparing two inputs on the same
 * machine in the same run (a ratio), never for an absolute speed target (those belong in bench/).
 */
export function medianCost(run: () => unknown, batch: number, rounds: number): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    times.push((performance.now() - start) / batch);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
}
