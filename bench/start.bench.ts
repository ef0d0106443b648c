/**
 * `npm run bench:start`: how long `npm start`'s program takes to be ready (its "doe-agenda bot ready" line) on a
 * fresh data folder (the database created, the agenda imported) and on a restart, and how much memory the ready
 * service holds compared with the embedded database alone (PGlite open and empty, in a process of its own).
 * Without the Playground (PLAYGROUND=off): its own process is not the bot's. Prints figures; asserts nothing.
 * Targets (issue 15): fresh ≤ 10 s, restart ≤ 5 s, RSS within 100 MB of PGlite alone.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const RESTARTS = Number(process.env.BENCH_START_RUNS ?? 3);
const self = fileURLToPath(import.meta.url);
const root = resolve(import.meta.dirname, self.endsWith(".js") ? "../.." : "..");

/** Resident memory of a process now, from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** Starts the service and resolves when it says it is ready, with the time that took and its memory then. */
async function startOnce(dataDir: string): Promise<{ ms: number; rss: number }> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ["src/dev-runner.mjs", "src/main.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", SLACK_BOT_TOKEN: "", MicrosoftAppId: "", PLAYGROUND: "off", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<number>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("doe-agenda bot ready")) resolveReady(performance.now() - started);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the service exited (${code}) before it was ready:\n${output}`)));
  });
  const ms = await ready;
  // Memory once start-up's garbage had a moment to go.
  await new Promise((wait) => setTimeout(wait, 1000));
  const rss = rssMb(child.pid ?? 0);
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await exited;
  return { ms, rss };
}

/** PGlite open and empty, in this process (run as a child with --pglite-floor). */
async function pgliteFloor(): Promise<number> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create();
  await db.query("SELECT 1");
  await new Promise((wait) => setTimeout(wait, 1000));
  const rss = process.memoryUsage().rss / 1024 / 1024;
  await db.close();
  return rss;
}

if (process.argv.includes("--pglite-floor")) {
  process.stdout.write(`${(await pgliteFloor()).toFixed(0)}\n`);
} else {
  const dataDir = await mkdtemp(join(tmpdir(), "doe-bench-start-"));
  try {
    const loader = self.endsWith(".ts") ? ["--import", "tsx"] : [];
    const floor = Number(spawnSync(process.execPath, [...loader, self, "--pglite-floor"], { encoding: "utf8" }).stdout.trim());
    const fresh = await startOnce(dataDir);
    const restarts: { ms: number; rss: number }[] = [];
    for (let i = 0; i < RESTARTS; i++) restarts.push(await startOnce(dataDir));
    const restartMs = restarts.map((run) => run.ms).sort((a, b) => a - b);
    const median = restartMs[Math.floor(restartMs.length / 2)] ?? Number.NaN;
    const rss = Math.max(fresh.rss, ...restarts.map((run) => run.rss));
    console.log("npm start's program (sources transpiled by esbuild, embedded database, no Playground)\n");
    console.log(`fresh data folder to ready:  ${(fresh.ms / 1000).toFixed(1)} s   (target ≤ 10 s)`);
    console.log(
      `restart to ready (median of ${RESTARTS}): ${(median / 1000).toFixed(1)} s   (target ≤ 5 s; all: ${restartMs.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s)`,
    );
    console.log(`RSS of the ready service:    ${rss.toFixed(0)} MB`);
    console.log(`PGlite alone, open and empty: ${floor.toFixed(0)} MB   (difference ${(rss - floor).toFixed(0)} MB; target ≤ 100 MB)`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
