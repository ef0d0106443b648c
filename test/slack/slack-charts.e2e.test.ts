/**
 * Charts in Slack: with PUBLIC_URL the status charts of `lijst`, App Home and the digest are image blocks whose
 * address the service itself serves as a PNG (signed: a changed address is refused); without it, the text bar.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService } from "../support/test-service.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const PUBLIC_URL = "https://doe-agenda.example.nl";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "nl-NL" };

interface SlackBlock {
  type: string;
  image_url?: string;
  alt_text?: string;
  text?: { text: string };
}
type Payload = { text?: string; blocks?: SlackBlock[] };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function startWith(env: Record<string, string>) {
  const slack = new FakeSlack(TOKEN);
  slack.addUser(LEADER);
  await slack.start();
  const running = await startTestService(
    { LEADER_EMAILS: LEADER.email, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${slack.url}/api/`, ...env },
    {
      slack: {
        responseRetry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 1500 },
        webApiRetry: { retries: 5, factor: 1, minTimeout: 20, maxTimeout: 1500 },
      },
    },
  );
  const requests = new SlackRequests(running.baseUrl, SECRET);
  let sequence = 0;
  const reply = async (text: string, channelId = "C1"): Promise<Payload> => {
    const id = `r${++sequence}`;
    expect((await requests.slashCommand({ text, userId: LEADER.id, channelId, responseUrl: slack.responseUrl(id) })).status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return (first?.payload ?? {}) as Payload;
  };
  return { slack, running, requests, reply };
}

describe("Slack charts with PUBLIC_URL: image blocks served by the service as PNG", () => {
  let context: Awaited<ReturnType<typeof startWith>>;
  /** The address as the service serves it here (Slack would fetch it at PUBLIC_URL). */
  const local = (url: string) => url.replace(PUBLIC_URL, context.running.baseUrl);

  beforeAll(async () => {
    context = await startWith({ PUBLIC_URL });
  });
  afterAll(async () => {
    await context?.running.stop();
    await context?.slack.stop();
  });

  it("answers `lijst` with the status chart as an image whose address returns a PNG, its text bar as alt text", async () => {
    const answer = await context.reply("lijst thema 1");
    const image = answer.blocks?.find((block) => block.type === "image");
    expect(image?.image_url).toMatch(new RegExp(`^${PUBLIC_URL}/charts/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}\\.png$`));
    expect(image?.alt_text).toMatch(/^Status van de acties: (loopt|nader uit te werken)\s+█+░*\s+\d+/);
    expect(JSON.stringify(answer.blocks)).not.toContain("```");

    const response = await fetch(local(image?.image_url ?? ""));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // 640 × (64 + 40 + 36 per bar) at twice the size: one bar.
    expect(pngSize(png)).toEqual({ width: 1280, height: 280 });
  });

  it("refuses a changed, re-signed or made-up address", async () => {
    const answer = await context.reply("lijst");
    const url = answer.blocks?.find((block) => block.type === "image")?.image_url ?? "";
    const [, data = "", signature = ""] = /\/charts\/([^.]+)\.([^.]+)\.png$/.exec(url) ?? [];
    const flip = (text: string, at: number) => `${text.slice(0, at)}${text[at] === "A" ? "B" : "A"}${text.slice(at + 1)}`;
    const addresses = [
      `${context.running.baseUrl}/charts/${flip(data, 5)}.${signature}.png`,
      `${context.running.baseUrl}/charts/${data}.${flip(signature, 10)}.png`,
      `${context.running.baseUrl}/charts/${data}.png`,
      `${context.running.baseUrl}/charts/${"A".repeat(40)}.${"B".repeat(43)}.png`,
    ];
    for (const address of addresses) {
      const response = await fetch(address);
      expect([403, 404]).toContain(response.status);
      expect(response.headers.get("content-type")).not.toBe("image/png");
    }
    expect((await fetch(local(url))).status).toBe(200);
  });

  it("shows a chart per pillar on App Home", async () => {
    const before = context.slack.callsOf("views.publish").length;
    expect((await context.requests.appHomeOpened({ userId: LEADER.id, eventId: "Ev-charts-home" })).status).toBe(200);
    const published = await context.slack.waitFor(() => context.slack.callsOf("views.publish")[before]);
    const blocks = (published.args.view as { blocks: SlackBlock[] }).blocks;
    const images = blocks.filter((block) => block.type === "image");
    const pillars = blocks.filter((block) => block.type === "header" && /\(\d+ acties?\)$/.test(block.text?.text ?? "")).length;
    expect(images.length).toBeGreaterThan(0);
    expect(images.length).toBe(pillars);
    const png = Buffer.from(await (await fetch(local(images[0]?.image_url ?? ""))).arrayBuffer());
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // A bar with the pillar's name beside it.
    expect(pngSize(png)).toEqual({ width: 1280, height: 280 });
  });

  it("posts the digest with its chart as an image", async () => {
    context.slack.addChannel({ id: "C-RWB", isMember: true });
    expect((await context.reply("koppel RWB", "C-RWB")).text).toContain("Dit kanaal is gekoppeld aan RWB");
    expect((await context.reply("digest nu", "C-RWB")).text).toBe("Het weekoverzicht van RWB wordt zo in dit kanaal geplaatst.");
    const posted = await context.slack.waitFor(() => context.slack.callsOf("chat.postMessage").find((call) => call.args.channel === "C-RWB"), 15_000);
    const image = (posted.args.blocks as SlackBlock[]).find((block) => block.type === "image");
    expect(image?.alt_text).toContain("█");
    expect((await fetch(local(image?.image_url ?? ""))).headers.get("content-type")).toBe("image/png");
  });
});

describe("Slack charts without PUBLIC_URL", () => {
  let context: Awaited<ReturnType<typeof startWith>>;
  beforeAll(async () => {
    context = await startWith({});
  });
  afterAll(async () => {
    await context?.running.stop();
    await context?.slack.stop();
  });

  it("answers `lijst` with the text bar, no image, and serves no chart addresses", async () => {
    const answer = await context.reply("lijst thema 1");
    expect(answer.blocks?.some((block) => block.type === "image")).toBe(false);
    expect(JSON.stringify(answer.blocks)).toMatch(/```(loopt|nader uit te werken)\s+█+░*\s+\d+/);
    expect((await fetch(`${context.running.baseUrl}/charts/${"A".repeat(40)}.${"B".repeat(43)}.png`)).status).toBe(404);
  });
});
