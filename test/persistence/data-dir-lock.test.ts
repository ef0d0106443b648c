/**
 * The data-folder lock under a race: many processes start at the same moment against a lock left by a process
 * that was killed (kill -9 leaves it behind); exactly one may win, every time.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir, processStartTime } from "../../src/persistence/data-dir-lock.js";
import { ROOT } from "../support/cli.js";

const RACERS = 20;
const TRIALS = Number(process.env.LOCK_RACE_TRIALS ?? 25);

interface Racer {
  child: ChildProcessWithoutNullStreams;
  next(): Promise<string>;
}

function startRacer(): Racer {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "lock-racer.ts")], { cwd: ROOT, stdio: "pipe" });
  const lines: Interface = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  lines.on("line", (line) => {
    const take = waiting.shift();
    if (take) take(line);
    else queue.push(line);
  });
  return {
    child,
    next: () => {
      const line = queue.shift();
      return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

/** The pid of a process that has exited, so the lock it "left" is stale. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid ?? 999_999;
}

describe("the data-folder lock", () => {
  let dir: string;
  let racers: Racer[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-lock-"));
  });
  afterAll(async () => {
    for (const racer of racers) racer.child.stdin.end();
    await rm(dir, { recursive: true, force: true });
  });

  it("is refused while held, taken over when its owner is gone, and freed on release", async () => {
    const folder = join(dir, "single");
    const lock = lockDataDir(folder);
    expect(() => lockDataDir(folder)).toThrow(DataDirLockedError);
    lock.release();
    expect(existsSync(join(folder, LOCK_FILE))).toBe(false);
    // A reused pid (alive, but started at another time) does not hold the lock.
    writeFileSync(join(folder, LOCK_FILE), JSON.stringify({ pid: process.ppid, start: "1", token: "old" }));
    if (processStartTime(process.ppid) !== null) lockDataDir(folder).release();
    writeFileSync(join(folder, LOCK_FILE), String(await deadPid()));
    const taken = lockDataDir(folder);
    expect(JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid });
    taken.release();
    // A process killed while removing a stale lock leaves its claim behind: the next start still gets the lock.
    const dead = await deadPid();
    writeFileSync(join(folder, LOCK_FILE), JSON.stringify({ pid: dead, start: "1", token: "killed-mid-way" }));
    const claim = join(folder, `${LOCK_FILE}.claim-${Buffer.from("killed-mid-way").toString("hex")}-0`);
    writeFileSync(claim, JSON.stringify({ pid: dead, start: "1", token: "claimant" }));
    const afterClaim = lockDataDir(folder);
    expect(existsSync(claim)).toBe(false);
    afterClaim.release();
  });

  it(`lets exactly one of ${RACERS} simultaneous starts win against a stale lock, ${TRIALS} times in a row`, { timeout: 240_000 }, async () => {
    racers = Array.from({ length: RACERS }, startRacer);
    for (const racer of racers) expect(await racer.next()).toBe("ready");
    const winners: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const folder = join(dir, `race-${trial}`);
      lockDataDir(folder).release(); // creates the folder
      const stale = await deadPid();
      writeFileSync(join(folder, LOCK_FILE), trial % 2 ? String(stale) : JSON.stringify({ pid: stale, start: "1", token: `stale-${trial}` }));
      const at = Date.now() + 300;
      for (const racer of racers) racer.child.stdin.write(`go ${folder} ${at}\n`);
      const results = await Promise.all(racers.map((racer) => racer.next()));
      expect(results.filter((result) => result !== "won" && result !== "locked")).toEqual([]);
      winners.push(results.filter((result) => result === "won").length);
      for (const racer of racers) racer.child.stdin.write("release\n");
      await Promise.all(racers.map((racer) => racer.next()));
    }
    console.log(`winners per trial: ${winners.join(" ")}`);
    expect(winners).toEqual(Array.from({ length: TRIALS }, () => 1));
  });
});
