/**
 * Prisma's client loads its query compiler (a JavaScript runtime and a 2 MB WebAssembly module in base64) on the
 * first query. Loaded then, behind PGlite's start-up work, the runtime's import alone took some 200 ms of a CLI
 * call; started before PGlite, it is ready when the first query comes. Only preloads: the generated client
 * (src/persistence/generated/internal/class.ts) imports the same modules, which Node then has in its cache.
 */
export const QUERY_COMPILER_MODULES = [
  "@prisma/client/runtime/query_compiler_bg.postgresql.mjs",
  "@prisma/client/runtime/query_compiler_bg.postgresql.wasm-base64.mjs",
] as const;

/** Starts loading the query compiler; never rejects (the client reports a load failure itself, on its first query). */
export function preloadQueryCompiler(): Promise<void> {
  return Promise.all(QUERY_COMPILER_MODULES.map((specifier) => import(specifier))).then(
    () => undefined,
    () => undefined,
  );
}
