/**
 * A child process for the lock race test: on "go <dir> <time>" it waits until that moment (Date.now), tries to
 * take the data-folder lock and prints "won" or "locked"; on "release" it lets go; it exits when stdin closes.
 */
import { createInterface } from "node:readline";
import { type DataDirLock, DataDirLockedError, lockDataDir } from "../../src/persistence/data-dir-lock.js";

let held: DataDirLock | null = null;
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const [command, dir, at] = line.split(" ");
  if (command === "go" && dir) {
    while (Date.now() < Number(at)) {
      // spin, so that every racer starts at the same moment
    }
    try {
      held = lockDataDir(dir);
      process.stdout.write("won\n");
    } catch (error) {
      process.stdout.write(error instanceof DataDirLockedError ? "locked\n" : `error ${String(error)}\n`);
    }
  } else if (command === "release") {
    held?.release();
    held = null;
    process.stdout.write("released\n");
  }
});
lines.on("close", () => process.exit(0));
process.stdout.write("ready\n");
