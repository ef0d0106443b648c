/**
 * `npm start` and `npm run cli`: runs an entry point of src/ with plain Node. The sources are transpiled with
 * esbuild (type checking is `npm run typecheck`'s job) into .tmp/run/, file by file, only when one changed since the
 * last run; then the entry is imported from there. Compared with a TypeScript loader (tsx) this saves its start-up
 * and its memory on every run: a CLI call starts in about the time of the compiled one.
 *
 * Usage: node src/dev-runner.mjs src/cli/main.ts [arguments…]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mapStackTraces } from "./dev-stack-traces.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const sources = join(root, "src");
const runs = join(root, ".tmp", "run");
/** Transpiled copies not used for this long are removed (a running process may still load modules lazily). */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Every .ts file under src/. */
function listSources(dir, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listSources(path, files);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(path);
  }
  return files;
}

/**
 * The folder holding the sources as they are now, transpiled: named by a hash of every file's name, size and
 * modification time, so an edit, rename or deletion gives a new one. Built in a folder of its own and renamed into
 * place, so processes starting together never see half of it.
 */
async function transpiled() {
  const files = listSources(sources);
  const hash = createHash("sha256");
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(sources, file)}:${size}:${mtimeMs}\n`);
  }
  const dir = join(runs, hash.digest("hex").slice(0, 16));
  if (existsSync(dir)) return dir;
  const { build } = await import("esbuild");
  const building = `${dir}.${process.pid}.tmp`;
  await build({
    entryPoints: files,
    outdir: building,
    outbase: sources,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  try {
    renameSync(building, dir);
  } catch {
    // Another process put the same sources in place first: use theirs.
    rmSync(building, { recursive: true, force: true });
  }
  for (const old of readdirSync(runs)) {
    const path = join(runs, old);
    if (path !== dir && Date.now() - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith(".ts")) {
  process.stderr.write("usage: node src/dev-runner.mjs src/<entry>.ts [arguments…]\n");
  process.exit(2);
}
const built = await transpiled();
const target = join(built, relative(sources, resolve(root, entry)).replace(/\.ts$/, ".js"));
// Stack traces name the .ts files; only our own maps are read, and only when a stack is formatted (see dev-stack-traces.mjs).
mapStackTraces(built);
// The entry sees itself as the script Node runs (the CLI checks process.argv[1] to know it is the main module).
process.argv = [process.argv[0] ?? "node", target, ...args];
await import(pathToFileURL(target).href);
