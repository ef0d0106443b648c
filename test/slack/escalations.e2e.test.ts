import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "nl-NL" };
const ANNA = { id: "UANNA", teamId: "T1", name: "anna", realName: "Anna de Vries", email: "anna@haarlem.nl", locale: "nl-NL" };
const CARLA = { id: "UCARLA", teamId: "T1", name: "carla", realName: "Carla Smit", email: "carla@uwv.nl", locale: "nl-NL" };

type Payload = { text?: string; blocks?: unknown[] };

describe("Slack end to end: an escalation raised, posted in the overleg's channel, answered there, the asker told by DM", () => {
  let running: TestService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  let sequence = 0;

  /** Sends `/actie <text>` in a channel and returns the reply posted to its response_url. */
  async function reply(userId: string, text: string, channelId = "C1"): Promise<Payload> {
    const id = `r${++sequence}`;
    const response = await requests.slashCommand({ text, userId, channelId, responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined), 15_000);
    return (first?.payload ?? {}) as Payload;
  }
  const postsTo = (channel: string) => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === channel);

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    for (const user of [LEADER, ANNA, CARLA]) slack.addUser(user);
    slack.addChannel({ id: "C-RWB", isMember: true });
    await slack.start();
    running = await startTestService({
      LEADER_EMAILS: LEADER.email,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
    });
    requests = new SlackRequests(running.baseUrl, SECRET);
  });
  afterAll(async () => {
    await running?.stop();
    await slack?.stop();
  });

  it("posts the question in RWB's channel at once, lets someone there answer, and sends Anna the answer", async () => {
    expect((await reply(LEADER.id, "koppel RWB", "C-RWB")).text).toContain("Dit kanaal is gekoppeld aan RWB");
    expect((await reply(LEADER.id, "trekker 2.5 <@UANNA|anna>")).text).toBe("Anna de Vries is nu trekker van 2.5.");

    const raised = await reply(ANNA.id, "escaleer 2.5 RWB: wie financiert de pilot?");
    expect(raised.text).toBe("Vraag #1 over 2.5 voorgelegd aan RWB; ze staat in de volgende digest tot ze is opgelost.");
    expect(JSON.stringify(raised.blocks)).toContain("Geplaatst in 1 kanaal van RWB.");
    const post = await slack.waitFor(() => postsTo("C-RWB")[0], 15_000);
    expect(post.args.text).toBe("Escalatie #1 · 2.5 Kandidaten in beeld via heldere profielen");
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain("wie financiert de pilot?");
    expect(blocks).toContain("Gesteld door Anna de Vries, voor RWB.");
    expect(blocks).toContain("antwoord 1 &lt;tekst&gt;");

    // Carla is not in the agenda, but she is in RWB's channel: she may answer there, not elsewhere.
    const elsewhere = await reply(CARLA.id, "antwoord 1 het RWB betaalt", "C1");
    expect(elsewhere.text).toContain("Alleen de projectleider en wie in een kanaal van RWB zit, kan escalatie #1 beantwoorden of sluiten");
    const answered = await reply(CARLA.id, "antwoord #1 het RWB betaalt de pilot uit het werkbudget", "C-RWB");
    expect(answered.text).toBe("Escalatie #1 over 2.5 is beantwoord en gesloten.");
    expect(JSON.stringify(answered.blocks)).toContain("Anna de Vries krijgt een bericht.");

    const dm = await slack.waitFor(() => postsTo(ANNA.id)[0], 15_000);
    expect(dm.args.text).toBe("Antwoord op escalatie #1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(JSON.stringify(dm.args.blocks)).toContain("het RWB betaalt de pilot uit het werkbudget");
    expect(JSON.stringify(dm.args.blocks)).toContain("Carla Smit");
    const row = await running.database.prisma.escalation.findFirstOrThrow({ where: { number: 1 } });
    expect(row).toMatchObject({ outcome: "answered", resolvedVia: "slack" });

    expect((await reply(LEADER.id, "sluit 1 dubbel")).text).toContain("Escalatie #1 is al beantwoord");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(postsTo("C-RWB")).toHaveLength(1);
    expect(postsTo(ANNA.id)).toHaveLength(1);
  });
});
