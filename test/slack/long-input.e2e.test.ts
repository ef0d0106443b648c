/**
 * Issue 11, defect 1, end to end: one member's very long word must not hold up another member's acknowledgement.
 * The other member's slowest acknowledgement beside a long word is compared with the same beside a normal
 * command, in the same run on the same machine (a ratio, not a speed target).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.js";
import { type RunningService, startServiceProcess } from "../support/service-process.js";
import { SlackRequests } from "../support/slack-requests.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const MALLORY = { id: "UMALLORY", teamId: "T1", name: "mallory", realName: "Mallory", email: "mallory@example.nl" };
const ROB = { id: "UROB", teamId: "T1", name: "rob", realName: "Rob Lezer", email: "rob@velsen.nl" };
/** A word as long as a Slack message may be: 40,000 characters, and more than twice that. */
const LONG_WORDS = ["x".repeat(40_000), "y".repeat(100_000)];

describe("Slack: a very long word does not delay another member's acknowledgement", () => {
  let dir: string;
  let service: RunningService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  let sequence = 0;

  const send = (user: { id: string }, text: string) =>
    requests.slashCommand({ text, userId: user.id, responseUrl: slack.responseUrl(`l${++sequence}`) });

  /**
   * The slowest of Rob's acknowledgements while Mallory's command is worked on: Rob sends a command every 50 ms
   * for half a second after Mallory's, so some arrive while her command is parsed.
   */
  async function robsSlowestAcknowledgement(mallorysText: string): Promise<number> {
    const mallory = send(MALLORY, mallorysText);
    const robs: Promise<number>[] = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      robs.push(
        send(ROB, "toon 1.3").then((response) => {
          expect(response.status).toBe(200);
          return performance.now() - start;
        }),
      );
    }
    expect((await mallory).status).toBe(200);
    return Math.max(...(await Promise.all(robs)));
  }

  async function median(texts: string[]): Promise<number> {
    const times: number[] = [];
    for (const text of texts) times.push(await robsSlowestAcknowledgement(text));
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  }

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    slack.addUser(MALLORY);
    slack.addUser(ROB);
    await slack.start();
    // Its own process, so a blocked event loop there cannot also stop this test's clock.
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-long-input-"));
    service = startServiceProcess({
      PORT: "0",
      PLAYGROUND: "off",
      DATA_DIR: join(dir, "data"),
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
    });
    const [, port] = await service.waitFor(/"port":(\d+)/);
    await service.waitFor(/doe-agenda bot ready/);
    requests = new SlackRequests(`http://127.0.0.1:${port}`, SECRET);
    await robsSlowestAcknowledgement("toon 1.3"); // warm up both paths
  });
  afterAll(async () => {
    await service?.stop();
    await slack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("acknowledges the other member as fast beside a 40,000- or 100,000-character word as beside a normal command", async () => {
    const beside = await median(["lijst", "toon 1.4", "zoek scholing"]);
    const besideLong = await median([...LONG_WORDS, LONG_WORDS[0] ?? ""]);
    // Before the fix the long word held the event loop for seconds; now it is refused before any matching.
    expect(besideLong).toBeLessThan(5 * beside + 250);
  });

  it("tells the member who sent the long word what was wrong", async () => {
    const id = `l${++sequence}`;
    expect((await requests.slashCommand({ text: LONG_WORDS[1] ?? "", userId: MALLORY.id, responseUrl: slack.responseUrl(id) })).status).toBe(200);
    const [answer] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined), 15_000);
    expect(JSON.stringify(answer?.payload)).toContain("100000");
  });
});
