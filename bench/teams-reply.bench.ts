/**
 * `npm run bench:teams`: reply latency of 500 messages (`toon 1.3`) at concurrency 20: from posting the activity
 * to /api/messages until the reply reaches the (local) connector. The bot and, side by side, a bare teams-ai app
 * that echoes run in their own processes and take turns in rounds. Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeConnector } from "../test/support/fake-connector.js";
import { message, TENANT } from "../test/support/teams-activities.js";
import { launch, percentile } from "./launch.js";

const MESSAGES = 500;
const CONCURRENCY = 20;
const WARMUP = 40;
/** The two apps take turns, a round each, so a slower or faster spell of the machine falls on both alike. */
const ROUNDS = 5;
const USER = { id: "29:anna", name: "Anna de Vries", aadObjectId: "aad-anna" };

async function load(endpoint: string, connector: FakeConnector, count: number, text: string, samples: number[] = []): Promise<number[]> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const activity = message(USER, text, { serviceUrl: connector.url });
      const started = performance.now();
      const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`message ${i} answered ${response.status}`);
      await connector.replyTo(activity.id, 60_000);
      samples.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return samples;
}

function figures(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

const here = dirname(fileURLToPath(import.meta.url));
const connector = new FakeConnector();
connector.addMember({ ...USER, email: "anna@haarlem.nl", userPrincipalName: "anna@haarlem.nl", tenantId: TENANT });
await connector.start();
const dir = await mkdtemp(join(tmpdir(), "doe-bench-teams-"));
const env = { PORT: "0", DATA_DIR: join(dir, "data"), DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "", PLAYGROUND: "off", LOG_LEVEL: "info" };
const bot = await launch(join(here, "../src/main.js"), env, (line) => line.includes('"doe-agenda bot ready"'));
const botPort = Number(new URL((JSON.parse(bot.line) as { url: string }).url).port);
const bare = await launch(join(here, "bare-teams-app.js"), env, (line) => line.startsWith('{"port"'));
const barePort = (JSON.parse(bare.line) as { port: number }).port;

const botEndpoint = `http://127.0.0.1:${botPort}/api/messages`;
const bareEndpoint = `http://127.0.0.1:${barePort}/api/messages`;
await load(bareEndpoint, connector, WARMUP, "toon 1.3");
await load(botEndpoint, connector, WARMUP, "toon 1.3");
const bareSamples: number[] = [];
const botSamples: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  await load(bareEndpoint, connector, MESSAGES / ROUNDS, "toon 1.3", bareSamples);
  await load(botEndpoint, connector, MESSAGES / ROUNDS, "toon 1.3", botSamples);
}
const bareFigures = figures(bareSamples);
const botFigures = figures(botSamples);

console.log(
  `Teams reply latency: ${MESSAGES} messages ("toon 1.3") per app in ${ROUNDS} alternating rounds, concurrency ${CONCURRENCY}, until the reply reaches the connector\n`,
);
console.log("app                      | p50       | p99       | max");
console.log(`bare teams-ai (echo)     | ${bareFigures.p50.toFixed(2)} ms | ${bareFigures.p99.toFixed(2)} ms | ${bareFigures.max.toFixed(2)} ms`);
console.log(`doe-agenda bot           | ${botFigures.p50.toFixed(2)} ms | ${botFigures.p99.toFixed(2)} ms | ${botFigures.max.toFixed(2)} ms`);
console.log(
  `\np99 ratio bot / bare: ${(botFigures.p99 / bareFigures.p99).toFixed(2)} (target ≤ 2); database: ${env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`,
);

bare.child.kill("SIGTERM");
bot.child.kill("SIGTERM");
await new Promise((resolve) => bot.child.once("exit", resolve));
await connector.stop();
await rm(dir, { recursive: true, force: true });
