import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "nl-NL" };
const CARLA = { id: "UCARLA", teamId: "T1", name: "carla", realName: "Carla Smit", email: "carla@uwv.nl", locale: "en-US" };

type Payload = { text?: string; blocks?: unknown[] };
type ModalView = {
  private_metadata: string;
  blocks: { block_id: string; label?: { text: string }; element: { type: string; placeholder?: { text: string } } }[];
};

describe("Slack end to end: goal values in the signed status modal", () => {
  let running: TestService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  let sequence = 0;

  async function reply(userId: string, text: string): Promise<Payload> {
    const id = `g${++sequence}`;
    const response = await requests.slashCommand({ text, userId, channelId: "C1", responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return (first?.payload ?? {}) as Payload;
  }

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    for (const user of [LEADER, CARLA]) slack.addUser(user);
    await slack.start();
    running = await startTestService(
      { LEADER_EMAILS: LEADER.email, SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${slack.url}/api/` },
      {
        slack: {
          responseRetry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 1500 },
          webApiRetry: { retries: 5, factor: 1, minTimeout: 20, maxTimeout: 1500 },
        },
      },
    );
    requests = new SlackRequests(running.baseUrl, SECRET);
  });
  afterAll(async () => {
    await running?.stop();
    await slack?.stop();
  });

  it("opens the modal with a field per goal, refuses a bad value beside it, and stores a good one with the status", async () => {
    await reply(LEADER.id, "trekker 1.3 carla@uwv.nl");
    expect((await reply(LEADER.id, "doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2030")).text).toBe(
      "Doel 1 van 1.3 vastgelegd: zzp'ers gesproken.",
    );
    await reply(LEADER.id, "doel 1.3 bijeenkomsten 4");

    const opens = slack.callsOf("views.open").length;
    await requests.slashCommand({ text: "status 1.3", userId: CARLA.id, channelId: "C1", responseUrl: slack.responseUrl("open") });
    const view = (await slack.waitFor(() => slack.callsOf("views.open")[opens])).args.view as ModalView;
    const goalBlocks = view.blocks.filter((block) => block.block_id?.startsWith("goal:"));
    // Carla's Slack is in English: the form is too.
    expect(goalBlocks.map((block) => [block.block_id, block.label?.text, block.element.type])).toEqual([
      ["goal:1.3:1", "Goal 1: zzp'ers gesproken", "plain_text_input"],
      ["goal:1.3:2", "Goal 2: bijeenkomsten", "plain_text_input"],
    ]);
    expect(goalBlocks[0]?.element.placeholder?.text).toBe("now 0, target 200 zzp'ers (leave empty: unchanged)");
    // Her language is remembered, for the reminders the bot sends her unasked.
    expect((await running.database.prisma.person.findUniqueOrThrow({ where: { email: CARLA.email } })).locale).toBe("en");

    const values = (goal1: string | null) => ({
      code: { value: { type: "static_select", selected_option: { value: "1.3" } } },
      status: { value: { type: "static_select", selected_option: { value: "loopt" } } },
      note: { value: { type: "plain_text_input", value: "eerste gesprekken" } },
      "goal:1.3:1": { value: { type: "plain_text_input", value: goal1 } },
      "goal:1.3:2": { value: { type: "plain_text_input", value: null } },
    });
    const bad = await requests.viewSubmission({ userId: CARLA.id, privateMetadata: view.private_metadata, values: values("lots") });
    expect(await bad.json()).toEqual({
      response_action: "errors",
      errors: { "goal:1.3:1": "Enter a number (0 or more), for example 120 or 12.5; or leave the field empty." },
    });
    expect(await running.database.prisma.measurement.count()).toBe(0);
    expect(await running.database.prisma.statusChange.count({ where: { channel: "slack" } })).toBe(0);

    const good = await requests.viewSubmission({ userId: CARLA.id, privateMetadata: view.private_metadata, values: values("120") });
    expect(good.status).toBe(200);
    expect(await good.text()).toBe("");
    const told = await slack.waitFor(() => slack.callsOf("chat.postEphemeral").find((call) => String(call.args.text).includes("1.3")));
    expect(told.args.text).toBe("Status of 1.3 changed: to be worked out → running.");
    expect(JSON.stringify(told.args.blocks)).toContain("1 measurement saved.");
    const [measurement] = await running.database.prisma.measurement.findMany({ include: { goal: true } });
    expect(measurement).toMatchObject({ value: 120, note: "eerste gesprekken", channel: "slack", goal: { number: 1 } });

    const shown = await reply(CARLA.id, "toon 1.3");
    expect(JSON.stringify(shown.blocks)).toContain("120 / 200 zzp'ers (60%)");
  });
});
