/**
 * `npm run bench:forget`: `persoon export` and `persoon vergeet` on PostgreSQL, on the synthetic 2,000-action agenda
 * with 200 leads, 26,000 status changes, 10,000 notes (1 in 50 naming the person forgotten) and 5,000 sent
 * messages. Prints how long the export and the forgetting take (the forgetting visits every text column of every
 * table, once per term) and how many rows it rewrote. Asserts nothing.
 */
import pg from "pg";
import { openDatabase } from "../src/persistence/database.js";
import { PrismaAgendaImporter } from "../src/persistence/prisma-agenda-importer.js";
import { PrismaPersonPrivacy } from "../src/persistence/prisma-person-privacy.js";
import { createScratchPostgres } from "./support/scratch-postgres.js";
import { syntheticAgenda } from "./synthetic-agenda.js";

const scratch = await createScratchPostgres("doe_bench_forget");
const url = new URL(scratch.url);
try {
  const database = await openDatabase({ kind: "postgres", url: url.toString() });
  await new PrismaAgendaImporter(database.prisma).importAgenda(syntheticAgenda(2000));
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(
    `INSERT INTO person (email, display_name) SELECT 'lead' || n || '@bench.nl', 'Trekker Nummer' || n FROM generate_series(1, 200) n`,
  );
  await client.query(`INSERT INTO platform_identity (person_id, platform, tenant_id, external_id) SELECT id, 'slack', 'T1', 'U' || id FROM person`);
  await client.query(`INSERT INTO action_lead (action_id, person_id) SELECT a.id, 1 + (a.position % 200) FROM action a`);
  await client.query(`INSERT INTO status_change (action_id, to_status, note, person_id, channel)
    SELECT a.id, 'loopt', 'voortgang ' || n, 1 + (a.position % 200), 'slack' FROM action a, generate_series(1, 13) n`);
  await client.query(`INSERT INTO note (action_id, person_id, text, channel)
    SELECT a.id, 1 + ((a.position + n) % 200), CASE WHEN (a.position * 5 + n) % 50 = 0 THEN 'Trekker Nummer7 belt lead7@bench.nl' ELSE 'overleg gevoerd ' || n END, 'slack'
    FROM action a, generate_series(1, 5) n`);
  await client.query(`INSERT INTO outbox_message (dedupe_key, platform, target, payload, status, sent_at)
    SELECT 'bench:' || n, 'slack', 'U' || (1 + n % 200), jsonb_build_object('text', 'Hallo Trekker Nummer' || (1 + (n + 1) % 200)), 'sent', now() FROM generate_series(1, 5000) n`);
  await client.end();
  const privacy = new PrismaPersonPrivacy(database.prisma);
  let started = performance.now();
  const data = await privacy.exportPerson("lead7@bench.nl");
  const exportMs = performance.now() - started;
  started = performance.now();
  const summary = await privacy.forgetPerson("lead7@bench.nl");
  const forgetMs = performance.now() - started;
  console.log(
    `export: ${exportMs.toFixed(0)} ms (${data?.statusChanges.length} status changes, ${data?.notes.length} notes, ${data?.outboxMessages.length} messages)`,
  );
  console.log(`forget: ${forgetMs.toFixed(0)} ms (${summary?.rewritten} rows rewritten, ${JSON.stringify(summary?.removed)})`);
  await database.close();
} finally {
  await scratch.drop();
}
