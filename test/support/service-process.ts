/** Runs `npm start`'s program (src/main.ts) in a child process, as a newcomer would, and reads what it prints. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./cli.js";
import { createPostgresDatabase } from "./databases.js";

export interface RunningService {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in what the process printed. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

export function startServiceProcess(env: Record<string, string>): RunningService {
  const child = spawn(process.execPath, ["src/dev-runner.mjs", "src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", SLACK_BOT_TOKEN: "", MicrosoftAppId: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  return {
    child,
    output: () => output,
    async waitFor(pattern, ms = 60_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = pattern.exec(output);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}):\n${output}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/**
 * Where a service in a child process keeps its data, as env: a new data folder, and on PostgreSQL a new database
 * (on PGlite the database lives in the folder). Their removal is pushed onto `cleanups`.
 */
export async function serviceStorage(
  kind: "pglite" | "postgres",
  prefix: string,
  cleanups: (() => Promise<void>)[],
): Promise<{ DATA_DIR: string; DATABASE_URL: string }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const database = kind === "postgres" ? await createPostgresDatabase() : null;
  if (database) cleanups.push(() => database.drop());
  return { DATA_DIR: join(dir, "data"), DATABASE_URL: database?.url ?? "" };
}

/** Kills the process with SIGKILL, as a crash would, and waits until it has exited. */
export async function killHard(service: RunningService): Promise<void> {
  const exited = new Promise((resolve) => service.child.once("exit", resolve));
  service.child.kill("SIGKILL");
  await exited;
}
