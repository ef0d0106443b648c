/**
 * `npm run bench:dashboard`: the dashboard's overview page on PostgreSQL, for the synthetic 2,000-action agenda
 * with a year of history (about 26,000 status changes, 10,000 notes, 400 escalations, 12 reminder rounds), served
 * by the real service to a signed-in browser session. Prints p50/p99 of the overview with its charts already drawn
 * for the counts (the usual case: the counts change a few times a day), of the overview right after a status change
 * (every chart drawn anew), and of the other pages; and peak RSS. Asserts nothing. Target: overview p99 ≤ 150 ms.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { databaseTarget } from "../src/app.js";
import { loadConfig } from "../src/config/env.js";
import { identify } from "../src/core/identify.js";
import { createLogger } from "../src/logging.js";
import { openDatabase } from "../src/persistence/database.js";
import { startService } from "../src/service.js";
import { importBenchRegion } from "./bench-region.js";
import { createScratchPostgres } from "./support/scratch-postgres.js";
import { timeRuns } from "./support/timing.js";
import { syntheticAgenda } from "./synthetic-agenda.js";
import { seedHistory } from "./year-history.js";

const ACTIONS = 2000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
const CHANGED_RUNS = 40;
const LEADER = "projectleider@bench.nl";

const time = (runs: number, fn: (i: number) => Promise<void>) => timeRuns(runs, fn);

const scratch = await createScratchPostgres("doe_bench_dashboard");
const url = new URL(scratch.url);
const dir = await mkdtemp(join(tmpdir(), "doe-bench-dashboard-"));
try {
  const config = loadConfig({
    PORT: "0",
    PLAYGROUND: "off",
    DATA_DIR: join(dir, "data"),
    DATABASE_URL: url.toString(),
    LEADER_EMAILS: LEADER,
    AGENDA_SLUG: `synthetisch-${ACTIONS}`,
  });
  const seeding = await openDatabase(databaseTarget(config));
  await importBenchRegion(seeding, syntheticAgenda(ACTIONS), LEADER);
  await seeding.close();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const seedStart = performance.now();
  await seedHistory(client, new Date());
  const counts = (
    await client.query<{ changes: string; notes: string; escalations: string; rounds: string }>(
      `SELECT (SELECT count(*) FROM status_change) AS changes, (SELECT count(*) FROM note) AS notes,
              (SELECT count(*) FROM escalation) AS escalations, (SELECT count(*) FROM reminder_round) AS rounds`,
    )
  ).rows[0];
  await client.end();

  const service = await startService(config, createLogger("silent"));
  try {
    const base = `http://127.0.0.1:${service.port}`;
    const { app } = service;
    const leader = await identify(app.people, app.leaders, { email: LEADER, channel: "cli" });
    if (!leader.person) throw new Error("no leader");
    const link = await app.dashboard.access.linkFor(leader.person, "nl");
    const signedIn = await app.dashboard.access.signIn(new URL(link.url).searchParams.get("t") ?? "");
    if (!signedIn.ok) throw new Error("could not sign in");
    const cookie = signedIn.setCookie.split(";")[0] ?? "";
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      const body = await response.text();
      if (response.status !== 200 || !body.includes("</html>")) throw new Error(`${path}: ${response.status}`);
    };
    for (let i = 0; i < WARMUP; i++) await get("/dashboard");
    const overview = await time(RUNS, () => get("/dashboard"));
    const statuses = ["loopt", "gepauzeerd", "afgerond", "nader uit te werken"];
    const afterChange = await time(CHANGED_RUNS, async (i) => {
      await app.core.run(`status ${(i % 8) + 1}.${i + 1} ${statuses[i % statuses.length]}`, leader);
      await get("/dashboard");
    });
    const others: [string, string][] = [
      ["progress (52 weeks)", "/dashboard/voortgang"],
      ["theme 3", "/dashboard/thema/3"],
      ["action 3.5", "/dashboard/actie/3.5"],
      ["rounds", "/dashboard/rondes"],
      ["overleg RWB", "/dashboard/overleg/RWB"],
    ];
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `Dashboard benchmark on PostgreSQL: ${ACTIONS} actions, ${counts?.changes} status changes, ${counts?.notes} notes, ${counts?.escalations} escalations, ${counts?.rounds} rounds over a year (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s)\n`,
    );
    console.log(`overview, charts drawn before (${RUNS}×):          p50 ${ms(overview.p50)}  p99 ${ms(overview.p99)}   target p99 ≤ 150 ms`);
    console.log(
      `overview right after a status change (${CHANGED_RUNS}×): p50 ${ms(afterChange.p50)}  p99 ${ms(afterChange.p99)}   (status command included)`,
    );
    for (const [label, path] of others) {
      await get(path);
      const figures = await time(30, () => get(path));
      console.log(`${label.padEnd(22)} (30×): p50 ${ms(figures.p50)}  p99 ${ms(figures.p99)}`);
    }
    // Where an overview's time goes: each of its reads alone.
    const reads: [string, () => Promise<unknown>][] = [
      ["agenda, pillars, themes, overleggen", () => app.dashboard.reader.structure()],
      ["counts per theme", () => app.dashboard.reader.themeStatusCounts()],
      ["open escalations (15)", () => app.dashboard.reader.escalations({ openOnly: true, limit: 15 })],
      ["latest round", () => app.dashboard.reader.rounds(1)],
      ["all rounds (rounds page)", () => app.dashboard.reader.rounds()],
      ["weekly movements (progress page)", () => app.dashboard.reader.weeklyStatusDeltas()],
      ["session check", () => app.dashboard.access.session(cookie)],
    ];
    console.log("\nthe overview's reads, each alone (30×):");
    for (const [label, read] of reads) {
      const figures = await time(30, async () => {
        await read();
      });
      console.log(`  ${label.padEnd(40)} p50 ${ms(figures.p50)}  p99 ${ms(figures.p99)}`);
    }
    console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the service and this client in one process)`);
  } finally {
    await service.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
  // BENCH_KEEP=1 keeps the database for a look at the query plans.
  if (process.env.BENCH_KEEP) console.log(`kept ${url.toString()}`);
  else await scratch.drop();
}
