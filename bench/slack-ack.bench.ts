/**
 * `npm run bench:slack`: acknowledgement latency of 500 signed `/actie status` requests at concurrency 20,
 * against the bot (which also does the work after acknowledging) and, side by side, a bare Bolt app that
 * only acknowledges. Both talk to a local fake of the Slack Web API. Prints figures; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeSlack } from "../test/support/fake-slack.js";
import { SlackRequests } from "../test/support/slack-requests.js";
import { launch, percentile } from "./launch.js";

const TOKEN = "xoxb-bench";
const SECRET = "bench-signing-secret";
const REQUESTS = 500;
const CONCURRENCY = 20;
const WARMUP = 40;

async function load(
  requests: SlackRequests,
  slack: FakeSlack,
  count: number,
  text: (i: number) => string,
): Promise<{ p50: number; p99: number; max: number }> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const started = performance.now();
      const response = await requests.slashCommand({ text: text(i), userId: "UANNA", responseUrl: slack.responseUrl(`bench-${i}`) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`request ${i} answered ${response.status}`);
      samples.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples.at(-1) ?? Number.NaN };
}

const here = dirname(fileURLToPath(import.meta.url));
const slack = new FakeSlack(TOKEN);
slack.addUser({ id: "UANNA", teamId: "T1", name: "anna", realName: "Anna", email: "anna@haarlem.nl" });
await slack.start();
const dir = await mkdtemp(join(tmpdir(), "doe-bench-slack-"));
const env = {
  PORT: "0",
  DATA_DIR: join(dir, "data"),
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
  LEADER_EMAILS: "pl@haarlem.nl",
  SLACK_BOT_TOKEN: TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: `${slack.url}/api/`,
  LOG_LEVEL: "info",
};
// The bot and the bare app each run in their own process, as in production; this process only sends and measures.
const assign = spawnSync(process.execPath, [join(here, "../src/cli/main.js"), "trekker", "2.5", "anna@haarlem.nl", "--as", "pl@haarlem.nl"], {
  env: { ...process.env, ...env, LOG_LEVEL: "silent" },
  encoding: "utf8",
});
if (assign.status !== 0) throw new Error(`could not assign the lead: ${assign.stderr}`);
const bot = await launch(join(here, "../src/main.js"), env, (line) => line.includes('"doe-agenda bot ready"'));
const botPort = Number(new URL((JSON.parse(bot.line) as { url: string }).url).port);
const bare = await launch(join(here, "bare-bolt-app.js"), env, (line) => line.startsWith('{"port"'));
const barePort = (JSON.parse(bare.line) as { port: number }).port;

const statuses = ["loopt", "gepauzeerd", "nader uit te werken", "afgerond"];
const text = (i: number) => `status 2.5 ${statuses[i % statuses.length]} voortgang ${i}`;
const botRequests = new SlackRequests(`http://127.0.0.1:${botPort}`, SECRET);
const bareRequests = new SlackRequests(`http://127.0.0.1:${barePort}`, SECRET);

await load(bareRequests, slack, WARMUP, text);
await load(botRequests, slack, WARMUP, text);
// Let the bot finish the warm-up work, so the bare app is measured on a quiet machine.
await slack.waitFor(() => slack.responses.length >= WARMUP || undefined, 60_000);
const bareFigures = await load(bareRequests, slack, REQUESTS, text);
const botFigures = await load(botRequests, slack, REQUESTS, text);
const answered = await slack
  .waitFor(() => (slack.responses.length >= REQUESTS + WARMUP ? slack.responses.length : undefined), 120_000)
  .catch(() => slack.responses.length);

console.log(`Slack acknowledgement latency: ${REQUESTS} signed /actie status requests, concurrency ${CONCURRENCY}\n`);
console.log("app                      | p50       | p99       | max");
console.log(`bare Bolt (ack only)     | ${bareFigures.p50.toFixed(2)} ms | ${bareFigures.p99.toFixed(2)} ms | ${bareFigures.max.toFixed(2)} ms`);
console.log(`doe-agenda bot           | ${botFigures.p50.toFixed(2)} ms | ${botFigures.p99.toFixed(2)} ms | ${botFigures.max.toFixed(2)} ms`);
console.log(`\np99 ratio bot / bare: ${(botFigures.p99 / bareFigures.p99).toFixed(2)} (target ≤ 2)`);
console.log(`replies posted to response_url: ${answered} of ${REQUESTS + WARMUP} (${env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`);

bare.child.kill("SIGTERM");
bot.child.kill("SIGTERM");
await new Promise((resolve) => bot.child.once("exit", resolve));
await slack.stop();
await rm(dir, { recursive: true, force: true });
