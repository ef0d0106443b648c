/**
 * `npm run bench:report`: the quarterly report of the quarter under way, in every format, for the synthetic
 * 2,000-action agenda with a year of history on PostgreSQL (as `bench:dashboard` seeds it, plus funding decisions
 * and goals with measurements). Each run reads the quarter from the database and renders the file. Prints the
 * time per format (median and slowest of the runs, after one warm-up that loads the libraries), the file sizes
 * and peak RSS. Asserts nothing. Target: every format ≤ 3 s.
 */
import pg from "pg";
import { databaseTarget } from "../src/app.js";
import { loadConfig } from "../src/config/env.js";
import { currentQuarter } from "../src/core/report/quarter.js";
import { buildQuarterReport } from "../src/core/report/quarter-report.js";
import { REPORT_FORMATS } from "../src/core/report/report-links.js";
import { openDashboardStores } from "../src/persistence/dashboard-stores.js";
import { openDatabase } from "../src/persistence/database.js";
import { PrismaAgendaImporter } from "../src/persistence/prisma-agenda-importer.js";
import { openStores } from "../src/persistence/prisma-stores.js";
import { renderReport } from "../src/report/render-report.js";
import { createScratchPostgres } from "./support/scratch-postgres.js";
import { syntheticAgenda } from "./synthetic-agenda.js";
import { seedHistory } from "./year-history.js";

const ACTIONS = 2000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Funding decided over the year and goals measured monthly, on a share of the actions. */
async function seedFundingAndGoals(client: pg.Client, now: Date): Promise<void> {
  await client.query(
    `INSERT INTO funding_entry (action_id, from_status, to_status, source, amount_cents, note, channel, created_at)
     SELECT a.id, 'nader_te_bepalen', CASE WHEN a.position % 3 = 0 THEN 'afgewezen' ELSE 'toegekend' END::"FundingStatus", 'PoW',
            (a.position % 50 + 1) * 100000, 'besluit', 'slack', $1::timestamp - (a.position % 360) * interval '1 day'
     FROM action a WHERE a.position % 4 = 0`,
    [now],
  );
  await client.query(
    `INSERT INTO goal (action_id, number, description, target, unit, channel, created_at)
     SELECT a.id, 1, 'Deelnemers bereikt', 100, 'deelnemers', 'import', $1::timestamp - interval '365 days' FROM action a WHERE a.position % 5 = 0`,
    [now],
  );
  await client.query(
    `INSERT INTO measurement (goal_id, value, channel, created_at)
     SELECT g.id, m * 8, 'slack', $1::timestamp - (12 - m) * interval '30 days' FROM goal g, generate_series(1, 12) m`,
    [now],
  );
  await client.query("ANALYZE");
}

const scratch = await createScratchPostgres("doe_bench_report");
const url = new URL(scratch.url);
try {
  const config = loadConfig({ DATABASE_URL: url.toString(), LEADER_EMAILS: "projectleider@bench.nl", AGENDA_SLUG: `synthetisch-${ACTIONS}` });
  const database = await openDatabase(databaseTarget(config));
  try {
    await new PrismaAgendaImporter(database.prisma).importAgenda(syntheticAgenda(ACTIONS));
    const client = new pg.Client({ connectionString: url.toString() });
    // The database is dropped with FORCE at the end, whatever happened: that ends this connection too.
    client.on("error", () => undefined);
    await client.connect();
    const now = new Date();
    await seedHistory(client, now);
    await seedFundingAndGoals(client, now);
    const counts = (
      await client.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM status_change) AS changes, (SELECT count(*) FROM note) AS notes, (SELECT count(*) FROM funding_entry) AS funding,
                (SELECT count(*) FROM measurement) AS measurements, (SELECT count(*) FROM escalation) AS escalations, (SELECT count(*) FROM reminder_round) AS rounds`,
      )
    ).rows[0];
    await client.end();
    const stores = await openStores(database, config.agendaSlug);
    const source = openDashboardStores(database, stores.agendaId).report;
    const quarter = currentQuarter(now);
    console.log(
      `Quarterly report benchmark on PostgreSQL: ${ACTIONS} actions, ${counts?.changes} status changes, ${counts?.notes} notes, ${counts?.funding} funding entries, ${counts?.measurements} measurements, ${counts?.escalations} escalations, ${counts?.rounds} rounds; quarter ${quarter.label} up to now\n`,
    );
    const model: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const started = performance.now();
      await buildQuarterReport(source, quarter, now);
      if (i > 0) model.push(performance.now() - started);
    }
    const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
    const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
    console.log(`the model alone (reads and sums):  median ${ms(median(model))}  slowest ${ms(Math.max(...model))}`);
    for (const format of REPORT_FORMATS) {
      const samples: number[] = [];
      let size = 0;
      let first = 0;
      for (let i = 0; i < RUNS + 1; i++) {
        const started = performance.now();
        const report = await buildQuarterReport(source, quarter, now);
        size = (await renderReport(report, format, "nl")).body.length;
        const took = performance.now() - started;
        if (i === 0) first = took;
        else samples.push(took);
      }
      console.log(
        `${format.padEnd(5)} model + file (${RUNS}×):         median ${ms(median(samples))}  slowest ${ms(Math.max(...samples))}  first (loads the library) ${ms(first)}  ${(size / 1024).toFixed(0)} KB   target ≤ 3 s`,
      );
    }
    console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await scratch.drop();
}
