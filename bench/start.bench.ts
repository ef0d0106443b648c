/**
 * `npm run bench:start`: how long `npm start`'s program takes to be ready (its "doe-agenda bot ready" line) on a
 * fresh data folder (the database created, the agenda imported) and on a restart, and how much memory the ready
 * service holds compared with the embedded database alone (PGlite open and empty, and PGlite on the data folder the
 * service left, each in processes of their own, several times: its RSS moves by tens of MB from run to run).
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

/** `npm start`'s command after `node` (its Node flags, the dev runner, the entry), read from package.json. */
function startArguments(): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [node, ...rest] = (scripts.start ?? "").split(/\s+/);
  if (node !== "node") throw new Error(`npm start is expected to run node, not: ${scripts.start}`);
  return rest;
}

/** Resident memory of a process now, from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** Starts the service and resolves when it says it is ready, with the time that took and its memory then. */
async function startOnce(dataDir: string, databaseUrl = ""): Promise<{ ms: number; rss: number }> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, startArguments(), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SLACK_BOT_TOKEN: "", MicrosoftAppId: "", PLAYGROUND: "off", PORT: "0" },
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

/** PGlite open (empty, or on the service's data folder when given), in this process (run as a child with --pglite-floor). */
async function pgliteFloor(dataDir: string | undefined): Promise<number> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
  await db.query("SELECT 1");
  await new Promise((wait) => setTimeout(wait, 1000));
  const rss = process.memoryUsage().rss / 1024 / 1024;
  await db.close();
  return rss;
}

/** The floor measured in fresh processes, `runs` times (PGlite's own RSS moves by tens of MB from run to run). */
function floors(runs: number, dataDir?: string): number[] {
  const loader = self.endsWith(".ts") ? ["--import", "tsx"] : [];
  const args = [...loader, self, "--pglite-floor", ...(dataDir ? [dataDir] : [])];
  return Array.from({ length: runs }, () => Number(spawnSync(process.execPath, args, { encoding: "utf8" }).stdout.trim()));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const mb = (values: number[]) => values.map((value) => value.toFixed(0)).join(", ");

const floorFlag = process.argv.indexOf("--pglite-floor");
if (process.argv.includes("--bare-node")) {
  await new Promise((wait) => setTimeout(wait, 1000));
  process.stdout.write(`${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)}\n`);
} else if (floorFlag >= 0) {
  process.stdout.write(`${(await pgliteFloor(process.argv[floorFlag + 1])).toFixed(0)}\n`);
} else {
  const dataDir = await mkdtemp(join(tmpdir(), "doe-bench-start-"));
  try {
    const empty = floors(RESTARTS);
    const fresh = await startOnce(dataDir);
    const restarts: { ms: number; rss: number }[] = [];
    for (let i = 0; i < RESTARTS; i++) restarts.push(await startOnce(dataDir));
    // The same engine on the data folder the service left (its agenda in it), with nothing else loaded.
    const onData = floors(RESTARTS, join(dataDir, "pglite"));
    const restartMs = restarts.map((run) => run.ms);
    const rss = [fresh.rss, ...restarts.map((run) => run.rss)];
    console.log("npm start's program (sources transpiled by esbuild, embedded database, no Playground)\n");
    console.log(`fresh data folder to ready:  ${(fresh.ms / 1000).toFixed(1)} s   (target ≤ 10 s)`);
    console.log(
      `restart to ready (median of ${RESTARTS}): ${(median(restartMs) / 1000).toFixed(1)} s   (target ≤ 5 s; all: ${restartMs.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s)`,
    );
    console.log(`RSS of the ready service:    median ${median(rss).toFixed(0)} MB, highest ${Math.max(...rss).toFixed(0)} MB (all: ${mb(rss)})`);
    console.log(`PGlite alone, open and empty: median ${median(empty).toFixed(0)} MB (all: ${mb(empty)})`);
    console.log(`PGlite alone, on the service's data folder: median ${median(onData).toFixed(0)} MB (all: ${mb(onData)})`);
    if (process.env.BENCH_DATABASE_URL) {
      // Without the embedded engine in the process: the service's own memory over a bare Node's, free of PGlite's noise.
      const onPostgres: number[] = [];
      for (let i = 0; i < RESTARTS; i++) onPostgres.push((await startOnce(dataDir, process.env.BENCH_DATABASE_URL)).rss);
      const bare = Array.from({ length: RESTARTS }, () =>
        Number(spawnSync(process.execPath, [self, "--bare-node"], { encoding: "utf8" }).stdout.trim()),
      );
      console.log(
        `on PostgreSQL instead: median ${median(onPostgres).toFixed(0)} MB (all: ${mb(onPostgres)}); a bare Node ${median(bare).toFixed(0)} MB; the service's own ${(median(onPostgres) - median(bare)).toFixed(0)} MB`,
      );
    }
    console.log(
      `service above PGlite alone (medians): ${(median(rss) - median(empty)).toFixed(0)} MB over the empty engine, ${(median(rss) - median(onData)).toFixed(0)} MB over the engine on its data; target ≤ 100 MB`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
