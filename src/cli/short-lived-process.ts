/**
 * A CLI call is a short-lived process: most of its time is PGlite's start, migrations check and one command. V8
 * tiers hot WebAssembly up to its optimising compiler (TurboFan) on background threads, and on a 2-core machine
 * that work held a `toon 1.3` call up by some 600 ms (1.55 s against 0.95 s with the baseline compiler only). The
 * long-running service keeps the optimising compiler: its queries run for hours, not for one command.
 */
import { setFlagsFromString } from "node:v8";

/** Before the database is opened: WebAssembly compiled from now on uses V8's baseline compiler (Liftoff) only. */
export function compileWebAssemblyForAShortRun(): void {
  setFlagsFromString("--liftoff-only");
}
