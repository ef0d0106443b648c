/**
 * Stack traces of the dev runner point into src/*.ts: a frame in the transpiled folder is mapped with esbuild's
 * source map of its file, read the first time a stack with that file in it is formatted.
 *
 * Node's own source-map support (process.setSourceMapsEnabled, --enable-source-maps) is not used for this: it reads
 * and keeps the source map of every module as it loads, node_modules included, which for the service's libraries
 * (the Bot Framework, Prisma, PGlite) is some 40 MB of memory held for as long as the process runs.
 */
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Maps stack frames in `dir` (the transpiled sources) back to the TypeScript files they came from. */
export function mapStackTraces(dir) {
  const prefix = `${pathToFileURL(dir).href}/`;
  /** @type {Map<string, SourceMap | null>} */
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) {
      let map = null;
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, "utf8")));
      } catch {
        // No map (or an unreadable one): the frame stays as it is.
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
  /** One frame as V8 writes it, with the transpiled file's position replaced by the source's. */
  const frame = (site) => {
    const text = String(site);
    const url = site.getFileName();
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    if (typeof url !== "string" || !url.startsWith(prefix) || !line || !column) return text;
    const entry = mapOf(url)?.findEntry(line - 1, column - 1);
    if (!entry?.originalSource) return text;
    const source = fileURLToPath(new URL(entry.originalSource, url));
    return text.replace(`${url}:${line}:${column}`, `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
  };
  Error.prepareStackTrace = (error, sites) => {
    let head;
    try {
      head = String(error);
    } catch {
      head = "Error";
    }
    return sites.length ? `${head}\n    at ${sites.map(frame).join("\n    at ")}` : head;
  };
}
