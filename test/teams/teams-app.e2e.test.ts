import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/service.js";
import type { FakeConnector, SentActivity } from "../support/fake-connector.js";
import { ANNA, BOT, CARLA, installed, LEADER, message, READER, TENANT } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";

type CardResponse = { statusCode: number; type: string; value: string | { body: unknown[] } };
const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? {});

describe("Teams end to end: Bot Framework activities into /api/messages, a local connector", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;
  let service: Service;
  const where = () => ({ serviceUrl: connector.url });
  const post = (activity: unknown) => running.post(activity);
  /** Sends a message and returns what the bot sent back for it. */
  async function say(
    user: typeof ANNA,
    text: string,
    options: { channel?: boolean; mentions?: { id: string; name: string }[]; locale?: string } = {},
  ) {
    const before = connector.sent.length;
    const activity = message(
      user,
      text,
      { ...where(), ...(options.channel ? { channel: true } : {}), ...(options.locale ? { locale: options.locale } : {}) },
      options.mentions,
    );
    const response = await post(activity);
    expect(response.status).toBe(200);
    return connector.sent.slice(before);
  }
  const press = (user: typeof ANNA, verb: string, data: Record<string, unknown>) => running.press<CardResponse>(user, verb, data);

  /** The leader makes Anna lead of 2.5 by @mention in a channel, so her name comes from the roster. */
  async function annaLeads25() {
    const replies = await say(LEADER, `<at>${BOT.name}</at> trekker 2.5 <at>Anna de Vries</at>`, {
      channel: true,
      mentions: [BOT, { id: ANNA.id, name: "Anna de Vries" }],
    });
    expect(cardText(replies[0])).toMatch(/Anna de Vries (is nu|was al) trekker van 2\.5/);
  }

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER, ANNA, CARLA, READER], { LEADER_EMAILS: "pl@haarlem.nl" });
    ({ service, connector } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("greets on installation with the commands, and stores the conversation reference", async () => {
    const response = await post(installed(READER, where()));
    expect(response.status).toBe(200);
    const greeting = await connector.waitFor(() => connector.sent.at(-1));
    expect(greeting.activity.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(greeting)).toContain("Doe-agenda: opdrachten");
    const reference = await running.database.prisma.conversationRef.findFirst({
      where: { platform: "teams", conversationId: `a:personal-${READER.aadObjectId}` },
    });
    expect(reference?.kind).toBe("personal");
    expect(reference?.reference).toMatchObject({ serviceUrl: connector.url });
    // A personal chat answers every message: no word about mentions.
    expect(cardText(greeting)).not.toContain("@Doe-agenda");
  });

  it("says on the welcome card in a channel that it answers there only when @mentioned", async () => {
    await post(installed(READER, { ...where(), channel: true }));
    const greeting = await connector.waitFor(() => connector.sent.at(-1));
    expect(cardText(greeting)).toContain("In dit kanaal reageer ik alleen als je me noemt: typ @Doe-agenda voor de opdracht");
    expect(cardText(greeting)).toContain("Doe-agenda: opdrachten");
  });

  it("answers a message with an Adaptive Card 1.5 built from the core's reply", async () => {
    const [reply] = await say(READER, "toon 1.3");
    const content = reply?.activity.attachments?.[0]?.content as { version?: string; body?: { text?: string }[] };
    expect(content.version).toBe("1.5");
    expect(content.body?.[0]?.text).toBe(
      "1.3 Loopbaanadvies in de praktijk koppelen aan om- en bijscholing met financiering vanuit landelijk steunpakket",
    );
    expect(reply?.activity.summary).toContain("nader uit te werken");
  });

  it("lets a leader assign a lead by @mention in a channel, and link the channel to an overleg", async () => {
    const replies = await say(LEADER, `<at>${BOT.name}</at> trekker 2.5 <at>Anna de Vries</at>`, {
      channel: true,
      mentions: [BOT, { id: ANNA.id, name: "Anna de Vries" }],
    });
    expect(cardText(replies[0])).toContain("Anna de Vries is nu trekker van 2.5.");
    expect(connector.memberLookups).toContain(ANNA.id);
    const linked = await say(LEADER, `<at>${BOT.name}</at> koppel RWB`, { channel: true, mentions: [BOT] });
    expect(cardText(linked[0])).toContain("Dit kanaal is gekoppeld aan RWB");
    expect(await service.app.ports.channels.linkedOverleg("teams", TENANT, "19:channel-abc@thread.tacv2")).toBe("RWB");
  });

  it("tells a reader who is not in the agenda how to get access, and stores nothing", async () => {
    const before = await running.database.prisma.statusChange.count();
    const [reply] = await say(READER, "status 2.5 afgerond", { locale: "en-US" });
    // In local mode the client's locale is not the user's (the Playground always sends en-US): Dutch, the default.
    expect(cardText(reply)).toContain("Je bent (nog) niet bekend in de doe-agenda");
    expect(await running.database.prisma.statusChange.count()).toBe(before);
  });

  it("sends the status form as a card; errors come back in the card and nothing is stored until it is valid", async () => {
    // Carla leads 4.4 only, which is still to be worked out.
    expect(cardText((await say(LEADER, "trekker 4.4 carla@uwv.nl"))[0])).toContain("trekker van 4.4");
    const [form] = await say(CARLA, "status");
    const content = form?.activity.attachments?.[0]?.content as {
      body: { id?: string; choices?: { value: string }[] }[];
      actions: { verb: string }[];
    };
    expect(content.body.find((element) => element.id === "code")?.choices?.map((choice) => choice.value)).toEqual(["4.4"]);
    expect(content.actions[0]?.verb).toBe("status-form");
    const history = () => running.database.prisma.statusChange.count();
    const before = await history();

    const missing = await press(CARLA, "status-form", { code: "4.4" });
    expect(missing.statusCode).toBe(200);
    expect(missing.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(missing.value)).toContain("Kies een status.");
    const tampered = await press(CARLA, "status-form", { code: "1.1", status: "afgerond" });
    expect(JSON.stringify(tampered.value)).toContain("Je bent geen trekker van actie 1.1");
    const wrongType = await press(CARLA, "status-form", { code: ["2.5"], status: 7, note: { x: 1 } });
    expect(JSON.stringify(wrongType.value)).toContain("Kies een actie.");
    expect(await history()).toBe(before);

    const saved = await press(CARLA, "status-form", { code: "4.4", status: "loopt", note: "eerste profielen" });
    expect(JSON.stringify(saved.value)).toContain("Status van 4.4 gewijzigd: nader uit te werken → loopt.");
    expect(await history()).toBe(before + 1);
    const change = (await service.app.ports.reader.findAction("4.4"))?.history[0];
    expect(change).toMatchObject({ to: "loopt", channel: "teams", note: "eerste profielen" });
    expect(change?.by?.email).toBe("carla@uwv.nl");
  });

  it("shows `mijn` with Bijwerken and Ongewijzigd; Ongewijzigd refreshes the card in place, once; Bijwerken opens the form", async () => {
    await annaLeads25();
    expect(cardText((await say(ANNA, "status 2.5 loopt"))[0])).toMatch(/Status van 2\.5 (gewijzigd: .* → loopt|bevestigd: loopt)\./);
    const [mine] = await say(ANNA, "mijn");
    expect(cardText(mine)).toContain('"verb":"action.update"');
    const confirmCode = /"verb":"action\.confirm","data":\{"code":"(2\.5 mijn \d+)"\}/.exec(cardText(mine))?.[1];
    expect(confirmCode).toBeDefined();
    const history = () => running.database.prisma.statusChange.count();
    const changes = await history();
    const before = connector.sent.length;
    const confirmed = await press(ANNA, "action.confirm", { code: confirmCode });
    // A card response: the pressed card is refreshed, 2.5 confirmed and without its buttons; no second message.
    expect(confirmed.type).toBe("application/vnd.microsoft.card.adaptive");
    const card = JSON.stringify(confirmed.value);
    expect(card).toContain("Status van 2.5 bevestigd: loopt.");
    expect(card).toContain("loopt · bevestigd");
    expect(card).not.toContain('"verb":"action.confirm"');
    expect(connector.sent.length).toBe(before);
    expect(await history()).toBe(changes + 1);
    const again = await press(ANNA, "action.confirm", { code: confirmCode });
    expect(JSON.stringify(again.value)).toContain("2.5 is al bijgewerkt of bevestigd sinds deze lijst werd getoond.");
    expect(await history()).toBe(changes + 1);
    const formAt = connector.sent.length;
    const opened = await press(ANNA, "action.update", { code: "2.5" });
    expect(opened.type).toBe("application/vnd.microsoft.activity.message");
    const form = cardText(connector.sent[formAt]);
    expect(form).toContain('"id":"code"');
    expect(form).toContain('"value":"2.5"');
  });

  it("runs a reminder round from Teams: the start button, a proactive card to each lead, answers on the card", async () => {
    await annaLeads25();
    await say(LEADER, `<at>${BOT.name}</at> trekker 2.6 <at>Anna de Vries</at>`, {
      channel: true,
      mentions: [BOT, { id: ANNA.id, name: "Anna de Vries" }],
    });
    await say(ANNA, "help"); // Anna has a chat with the bot, where her reminder can go
    const [preview] = await say(LEADER, "herinner thema 2");
    expect(cardText(preview)).toMatch(/Herinneringsronde: \d+ acties, 1 trekker/);
    expect(cardText(preview)).toContain('"verb":"round.start","data":{"code":"{\\"themes\\":[2]}"}');
    const started = await press(LEADER, "round.start", { code: '{"themes":[2]}' });
    expect(JSON.stringify(started.value)).toMatch(/De ronde is gestart: 1 trekker krijgt een bericht over \d+ acties\./);
    const annaChat = `a:personal-${ANNA.aadObjectId}`;
    const reminder = await connector.waitFor(
      () => connector.sent.find((sent) => sent.conversationId === annaChat && sent.replyToId === undefined),
      15_000,
    );
    expect(cardText(reminder)).toContain("Hoe staat het met je acties?");
    expect(cardText(reminder)).toContain('"verb":"action.not-mine","data":{"code":"2.5"}');

    expect(cardText(reminder)).toContain('"verb":"action.confirm","data":{"code":"2.6 ronde"}');
    const confirmed = await press(ANNA, "action.confirm", { code: "2.6 ronde" });
    // The card refreshed in place: 2.6 answered and without buttons, 2.5 still with its own.
    expect(confirmed.type).toBe("application/vnd.microsoft.card.adaptive");
    const refreshed = JSON.stringify(confirmed.value);
    expect(refreshed).toContain("Je antwoord over 2.6 staat in de ronde.");
    expect(refreshed).toContain("nader uit te werken · beantwoord: ongewijzigd");
    expect(refreshed).not.toContain('"code":"2.6 ronde"');
    expect(refreshed).toContain('"code":"2.5 ronde"');
    const again = await press(ANNA, "action.confirm", { code: "2.6 ronde" });
    expect(JSON.stringify(again.value)).toContain("2.6 is al beantwoord in deze ronde.");

    const notMine = await press(ANNA, "action.not-mine", { code: "2.5" });
    expect(JSON.stringify(notMine.value)).toContain("Genoteerd: 2.5 is niet jouw actie. De projectleider hoort het.");
    const leaderChat = `a:personal-${LEADER.aadObjectId}`;
    const told = await connector.waitFor(
      () => connector.sent.find((sent) => sent.conversationId === leaderChat && cardText(sent).includes("zegt dat 2.5")),
      15_000,
    );
    expect(cardText(told)).toContain("Anna de Vries zegt dat 2.5");
    const [status] = await say(LEADER, "ronde");
    expect(cardText(status)).toContain("niet mijn actie: 1");
    const tampered = await press(LEADER, "round.start", { code: '{"themes":"all"}' });
    expect(JSON.stringify(tampered.value)).toContain("Deze knop klopt niet (meer); er is niets gestart.");
  });

  it("answers unknown commands with the closest one", async () => {
    const [reply] = await say(READER, "lijts thema 4");
    expect(cardText(reply)).toContain("Bedoel je **lijst thema 4**?");
  });

  it("retries a reply the connector refuses with 429, honouring Retry-After", async () => {
    connector.failNext(2, 429, 1);
    const started = Date.now();
    const replies = await say(READER, "toon 4.1");
    expect(cardText(replies[0])).toContain("4.1 ");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("refuses an unauthenticated request whose serviceUrl is not on this machine (local mode)", async () => {
    const before = connector.sent.length;
    const response = await post(message(READER, "help", { serviceUrl: "https://smba.trafficmanager.net/emea/" }));
    expect(response.status).toBe(401);
    expect(connector.sent.length).toBe(before);
  });
});
