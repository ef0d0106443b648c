/**
 * `npm run bench:mail`: a reminder round to 250 leads outside chat, by e-mail, sent by the real service through the
 * outbox to a real SMTP server on loopback (smtp-server). Prints the mails per second achieved against the configured
 * MAIL_MESSAGES_PER_SECOND, and how many leads got more than one mail. Asserts nothing. `npm run bench:round` runs it
 * after the chat round: its own agenda, leads and round, so both can share one BENCH_DATABASE_URL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseTarget } from "../src/app.js";
import { loadConfig } from "../src/config/env.js";
import { createLogger } from "../src/logging.js";
import { openDatabase } from "../src/persistence/database.js";
import { startService } from "../src/service.js";
import { SmtpSink } from "../test/support/smtp-sink.js";
import { importBenchRegion } from "./bench-region.js";
import { assignLeads, startRound } from "./support/round-setup.js";
import { syntheticAgenda } from "./synthetic-agenda.js";

const ACTIONS = 2000;
const LEADS = 250;
const MAIL_LIMIT = Number(process.env.BENCH_MAIL_LIMIT ?? 10);
const LEADER = "projectleider@bench.nl";
/** Addresses of their own: the chat round's leads (trekker<n>@bench.nl) have Slack and Teams accounts. */
const LEAD_PREFIX = "mailtrekker";

const dir = await mkdtemp(join(tmpdir(), "doe-bench-mail-"));
const sink = new SmtpSink();
await sink.start();
const env = {
  PORT: "0",
  PLAYGROUND: "off",
  DATA_DIR: join(dir, "data"),
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
  LEADER_EMAILS: LEADER,
  SMTP_URL: sink.url,
  MAIL_MESSAGES_PER_SECOND: String(MAIL_LIMIT),
  AGENDA_SLUG: `synthetisch-mail-${ACTIONS}`,
};
const config = loadConfig(env);
const seeding = await openDatabase(databaseTarget(config));
await importBenchRegion(seeding, { ...syntheticAgenda(ACTIONS), slug: env.AGENDA_SLUG }, LEADER);
await seeding.close();

const service = await startService(config, createLogger("silent"));
const { core, people: directory } = service.app;
const { reader, writer } = service.app.ports;
const openActions = (await reader.listActions({ statuses: ["nader_uit_te_werken"] })).map((action) => action.code);
const people = [];
for (let i = 0; i < LEADS; i++) people.push(await directory.ensurePerson(`${LEAD_PREFIX}${i}@bench.nl`, `Trekker ${i}`));
await assignLeads(writer, openActions, people);
const { actor, started, prepareMs } = await startRound(service.app, LEADER);

const leadMails = () => sink.mails.filter((mail) => mail.to.startsWith(LEAD_PREFIX));
const deadline = Date.now() + 10 * 60_000;
while (new Set(leadMails().map((mail) => mail.to)).size < LEADS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
// A little longer, so a duplicate sent late would be counted.
await new Promise((resolve) => setTimeout(resolve, 3000));

const times = leadMails()
  .map((mail) => mail.at)
  .sort((a, b) => a - b);
const seconds = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
const perSecond = seconds > 0 ? (times.length - 1) / seconds : Number.NaN;
const recipients = new Set(leadMails().map((mail) => mail.to)).size;
const duplicates = leadMails().length - recipients;

console.log(`E-mail round benchmark: ${started.message.summary}`);
console.log(`(${ACTIONS}-action synthetic agenda, ${openActions.length} actions to be worked out, database ${service.app.database.kind})\n`);
console.log(`time to prepare the round (plan, sign ${LEADS} links, store, queue): ${prepareMs.toFixed(0)} ms\n`);
console.log("mails | leads reached | limit/s | achieved/s | ratio | duplicates");
console.log(
  `${String(times.length).padEnd(5)} | ${String(recipients).padEnd(13)} | ${String(MAIL_LIMIT).padEnd(7)} | ${perSecond.toFixed(2).padEnd(10)} | ${(perSecond / MAIL_LIMIT).toFixed(3)} | ${duplicates}`,
);
console.log("\nTargets: ratio ≥ 0.9 of MAIL_MESSAGES_PER_SECOND, 0 duplicates.");

// Closed, so a next run on the same database can start its round.
await core.run("ronde sluit", actor);
await service.stop();
await sink.stop();
await rm(dir, { recursive: true, force: true });
