/**
 * `npm run bench`: latency of core commands (parse, authorise, write, reply) on PGlite and PostgreSQL,
 * with two regions of 2,000 actions each in one database (commands alternate between them), and peak RSS. Each database runs in its own child process so its
 * memory is measured alone. Prints figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { composeApp } from "../src/app.js";
import { loadConfig } from "../src/config/env.js";
import { identify } from "../src/core/identify.js";
import { type DatabaseTarget, openDatabase } from "../src/persistence/database.js";
import { PrismaAgendaImporter } from "../src/persistence/prisma-agenda-importer.js";
import { createScratchPostgres } from "./support/scratch-postgres.js";
import { timeRuns } from "./support/timing.js";
import { syntheticAgenda } from "./synthetic-agenda.js";

const ACTIONS = 2000;
const STATUS_RUNS = 1000;
const LIST_RUNS = 200;
const DIGEST_RUNS = 50;
const TOON_RUNS = 200;
const WARMUP = 50;

interface Figures {
  kind: string;
  importMs: number;
  status: { p50: number; p99: number };
  listAll: { p50: number; p99: number };
  listFiltered: { p50: number; p99: number };
  digest: { p50: number; p99: number };
  /** `toon` of an action with three goals, each with measurements. */
  toon: { p50: number; p99: number };
  rssAfterImportMb: number;
  rssEndMb: number;
  peakRssMb: number;
}

const time = (runs: number, fn: (i: number) => Promise<unknown>) => timeRuns(runs, fn, WARMUP);

async function measure(kind: "pglite" | "postgres"): Promise<Figures> {
  // PGlite on disk, as `npm start` runs it (in-memory PGlite would also hold the data files in RAM).
  const dataDir = await mkdtemp(join(tmpdir(), "doe-bench-"));
  let target: DatabaseTarget = { kind: "pglite", dataDir };
  let drop = async () => rm(dataDir, { recursive: true, force: true });
  if (kind === "postgres") {
    const scratch = await createScratchPostgres("doe_bench");
    target = { kind: "postgres", url: scratch.url };
    drop = scratch.drop;
  }
  const database = await openDatabase(target);
  try {
    const importStart = performance.now();
    const importer = new PrismaAgendaImporter(database.prisma);
    const agendas = [syntheticAgenda(ACTIONS), syntheticAgenda(ACTIONS, 8, "tweede-regio")];
    for (const agenda of agendas) await importer.importAgenda(agenda);
    const importMs = (performance.now() - importStart) / agendas.length;
    const rssAfterImportMb = process.memoryUsage().rss / 1048576;
    const config = loadConfig({ LEADER_EMAILS: "leider@example.nl" });
    // Both regions composed as the service composes them, on one database; the bench's leader leads both.
    const regions = await Promise.all(
      agendas.map(({ slug }) =>
        composeApp(database, config, { seed: false, agendaSlug: slug, sharedDatabase: true, leaderEmails: config.leaderEmails }),
      ),
    );
    const leadCodes = Array.from({ length: 50 }, (_, i) => `${(i % 8) + 1}.${Math.floor(i / 8) + 1}`);
    const leads: { core: (typeof regions)[number]["core"]; lead: Awaited<ReturnType<typeof identify>> }[] = [];
    for (const { core, people, leaders } of regions) {
      const leader = await identify(people, leaders, { email: "leider@example.nl", channel: "cli" });
      for (const code of leadCodes) await core.run(`trekker ${code} lead@example.nl`, leader);
      leads.push({ core, lead: await identify(people, leaders, { email: "lead@example.nl", channel: "cli" }) });
    }
    const [first] = leads;
    if (!first) throw new Error("no region composed");
    const { core, lead } = first;
    const statuses = ["loopt", "gepauzeerd", "nader uit te werken", "afgerond"];

    const status = await time(STATUS_RUNS, async (i) => {
      const region = leads[i % leads.length] ?? first;
      const reply = await region.core.run(
        `status ${leadCodes[i % leadCodes.length]} ${statuses[i % statuses.length]} voortgang ronde ${i}`,
        region.lead,
      );
      if (!reply.changed) throw new Error(`status was not stored: ${reply.message.summary}`);
    });
    const listAll = await time(LIST_RUNS, () => core.run("lijst", lead));
    const listFiltered = await time(LIST_RUNS, () => core.run("lijst thema 3 status loopt", lead));
    const now = new Date();
    const digest = await time(DIGEST_RUNS, () => core.digestFor("RWB", new Date(now.getTime() - 7 * 24 * 3600 * 1000), now, "nl"));
    const shown = leadCodes[0] ?? "1.1";
    for (const goal of ["zzp'ers gesproken 200 zzp'ers per 31-12-2030", "trajecten gestart 40 per 30-06-2030", "bereik 75%"]) {
      await core.run(`doel ${shown} ${goal}`, lead);
    }
    for (let i = 1; i <= 9; i++) await core.run(`meting ${shown} ${((i - 1) % 3) + 1} ${i * 4} ronde ${i}`, lead);
    const toon = await time(TOON_RUNS, async () => {
      const reply = await core.run(`toon ${shown}`, lead);
      if (!reply.message.blocks.some((block) => block.type === "section" && block.text.startsWith("Doelen (3)")))
        throw new Error("toon shows no goals");
    });
    return {
      kind,
      importMs,
      status,
      digest,
      toon,
      listAll,
      listFiltered,
      rssAfterImportMb,
      rssEndMb: process.memoryUsage().rss / 1048576,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await database.close();
    await drop();
  }
}

/** RSS of Node with only PGlite open on an empty folder: the floor the embedded engine sets. */
async function pgliteFloor(): Promise<{ nodeMb: number; withPgliteMb: number }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const nodeMb = process.memoryUsage().rss / 1048576;
  const dataDir = await mkdtemp(join(tmpdir(), "doe-bench-floor-"));
  const db = new PGlite(dataDir);
  await db.waitReady;
  const withPgliteMb = process.memoryUsage().rss / 1048576;
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
  return { nodeMb, withPgliteMb };
}

const kindArg = process.argv.indexOf("--kind");
if (process.argv.includes("--pglite-floor")) {
  process.stdout.write(`${JSON.stringify(await pgliteFloor())}\n`);
} else if (kindArg > 0) {
  const kind = process.argv[kindArg + 1] === "postgres" ? "postgres" : "pglite";
  process.stdout.write(`${JSON.stringify(await measure(kind))}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `Core benchmark: ${STATUS_RUNS} status commands (alternating between two regions), ${LIST_RUNS}× lijst, ${DIGEST_RUNS}× the RWB digest, ${TOON_RUNS}× toon (3 goals); two regions of ${ACTIONS} actions each in one database (import: per region)\n`,
  );
  console.log(
    "database   | import     | status p50 | status p99 | lijst (all) p50 | lijst (all) p99 | lijst (filter) p50 | lijst (filter) p99 | digest p50 | digest p99 | toon p50   | toon p99   | RSS after import | RSS at end | peak RSS",
  );
  for (const kind of ["pglite", "postgres"] as const) {
    const loader = self.endsWith(".ts") ? ["--import", "tsx"] : [];
    const child = spawnSync(process.execPath, [...loader, self, "--kind", kind], { encoding: "utf8", env: process.env });
    if (child.status !== 0) {
      console.log(`${kind}: failed\n${child.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const f = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Figures;
    console.log(
      [
        f.kind.padEnd(10),
        `${(f.importMs / 1000).toFixed(1)} s`.padEnd(10),
        ms(f.status.p50).padEnd(10),
        ms(f.status.p99).padEnd(10),
        ms(f.listAll.p50).padEnd(15),
        ms(f.listAll.p99).padEnd(15),
        ms(f.listFiltered.p50).padEnd(18),
        ms(f.listFiltered.p99).padEnd(18),
        ms(f.digest.p50).padEnd(10),
        ms(f.digest.p99).padEnd(10),
        ms(f.toon.p50).padEnd(10),
        ms(f.toon.p99).padEnd(10),
        `${f.rssAfterImportMb.toFixed(0)} MB`.padEnd(16),
        `${f.rssEndMb.toFixed(0)} MB`.padEnd(10),
        `${f.peakRssMb.toFixed(0)} MB`,
      ].join(" | "),
    );
  }
  const floor = spawnSync(process.execPath, [...(self.endsWith(".ts") ? ["--import", "tsx"] : []), self, "--pglite-floor"], { encoding: "utf8" });
  if (floor.status === 0) {
    const f = JSON.parse(floor.stdout.trim()) as { nodeMb: number; withPgliteMb: number };
    console.log(
      `\nPGlite floor: Node alone ${f.nodeMb.toFixed(0)} MB; with an empty PGlite open ${f.withPgliteMb.toFixed(0)} MB (before any bot code).`,
    );
  }
  console.log(
    "\nTargets: status p99 ≤ 20 ms (PostgreSQL), ≤ 40 ms (PGlite); lijst p99 ≤ 50 ms; digest build ≤ 200 ms; toon p99 ≤ 20 ms (PostgreSQL); peak RSS ≤ 300 MB.",
  );
}
