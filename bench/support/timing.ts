/** Latency of an operation run many times: its p50 and p99 in milliseconds. */
import { percentile } from "../launch.js";

export interface Latency {
  p50: number;
  p99: number;
}

/** Runs `fn` `warmup` times unmeasured (at most `runs`), then `runs` times measured. */
export async function timeRuns(runs: number, fn: (i: number) => Promise<unknown>, warmup = 0): Promise<Latency> {
  for (let i = 0; i < Math.min(warmup, runs); i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
