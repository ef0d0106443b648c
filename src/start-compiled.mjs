/**
 * `npm run start:prod` and the container's command: the compiled service (dist/src/main.js), its stack traces
 * naming src/*.ts lines. Only the service's own source maps are read, and only when a stack is formatted (see
 * dev-stack-traces.mjs); Node's --enable-source-maps would read and keep those of every library it loads.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mapStackTraces } from "./dev-stack-traces.mjs";

const compiled = join(dirname(dirname(fileURLToPath(import.meta.url))), "dist", "src");
mapStackTraces(compiled);
const main = join(compiled, "main.js");
// The service sees itself as the script Node runs.
process.argv = [process.argv[0] ?? "node", main, ...process.argv.slice(2)];
await import(pathToFileURL(main).href);
