/**
 * `npm run bench:escalations`: latency of `toon` on an action with five escalations (three open, two answered),
 * of `escalaties`, and of raising one that is posted in a linked channel, on PGlite and PostgreSQL, with the
 * project's agenda; `toon` of an action without escalations beside it. Prints figures; asserts nothing. Target: `toon` p99 ≤ 20 ms on PostgreSQL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { composeApp } from "../src/app.js";
import { loadConfig } from "../src/config/env.js";
import { loadAgendaFile } from "../src/core/agenda-file/load.js";
import { identify } from "../src/core/identify.js";
import { type DatabaseTarget, openDatabase } from "../src/persistence/database.js";
import { PrismaAgendaImporter } from "../src/persistence/prisma-agenda-importer.js";
import { projectRoot } from "../src/project-root.js";
import { createScratchPostgres } from "./support/scratch-postgres.js";
import { timeRuns } from "./support/timing.js";

const RUNS = 500;
const RAISE_RUNS = 100;
const WARMUP = 50;

const time = (runs: number, fn: (i: number) => Promise<unknown>) => timeRuns(runs, fn, WARMUP);

async function target(kind: "pglite" | "postgres"): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const dataDir = await mkdtemp(join(tmpdir(), "doe-bench-esc-"));
    return { target: { kind: "pglite", dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchPostgres("doe_bench_esc");
  return { target: { kind: "postgres", url: scratch.url }, drop: scratch.drop };
}

async function measure(kind: "pglite" | "postgres") {
  const { target: where, drop } = await target(kind);
  const database = await openDatabase(where);
  try {
    await new PrismaAgendaImporter(database.prisma).importAgenda(
      await loadAgendaFile(resolve(projectRoot(), "agenda/zuid-kennemerland-ijmond.yaml")),
    );
    const { core, people, leaders, channels } = await composeApp(database, loadConfig({ LEADER_EMAILS: "leider@example.nl" }), { seed: false });
    const leader = await identify(people, leaders, { email: "leider@example.nl", channel: "cli" });
    await channels.linkChannel({ overlegCode: "RWB", platform: "slack", tenantId: "T1", channelId: "C-RWB", linkedById: leader.person?.id ?? null });
    for (let n = 1; n <= 5; n++) await core.run(`escaleer 2.5 RWB: vraag ${n} over de financiering van de pilot?`, leader);
    for (const n of [1, 2]) await core.run(`antwoord ${n} het RWB betaalt fase ${n}`, leader);
    const plain = await time(RUNS, () => core.run("toon 1.1", leader));
    const toon = await time(RUNS, () => core.run("toon 2.5", leader));
    const list = await time(RUNS, () => core.run("escalaties RWB", leader));
    const raise = await time(RAISE_RUNS, (i) => core.run(`escaleer 3.2 RWB: vraag ${i}?`, leader));
    return { kind, plain, toon, list, raise };
  } finally {
    await database.close();
    await drop();
  }
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(`Escalations: ${RUNS}× toon 2.5 (5 escalations, 2 answered), ${RUNS}× escalaties RWB, ${RAISE_RUNS}× escaleer (1 channel post)\n`);
console.log("database   | toon (none) p50 | toon (none) p99 | toon p50 | toon p99 | escalaties p50 | escalaties p99 | escaleer p50 | escaleer p99");
for (const kind of ["pglite", "postgres"] as const) {
  const f = await measure(kind);
  console.log(
    `${f.kind.padEnd(10)} | ${ms(f.plain.p50)} | ${ms(f.plain.p99)} | ${ms(f.toon.p50)} | ${ms(f.toon.p99)} | ${ms(f.list.p50)} | ${ms(f.list.p99)} | ${ms(f.raise.p50)} | ${ms(f.raise.p99)}`,
  );
}
