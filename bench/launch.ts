/** Starts a Node program of this build for a benchmark and waits until a line it prints says it is ready. */
import { type ChildProcess, spawn } from "node:child_process";

export function launch(
  script: string,
  env: Record<string, string>,
  ready: (line: string) => boolean,
): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    // BENCH_CPU_PROFILE=<folder> writes a V8 CPU profile of each program, for finding where time goes.
    const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
    const child = spawn(process.execPath, [...profile, script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split("\n")) if (ready(line)) resolve({ child, line });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
