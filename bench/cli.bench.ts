/**
 * `npm run bench` (and `npm run bench:cli`): how long one CLI call takes from start to answer, `toon 1.3` on the
 * embedded database with the real agenda, as `npm run cli` runs it (the sources transpiled by esbuild, see
 * src/dev-runner.mjs), through tsx, and compiled
 * (`node dist/src/cli/main.js`); and where the time goes, phase by phase, in a process of its own.
 * Prints figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { percentile } from "./launch.js";

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 10);
const self = fileURLToPath(import.meta.url);
const compiled = self.endsWith(".js");
const root = resolve(import.meta.dirname, compiled ? "../.." : "..");

/** One phase-by-phase run: the imports, opening the database (PGlite, migrations, integrity check), composing, the command, closing. */
async function phases(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    figures[name] = now - mark;
    mark = now;
  };
  const { composeApp } = await import("../src/app.js");
  const { loadConfig } = await import("../src/config/env.js");
  const { identify } = await import("../src/core/identify.js");
  const { openDatabase } = await import("../src/persistence/database.js");
  const { compileWebAssemblyForAShortRun } = await import("../src/cli/short-lived-process.js");
  lap("imports");
  compileWebAssemblyForAShortRun();
  const config = loadConfig();
  const database = await openDatabase({ kind: "pglite", dataDir: config.dataDir });
  lap("open database (PGlite, migrations, integrity check)");
  const app = await composeApp(database, config);
  lap("compose the app");
  const actor = await identify(app.people, app.leaders, { email: null, channel: "cli" });
  await app.core.run("toon 1.3", actor);
  lap("toon 1.3");
  await app.close();
  lap("close");
  figures["peak RSS (MB)"] = process.resourceUsage().maxRSS / 1024;
  return figures;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): { ms: number; ok: boolean; stderr: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
  return { ms: performance.now() - start, ok: child.status === 0 && child.stdout.includes("1.3 "), stderr: child.stderr };
}

if (process.argv.includes("--phases")) {
  process.stdout.write(`${JSON.stringify(await phases())}\n`);
} else {
  const dataDir = await mkdtemp(join(tmpdir(), "doe-bench-cli-"));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent", DEFAULT_LOCALE: "nl" };
  const variants: [string, string[]][] = [
    ["npm run cli (esbuild-transpiled sources)", ["src/dev-runner.mjs", "src/cli/main.ts", "toon", "1.3"]],
    ["through tsx (as npm run cli did before)", ["--import", "tsx", "src/cli/main.ts", "toon", "1.3"]],
  ];
  const dist = join(root, "dist", "src", "cli", "main.js");
  if (existsSync(dist)) variants.push(["compiled (node dist/src/cli/main.js)", [dist, "toon", "1.3"]]);
  try {
    // The first call creates the database and imports the agenda; it is not counted.
    const first = runCli(variants[0]?.[1] ?? [], env);
    if (!first.ok) throw new Error(`the CLI failed: ${first.stderr}`);
    console.log(`CLI start to answer: \`toon 1.3\` on the embedded database (PGlite on disk), ${RUNS} runs each\n`);
    console.log("how                                       | p50       | max");
    for (const [name, args] of variants) {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = runCli(args, env);
        if (!run.ok) throw new Error(`${name} failed: ${run.stderr}`);
        samples.push(run.ms);
      }
      samples.sort((a, b) => a - b);
      console.log(`${name.padEnd(41)} | ${`${percentile(samples, 50).toFixed(0)} ms`.padEnd(9)} | ${(samples.at(-1) ?? 0).toFixed(0)} ms`);
    }
    const loader = compiled ? [] : ["--import", "tsx"];
    const split = spawnSync(process.execPath, [...loader, self, "--phases"], { cwd: root, env, encoding: "utf8" });
    if (split.status === 0) {
      const figures = JSON.parse(split.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
      console.log(`\nWhere one call's time goes (${compiled ? "compiled" : "tsx"}):`);
      for (const [phase, value] of Object.entries(figures)) {
        console.log(`  ${phase.padEnd(52)} ${phase.includes("MB") ? `${value.toFixed(0)} MB` : `${value.toFixed(0)} ms`}`);
      }
    } else {
      console.log(`phases: failed\n${split.stderr}`);
    }
    console.log("\nTarget: a read command under 1.5 s on the embedded database.");
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
