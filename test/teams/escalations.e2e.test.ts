import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeConnector, SentActivity } from "../support/fake-connector.js";
import { ANNA, BOT, CARLA, LEADER, message, postActivity } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";

const CHANNEL = "19:channel-abc@thread.tacv2";

const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? {});

describe("Teams end to end: an escalation raised, posted in the overleg's channel, answered there, the asker told in her chat", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;
  let endpoint: string;

  /** Sends a message (in the channel: with the bot @mentioned) and returns what the bot answered. */
  async function say(user: typeof ANNA, text: string, inChannel = false): Promise<SentActivity | undefined> {
    const before = connector.sent.length;
    const activity = inChannel
      ? message(user, `<at>${BOT.name}</at> ${text}`, { serviceUrl: connector.url, channel: true }, [BOT])
      : message(user, text, { serviceUrl: connector.url });
    const response = await postActivity(endpoint, activity);
    expect(response.status).toBe(200);
    // The reply may come after the 200 (the command runs after it is stored): wait for it.
    return connector.waitFor(() => connector.sent.slice(before).find((sent) => sent.replyToId === activity.id), 15_000);
  }
  /** New posts (not replies) in a conversation. */
  const postsIn = (conversationId: string) => connector.sent.filter((sent) => sent.conversationId === conversationId && sent.replyToId === undefined);

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER, ANNA, CARLA], { LEADER_EMAILS: "pl@haarlem.nl" });
    ({ connector, endpoint } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("posts the question in RWB's channel at once, lets Carla answer there, and sends Anna the answer in her chat", async () => {
    expect(cardText(await say(LEADER, "koppel RWB", true))).toContain("Dit kanaal is gekoppeld aan RWB");
    // The leader makes Anna lead of 2.5 by @mention, so her name comes from the roster.
    const mention = message(LEADER, `<at>${BOT.name}</at> trekker 2.5 <at>Anna de Vries</at>`, { serviceUrl: connector.url, channel: true }, [
      BOT,
      { id: ANNA.id, name: "Anna de Vries" },
    ]);
    await postActivity(endpoint, mention);
    const assigned = await connector.waitFor(() => connector.sent.find((sent) => sent.replyToId === mention.id), 15_000);
    expect(cardText(assigned)).toContain("Anna de Vries is nu trekker van 2.5.");
    // Anna has a chat with the bot, where the answer can go; she raises the question there.
    const raised = cardText(await say(ANNA, "escaleer 2.5 RWB: wie financiert de pilot?"));
    expect(raised).toContain("Vraag #1 over 2.5 voorgelegd aan RWB; ze staat in de volgende digest tot ze is opgelost.");
    expect(raised).toContain("Geplaatst in 1 kanaal van RWB.");

    const post = await connector.waitFor(() => postsIn(CHANNEL)[0], 15_000);
    expect(cardText(post)).toContain("Escalatie #1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(cardText(post)).toContain("wie financiert de pilot?");
    expect(cardText(post)).toContain("Gesteld door Anna de Vries, voor RWB.");

    // In her own chat Carla is nobody's member; in RWB's channel she may answer.
    expect(cardText(await say(CARLA, "antwoord 1 het RWB betaalt"))).toContain("Alleen de projectleider en wie in een kanaal van het overleg zit");
    const answered = cardText(await say(CARLA, "antwoord #1 het RWB betaalt de pilot uit het werkbudget", true));
    expect(answered).toContain("Escalatie #1 over 2.5 is beantwoord en gesloten.");
    expect(answered).toContain("Anna de Vries krijgt een bericht.");

    const annaChat = `a:personal-${ANNA.aadObjectId}`;
    const dm = await connector.waitFor(() => postsIn(annaChat)[0], 15_000);
    expect(cardText(dm)).toContain("Antwoord op escalatie #1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(cardText(dm)).toContain("het RWB betaalt de pilot uit het werkbudget");
    expect(cardText(dm)).toContain("beantwoord op");
    const row = await running.database.prisma.escalation.findFirstOrThrow({ where: { number: 1 } });
    expect(row).toMatchObject({ outcome: "answered", resolvedVia: "teams" });

    // `toon` shows the answer; the channel was posted to once and Anna told once.
    expect(cardText(await say(ANNA, "toon 2.5"))).toContain("Afgehandelde escalaties");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(postsIn(CHANNEL)).toHaveLength(1);
    expect(postsIn(annaChat)).toHaveLength(1);
  });
});
