/**
 * One process at a time may open an embedded database folder: PGlite itself does not stop a second
 * process, and two writers corrupt it.
 *
 * The lock file holds its owner's pid, the owner's start time (Linux: /proc/<pid>/stat, so a reused pid is not
 * mistaken for the owner) and a token unique to this acquisition. Every step is atomic:
 * - taking a free lock is `link(tmp, lock)`, which fails if the lock exists (no read-then-create window);
 * - a lock whose owner no longer runs is removed only by the one process that first links a claim file named after
 *   that lock's token; it re-reads the lock under the claim and removes it only if it is still that same stale
 *   lock. Nobody else can replace the lock meanwhile (replacing means removing it, which needs the claim), so a
 *   fresh lock is never removed by a latecomer. A claim left by a process killed in between is skipped by the next
 *   claim number once its owner is seen to be gone.
 * Then the remover tries `link` again like everyone else: of any number of simultaneous starts, exactly one wins.
 */
import { randomBytes } from "node:crypto";
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";

export const LOCK_FILE = "doe-agenda.lock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another running process (pid ${pid}). ` +
        "Stop that process first (for example the running bot, or another CLI command), " +
        "or point DATA_DIR to another folder.",
    );
    this.name = "DataDirLockedError";
  }
}

interface Owner {
  pid: number;
  /** Process start time in clock ticks since boot (Linux); null when unknown (then the pid alone decides). */
  start: string | null;
  token: string;
}

const heldInThisProcess = new Map<string, () => void>();

/** Field 22 of /proc/<pid>/stat, or null where there is no /proc. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

const ownStart = processStartTime(process.pid);

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerIsAlive(owner: Owner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  if (owner.pid === process.pid) return heldByThisProcess(owner);
  if (!processIsAlive(owner.pid)) return false;
  if (owner.start === null) return true;
  const start = processStartTime(owner.pid);
  return start === null || start === owner.start;
}

const ownTokens = new Set<string>();
function heldByThisProcess(owner: Owner): boolean {
  return ownTokens.has(owner.token);
}

/** Parses a lock or claim file; a plain pid (older versions) is accepted. Null when it is gone. */
function readOwner(path: string): { owner: Owner; text: string } | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Owner>;
    if (typeof parsed === "object" && parsed !== null && typeof parsed.pid === "number") {
      return { owner: { pid: parsed.pid, start: typeof parsed.start === "string" ? parsed.start : null, token: String(parsed.token ?? text) }, text };
    }
  } catch {
    // not JSON: an older lock holding just the pid
  }
  return { owner: { pid: Number.parseInt(text, 10), start: null, token: text }, text };
}

/** Writes `text` to a new file and links it to `path`; false when `path` already exists. Atomic. */
function createExclusive(dir: string, path: string, text: string, token: string): boolean {
  const tmp = join(dir, `${LOCK_FILE}.tmp-${process.pid}-${token}-${randomBytes(4).toString("hex")}`);
  const fd = openSync(tmp, "wx");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function claimName(token: string, index: number): string {
  // The token may come from an older plain-pid file: keep the name to safe characters.
  return `${LOCK_FILE}.claim-${Buffer.from(token).toString("hex").slice(0, 64)}-${index}`;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes the stale lock `stale` (its file text `staleText`) if this process is the one allowed to; returns
 * after the attempt either way, and the caller tries to take the lock again.
 */
function removeStaleLock(dir: string, path: string, stale: Owner, staleText: string, me: Owner, meText: string): void {
  for (let index = 0; index < 100; index++) {
    const claim = join(dir, claimName(stale.token, index));
    if (createExclusive(dir, claim, meText, me.token)) {
      try {
        // Under the claim, the lock can only be the same stale one or gone: check and remove.
        if (readOwner(path)?.text === staleText) rmSync(path, { force: true });
      } finally {
        rmSync(claim, { force: true });
      }
      return;
    }
    const claimant = readOwner(claim);
    if (claimant === null) return; // the claimant just finished: look at the lock again
    if (ownerIsAlive(claimant.owner)) {
      // Another process is removing this stale lock right now (it takes microseconds): let it, then look again.
      sleepSync(2);
      return;
    }
    // That claimant died mid-way: the next claim number decides.
  }
}

/** Claim and temporary files of processes that are gone; harmless, removed when the lock is taken. */
function removeLeftovers(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(`${LOCK_FILE}.claim-`)) {
      // Claims for tokens other than the current lock's can no longer remove anything (the token is unique).
      const claimant = readOwner(join(dir, name));
      if (claimant && !ownerIsAlive(claimant.owner)) rmSync(join(dir, name), { force: true });
    } else if (name.startsWith(`${LOCK_FILE}.tmp-`)) {
      const pid = Number.parseInt(name.slice(`${LOCK_FILE}.tmp-`.length), 10);
      if (pid !== process.pid && !processIsAlive(pid)) rmSync(join(dir, name), { force: true });
    }
  }
}

export interface DataDirLock {
  release(): void;
}

let exitHookInstalled = false;

export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  const path = join(dir, LOCK_FILE);
  if (heldInThisProcess.has(dir)) throw new DataDirLockedError(dir, process.pid);
  mkdirSync(dir, { recursive: true });
  const me: Owner = { pid: process.pid, start: ownStart, token: randomBytes(12).toString("hex") };
  const meText = JSON.stringify(me);
  for (let attempt = 0; attempt < 200; attempt++) {
    if (createExclusive(dir, path, meText, me.token)) {
      ownTokens.add(me.token);
      removeLeftovers(dir);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldInThisProcess.delete(dir);
        ownTokens.delete(me.token);
        if (readOwner(path)?.text === meText) rmSync(path, { force: true });
      };
      heldInThisProcess.set(dir, release);
      if (!exitHookInstalled) {
        exitHookInstalled = true;
        // A process that exits without closing (a shutdown deadline, process.exit) still frees its folders.
        process.once("exit", () => {
          for (const releaseHeld of [...heldInThisProcess.values()]) releaseHeld();
        });
      }
      return { release };
    }
    const current = readOwner(path);
    if (current === null) continue; // released meanwhile: try again
    if (ownerIsAlive(current.owner)) throw new DataDirLockedError(dir, current.owner.pid);
    removeStaleLock(dir, path, current.owner, current.text, me, meText);
  }
  throw new DataDirLockedError(dir, Number.NaN);
}
