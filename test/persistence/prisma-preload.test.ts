/**
 * The database preloads Prisma's query compiler while PGlite starts (prisma-preload.ts). The generated client must
 * import those very modules: after a Prisma upgrade that renames them, the preload would load dead weight and the
 * first query would be slow again.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { QUERY_COMPILER_MODULES } from "../../src/persistence/prisma-preload.js";

describe("the query compiler preload", () => {
  it("loads exactly the modules the generated client imports for its query compiler", async () => {
    const generated = await readFile(new URL("../../src/persistence/generated/internal/class.ts", import.meta.url), "utf8");
    const imported = [...generated.matchAll(/import\("(@prisma\/client\/runtime\/query_compiler[^"]+)"\)/g)].map((match) => match[1]);
    expect(imported.sort()).toEqual([...QUERY_COMPILER_MODULES].sort());
  });

  it("leaves the modules loadable, so the client's own import is answered from Node's cache", async () => {
    const [runtime, wasm] = await Promise.all(QUERY_COMPILER_MODULES.map((specifier) => import(specifier)));
    expect(typeof runtime.QueryCompiler).toBe("function");
    expect(typeof wasm.wasm).toBe("string");
  });
});
