/**
 * Two regions on one database, each with its own Slack workspace: every command, button and form works in its
 * workspace's region only. Whatever a user of one region types or tampers with, the other region is neither read
 * nor changed; a workspace of no region is told so and nothing is stored. PGlite and PostgreSQL.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import type { Database } from "../../src/persistence/database.js";
import { type Service, startService } from "../../src/service.js";
import { LEADER } from "../support/agenda-fixture.js";
import { FakeSlack } from "../support/fake-slack.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { IVO_EMAIL, importSecondRegion, SECOND_REGION_TITLE } from "../support/second-region.js";
import { SlackRequests } from "../support/slack-requests.js";

const SECRET = "signing-secret-for-tests";
const HAARLEM = "THAARLEM";
const WESTBRABANT = "TWESTBRABANT";
const ELDERS = "TELDERS";
const PETRA = { id: "UPETRA", teamId: HAARLEM, name: "petra", realName: "Petra Leider", email: LEADER, locale: "nl-NL" };
const IVO = { id: "UIVO", teamId: WESTBRABANT, name: "ivo", realName: "Ivo Bakker", email: IVO_EMAIL, locale: "nl-NL" };
/** The first region's leader, also in the second region's workspace: a leader there only by that region's say. */
const PETRA_WB = { id: "UPETRAWB", teamId: WESTBRABANT, name: "petra", realName: "Petra Leider", email: LEADER, locale: "nl-NL" };
const STRANGER = { id: "USTRANGER", teamId: ELDERS, name: "sam", realName: "Sam Elders", email: "sam@elders.nl", locale: "nl-NL" };

async function secondRegion(database: Database): Promise<void> {
  await importSecondRegion(database, [{ platform: "slack", first: HAARLEM, second: WESTBRABANT }]);
}

type Payload = { text?: string; blocks?: unknown[] };
const shown = (payload: Payload | undefined) => JSON.stringify(payload ?? {});

forEachDatabase("Two regions in Slack", { agenda: true, seed: secondRegion }, (ctx) => {
  let slack: FakeSlack;
  let service: Service;
  let requests: SlackRequests;
  let sequence = 0;

  beforeAll(async () => {
    slack = new FakeSlack("xoxb-test-token");
    for (const user of [PETRA, IVO, PETRA_WB, STRANGER]) slack.addUser(user);
    await slack.start();
  });
  afterAll(async () => {
    await slack?.stop();
  });
  beforeEach(async () => {
    const config = loadConfig({
      PORT: "0",
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      PLAYGROUND: "off",
      LEADER_EMAILS: LEADER,
    });
    // The service closes its database when it stops; this file's database outlives each test.
    service = await startService(config, createLogger("silent"), {
      database: { ...ctx.database, close: async () => undefined },
      slack: {
        responseRetry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 },
        webApiRetry: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 200 },
      },
    });
    requests = new SlackRequests(`http://127.0.0.1:${service.port}`, SECRET);
  });
  afterEach(async () => {
    await service?.stop();
  });

  async function answer(user: { id: string; teamId: string }, text: string): Promise<Payload | undefined> {
    const id = `r${++sequence}`;
    const response = await requests.slashCommand({ text, userId: user.id, teamId: user.teamId, channelId: "D1", responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return first?.payload as Payload | undefined;
  }

  const statusOf = async (slug: string, code: string) =>
    (await ctx.database.prisma.action.findFirstOrThrow({ where: { code, agenda: { slug } }, select: { status: true } })).status;

  it("serves both regions, each workspace its own agenda", async () => {
    expect(service.regions.map((region) => region.region.slug)).toEqual(["zuid-kennemerland-ijmond", "west-brabant"]);
    expect(shown(await answer(PETRA, "toon 1.1"))).toContain("Werkgeversservicepunt");
    const west = shown(await answer(IVO, "toon 1.1"));
    expect(west).toContain(SECOND_REGION_TITLE);
    expect(west).not.toContain("Werkgeversservicepunt");
  });

  it("neither reads nor changes the other region, whatever is typed", async () => {
    const changes = () => ctx.database.prisma.statusChange.count();
    const before = await changes();
    // 6.8 is the first region's only: from the second region's workspace it does not exist.
    const other = shown(await answer(IVO, "toon 6.8"));
    expect(other).toContain("Actie `6.8` bestaat niet");
    expect(other).not.toContain((await titleOf("zuid-kennemerland-ijmond", "6.8")).slice(0, 40));
    expect(shown(await answer(IVO, "status 6.8 afgerond"))).toContain("Actie `6.8` bestaat niet");
    expect(await changes()).toBe(before);
    // Ivo's update of his own 1.1 changes the second region's 1.1 only.
    await answer(IVO, "status 1.1 afgerond Fonds is verdeeld");
    expect(await statusOf("west-brabant", "1.1")).toBe("afgerond");
    expect(await statusOf("zuid-kennemerland-ijmond", "1.1")).toBe("loopt");
    // A search finds nothing of the other region either.
    expect(shown(await answer(IVO, "zoek Werkgeversservicepunt"))).not.toContain("1.1");
  });

  it("keeps a button press in its workspace's region, even with another region's code in it", async () => {
    const changes = () => ctx.database.prisma.statusChange.count();
    const before = await changes();
    const id = `b${++sequence}`;
    const response = await requests.buttonPress({
      actionId: "action.confirm",
      value: "6.8",
      userId: IVO.id,
      teamId: WESTBRABANT,
      channelId: "D1",
      responseUrl: slack.responseUrl(id),
    });
    expect(response.status).toBe(200);
    const [pressed] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    // Refused before the action is looked up, as for any action not one's own; the other region's 6.8 shows nowhere.
    expect(shown(pressed?.payload as Payload)).toContain("Je bent geen trekker van actie 6.8");
    expect(shown(pressed?.payload as Payload)).not.toContain((await titleOf("zuid-kennemerland-ijmond", "6.8")).slice(0, 40));
    expect(await changes()).toBe(before);
  });

  it("makes LEADER_EMAILS leaders of the first region only", async () => {
    expect(shown(await answer(PETRA, "trekker 6.8 ivo@westbrabant.nl"))).toContain("trekker van 6.8");
    const refused = shown(await answer(PETRA_WB, "trekker 1.1 sam@elders.nl"));
    expect(refused).toMatch(/projectleider/i);
    const lead = await ctx.database.prisma.actionLead.count({ where: { person: { email: STRANGER.email } } });
    expect(lead).toBe(0);
  });

  it("writes to a person in each region only in that region's workspace", async () => {
    // Petra has an account in both workspaces (one e-mail address, one person): both get linked when she writes.
    await answer(PETRA, "mijn");
    await answer(PETRA_WB, "mijn");
    const petra = await ctx.database.prisma.person.findUniqueOrThrow({ where: { email: LEADER } });
    const [first, second] = service.regions;
    expect(await first?.people.directTargets(petra.id)).toEqual([{ platform: "slack", target: PETRA.id }]);
    expect(await second?.people.directTargets(petra.id)).toEqual([{ platform: "slack", target: PETRA_WB.id }]);
  });

  it("tells a workspace of no region so, and stores nothing", async () => {
    const journal = () => ctx.database.prisma.commandJournalEntry.count();
    const before = await journal();
    const response = await requests.slashCommand({
      text: "toon 1.1",
      userId: STRANGER.id,
      teamId: ELDERS,
      responseUrl: slack.responseUrl("stranger"),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { text?: string };
    expect(body.text).toContain("hoort bij geen regio");
    expect(body.text).toContain(ELDERS);
    expect(await journal()).toBe(before);
    expect(await ctx.database.prisma.person.count({ where: { email: STRANGER.email } })).toBe(0);
  });

  async function titleOf(slug: string, code: string): Promise<string> {
    return (await ctx.database.prisma.action.findFirstOrThrow({ where: { code, agenda: { slug } }, select: { title: true } })).title;
  }
});
