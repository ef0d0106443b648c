/**
 * `npm run bench:round`: a reminder round to 500 leads (250 in Slack, 250 in Teams) on a synthetic 2,000-action
 * agenda, sent by the real service to fakes of Slack's Web API and the Bot Framework connector that enforce an
 * app-wide rate limit (429 with Retry-After beyond it). Prints the time to prepare the round, the messages per second
 * achieved per platform as a ratio of the configured limit, the 429s, and the digest build time. Asserts nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseTarget } from "../src/app.js";
import { loadConfig } from "../src/config/env.js";
import { createLogger } from "../src/logging.js";
import { openDatabase } from "../src/persistence/database.js";
import { startService } from "../src/service.js";
import { FakeConnector } from "../test/support/fake-connector.js";
import { FakeSlack } from "../test/support/fake-slack.js";
import { importBenchRegion } from "./bench-region.js";
import { percentile } from "./launch.js";
import { assignLeads, startRound } from "./support/round-setup.js";
import { syntheticAgenda } from "./synthetic-agenda.js";

const ACTIONS = 2000;
const LEADS_PER_PLATFORM = 250;
const SLACK_LIMIT = Number(process.env.BENCH_SLACK_LIMIT ?? 20);
const TEAMS_LIMIT = Number(process.env.BENCH_TEAMS_LIMIT ?? 50);
const DIGEST_RUNS = 30;
const TOKEN = "xoxb-bench";
const LEADER = "projectleider@bench.nl";

const dir = await mkdtemp(join(tmpdir(), "doe-bench-round-"));
const slack = new FakeSlack(TOKEN);
slack.workspacePerSecond = SLACK_LIMIT;
await slack.start();
const connector = new FakeConnector();
connector.appPerSecond = TEAMS_LIMIT;
await connector.start();

const env = {
  PORT: "0",
  // Teams without an app id runs only in local mode, which Slack beside it switches off unless asked for.
  PLAYGROUND: "on",
  DATA_DIR: join(dir, "data"),
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
  LEADER_EMAILS: LEADER,
  SLACK_BOT_TOKEN: TOKEN,
  SLACK_SIGNING_SECRET: "bench-secret",
  SLACK_API_URL: `${slack.url}/api/`,
  SLACK_MESSAGES_PER_SECOND: String(SLACK_LIMIT),
  TEAMS_MESSAGES_PER_SECOND: String(TEAMS_LIMIT),
  AGENDA_SLUG: `synthetisch-${ACTIONS}`,
};
const config = loadConfig(env);

// The synthetic agenda goes in first, so the service does not seed the region's own.
const seeding = await openDatabase(databaseTarget(config));
await importBenchRegion(seeding, syntheticAgenda(ACTIONS), LEADER);
await seeding.close();

const service = await startService(config, createLogger("silent"));
const { core, people: directory, channels } = service.app;
const { reader, writer } = service.app.ports;
const openActions = (await reader.listActions({ statuses: ["nader_uit_te_werken"] })).map((action) => action.code);
const slackUsers: string[] = [];
const teamsChats: string[] = [];
for (let i = 0; i < 2 * LEADS_PER_PLATFORM; i++) {
  const person = await directory.ensurePerson(`trekker${i}@bench.nl`, `Trekker ${i}`);
  if (i % 2 === 0) {
    const user = `U${i}`;
    await directory.linkIdentity(person.id, { platform: "slack", tenantId: "T1", externalId: user });
    slackUsers.push(user);
  } else {
    const chat = `a:personal-${i}`;
    await channels.rememberConversation({
      platform: "teams",
      tenantId: "tenant",
      conversationId: chat,
      kind: "personal",
      personId: person.id,
      reference: {
        serviceUrl: connector.url,
        channelId: "msteams",
        conversation: { id: chat, conversationType: "personal", tenantId: "tenant" },
        bot: { id: "28:bot", name: "Doe-agenda" },
        user: { id: `29:${i}`, name: `Trekker ${i}` },
      },
    });
    teamsChats.push(chat);
  }
}
// Every open action gets a lead; leads have one or two actions each.
const people = await Promise.all(Array.from({ length: 2 * LEADS_PER_PLATFORM }, (_, i) => directory.findByEmail(`trekker${i}@bench.nl`)));
await assignLeads(writer, openActions, people);

const { started, prepareMs } = await startRound(service.app, LEADER);

const slackPosts = () => slack.callsOf("chat.postMessage").filter((call) => String(call.args.channel).startsWith("U"));
const teamsPosts = () => connector.sent.filter((sent) => sent.conversationId.startsWith("a:personal-"));
const deadline = Date.now() + 10 * 60_000;
while ((slackPosts().length < slackUsers.length || teamsPosts().length < teamsChats.length) && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}

function rate(times: number[]): { count: number; seconds: number; perSecond: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const seconds = ((sorted.at(-1) ?? 0) - (sorted[0] ?? 0)) / 1000;
  return { count: sorted.length, seconds, perSecond: seconds > 0 ? (sorted.length - 1) / seconds : Number.NaN };
}
const slackRate = rate(slackPosts().map((call) => call.at));
const teamsRate = rate(teamsPosts().map((sent) => sent.at));

const digestTimes: number[] = [];
for (let i = 0; i < DIGEST_RUNS + 5; i++) {
  const now = new Date();
  const t0 = performance.now();
  await core.digestFor("RWB", new Date(now.getTime() - 7 * 24 * 3600 * 1000), now, "nl");
  if (i >= 5) digestTimes.push(performance.now() - t0);
}
digestTimes.sort((a, b) => a - b);

console.log(`Reminder round benchmark: ${started.message.summary}`);
console.log(`(${ACTIONS}-action synthetic agenda, ${openActions.length} actions to be worked out, database ${service.app.database.kind})\n`);
console.log(`time to prepare the round (plan, store, queue ${slackUsers.length + teamsChats.length} messages): ${prepareMs.toFixed(0)} ms\n`);
console.log("platform | messages | limit/s | achieved/s | ratio | 429s");
for (const [name, figures, limit, limited] of [
  ["Slack", slackRate, SLACK_LIMIT, slack.rateLimited],
  ["Teams", teamsRate, TEAMS_LIMIT, connector.rateLimited],
] as const) {
  console.log(
    `${name.padEnd(8)} | ${String(figures.count).padEnd(8)} | ${String(limit).padEnd(7)} | ${figures.perSecond.toFixed(2).padEnd(10)} | ${(figures.perSecond / limit).toFixed(3)} | ${limited}`,
  );
}
console.log(
  `\ndigest build (RWB, with the open round's response rate): p50 ${percentile(digestTimes, 50).toFixed(1)} ms, p99 ${percentile(digestTimes, 99).toFixed(1)} ms`,
);
console.log("\nTargets: ratio ≥ 0.9 with no 429 after the first; digest build ≤ 200 ms.");

await service.stop();
await slack.stop();
await connector.stop();
await rm(dir, { recursive: true, force: true });
