import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../src/service.js";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "nl-NL" };
const ANNA = { id: "UANNA", teamId: "T1", name: "anna", realName: "Anna de Vries", email: "anna@haarlem.nl", locale: "nl-NL" };
const BEA = { id: "UBEA", teamId: "T1", name: "bea", realName: "Bea Jansen", email: "bea@haarlem.nl", locale: "nl-NL" };
const CARLA = { id: "UCARLA", teamId: "T1", name: "carla", realName: "Carla Smit", email: "carla@uwv.nl", locale: "nl-NL" };
const READER = { id: "UREADER", teamId: "T1", name: "rob", realName: "Rob Lezer", email: "rob@velsen.nl", locale: "en-US" };

type Payload = {
  text?: string;
  blocks?: { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] }[];
  response_type?: string;
};
const blockText = (payload: Payload | undefined) => JSON.stringify(payload?.blocks ?? []);

describe("Slack end to end: signed requests into the real HTTP server, a fake Slack Web API", () => {
  let running: TestService;
  let slack: FakeSlack;
  let service: Service;
  let requests: SlackRequests;
  let sequence = 0;

  /** Sends `/actie <text>` and waits for the reply posted to its response_url. */
  async function command(userId: string, text: string, channelId = "C1") {
    const id = `r${++sequence}`;
    const started = performance.now();
    const response = await requests.slashCommand({ text, userId, channelId, responseUrl: slack.responseUrl(id) });
    const ackMs = performance.now() - started;
    expect(response.status).toBe(200);
    return { id, ackMs, ack: await response.text() };
  }
  /** The first reply posted to response_url `id`. */
  async function answerTo(id: string, ms?: number): Promise<Payload> {
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined), ms);
    return (first?.payload ?? {}) as Payload;
  }
  async function reply(userId: string, text: string, channelId = "C1"): Promise<Payload> {
    const { id } = await command(userId, text, channelId);
    return answerTo(id);
  }

  /** Carla leads 2.6 and only that, and 2.6 is running: what the status modal tests start from. */
  async function carlaLeadsRunning26() {
    expect((await reply(LEADER.id, "trekker 2.6 carla@uwv.nl")).text).toMatch(/Carla Smit|carla@uwv\.nl/);
    expect((await reply(CARLA.id, "status 2.6 loopt")).text).toMatch(/^Status van 2\.6 (gewijzigd: .* → loopt|bevestigd: loopt)\.$/);
  }
  /** The status modal Carla opens with `status`. */
  async function openModal() {
    const opensBefore = slack.callsOf("views.open").length;
    await command(CARLA.id, "status");
    const opened = await slack.waitFor(() => slack.callsOf("views.open")[opensBefore]);
    return opened.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { options?: { value: string }[] } }[];
    };
  }

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    for (const user of [LEADER, ANNA, READER, BEA, CARLA]) slack.addUser(user);
    slack.addUser({ id: "UNOMAIL", teamId: "T1", name: "nomail", realName: "Geen Mail" });
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
    service = running.service;
    requests = new SlackRequests(running.baseUrl, SECRET);
  });
  afterAll(async () => {
    await running?.stop();
    await slack?.stop();
  });

  it("reports Slack as connected over HTTP", async () => {
    const health = (await (await fetch(`${running.baseUrl}/healthz`)).json()) as { slack: string };
    expect(health.slack).toBe("http");
    expect(slack.callsOf("auth.test").length).toBeGreaterThan(0);
  });

  it("rejects a bad signature or an old timestamp with 401 and runs nothing", async () => {
    const before = slack.responses.length;
    const forged = await requests.slashCommand(
      { text: "help", userId: LEADER.id, responseUrl: slack.responseUrl("forged") },
      { secret: "wrong-secret" },
    );
    expect(forged.status).toBe(401);
    const old = await requests.slashCommand(
      { text: "help", userId: LEADER.id, responseUrl: slack.responseUrl("old") },
      { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
    );
    expect(old.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.responses.length).toBe(before);
  });

  it("acknowledges /actie at once and answers through response_url, privately", async () => {
    const { id, ackMs, ack } = await command(READER.id, "help");
    expect(ack).toBe("");
    expect(ackMs).toBeLessThan(3000);
    const payload = await answerTo(id);
    expect(payload.response_type).toBe("ephemeral");
    expect(payload.blocks?.[0]).toMatchObject({ type: "header", text: { text: "Doe-agenda: commands" } });
    expect(blockText(payload)).toContain("show 1.3");
    expect(blockText(payload)).not.toContain("status 1.3");
  });

  it("lets a leader assign a lead by mention, who then changes the status; history records Slack", async () => {
    const assigned = await reply(LEADER.id, "trekker 2.5 <@UANNA|anna>");
    expect(assigned.text).toBe("Anna de Vries is nu trekker van 2.5.");
    const changed = await reply(ANNA.id, "status 2.5 loopt eerste profielen gemaakt");
    expect(changed.text).toBe("Status van 2.5 gewijzigd: nader uit te werken → loopt.");
    const action = await service.app.ports.reader.findAction("2.5");
    expect(action?.history[0]).toMatchObject({ from: "nader_uit_te_werken", to: "loopt", channel: "slack", note: "eerste profielen gemaakt" });
    expect(action?.history[0]?.by?.email).toBe(ANNA.email);
  });

  it("tells a user unknown to the agenda that they can read but not write, and how to get access", async () => {
    const refused = await reply("UNOMAIL", "status 1.1 afgerond");
    expect(refused.text).toContain("Je bent (nog) niet bekend in de doe-agenda");
    expect(blockText(refused)).toContain("Vraag de projectleider je als trekker aan je acties te koppelen");
    expect((await service.app.ports.reader.findAction("1.1"))?.status).toBe("loopt");
    const read = await reply("UNOMAIL", "toon 1.1");
    expect(read.blocks?.[0]).toMatchObject({ type: "header" });
  });

  it("shares a list in the channel only when asked", async () => {
    expect((await reply(READER.id, "lijst thema 4")).response_type).toBe("ephemeral");
    const shared = await reply(READER.id, "lijst thema 4 deel");
    expect(shared.response_type).toBe("in_channel");
    expect(blockText(shared)).toContain("```");
  });

  it("opens the status modal for `status` without arguments, shows errors in it, and stores only a valid form", async () => {
    await carlaLeadsRunning26();
    const view = await openModal();
    expect(view.callback_id).toBe("status-form");
    expect(view.blocks.find((block) => block.block_id === "code")?.element.options?.map((o) => o.value)).toEqual(["2.6"]);
    const history = () => running.database.prisma.statusChange.count();
    const before = await history();

    const missing = await requests.viewSubmission({
      userId: CARLA.id,
      privateMetadata: view.private_metadata,
      values: {
        code: { value: { type: "static_select", selected_option: { value: "2.6" } } },
        status: { value: { type: "static_select", selected_option: null } },
        note: { value: { type: "plain_text_input", value: null } },
      },
    });
    expect(await missing.json()).toEqual({ response_action: "errors", errors: { status: "Kies een status." } });

    const tampered = await requests.viewSubmission({
      userId: CARLA.id,
      privateMetadata: view.private_metadata,
      values: {
        code: { value: { type: "static_select", selected_option: { value: "1.1" } } },
        status: { value: { type: "static_select", selected_option: { value: "afgerond" } } },
      },
    });
    const tamperedBody = (await tampered.json()) as { errors: { code: string } };
    expect(tamperedBody.errors.code).toContain("Je bent geen trekker van actie 1.1");

    const tooLong = await requests.viewSubmission({
      userId: CARLA.id,
      privateMetadata: view.private_metadata,
      values: {
        code: { value: { type: "static_select", selected_option: { value: "2.6" } } },
        status: { value: { type: "static_select", selected_option: { value: "afgerond" } } },
        note: { value: { type: "plain_text_input", value: "x".repeat(2001) } },
      },
    });
    expect(await tooLong.json()).toEqual({ response_action: "errors", errors: { note: "De toelichting mag hoogstens 2000 tekens lang zijn." } });
    expect(await history()).toBe(before);

    const valid = await requests.viewSubmission({
      userId: CARLA.id,
      privateMetadata: view.private_metadata,
      values: {
        code: { value: { type: "static_select", selected_option: { value: "2.6" } } },
        status: { value: { type: "static_select", selected_option: { value: "afgerond" } } },
        note: { value: { type: "plain_text_input", value: "alle profielen klaar" } },
      },
    });
    expect(valid.status).toBe(200);
    expect(await valid.text()).toBe("");
    expect(await history()).toBe(before + 1);
    const told = await slack.waitFor(() => slack.callsOf("chat.postEphemeral").find((call) => String(call.args.text).includes("2.6")));
    expect(told.args).toMatchObject({ channel: "C1", user: CARLA.id, text: "Status van 2.6 gewijzigd: loopt → afgerond." });
  });

  it("shows `mijn` with buttons; Ongewijzigd confirms once, in place, and Bijwerken opens the modal for that action", async () => {
    await reply(LEADER.id, "trekker 2.5 <@UANNA|anna>");
    expect((await reply(ANNA.id, "status 2.5 afgerond")).text).toMatch(/^Status van 2\.5 (gewijzigd: .* → afgerond|bevestigd: afgerond)\.$/);
    const mine = await reply(ANNA.id, "mijn");
    const buttons = mine.blocks?.find((block) => block.type === "actions")?.elements;
    expect(buttons?.map((b) => b.action_id)).toEqual(["action.update", "action.confirm"]);
    expect(buttons?.[0]?.value).toBe("2.5");
    const confirmValue = buttons?.[1]?.value ?? "";
    expect(confirmValue).toMatch(/^2\.5 mijn \d+$/);
    const changes = () => running.database.prisma.statusChange.count();
    const before = await changes();
    const id = `r${++sequence}`;
    const pressed = await requests.buttonPress({
      actionId: "action.confirm",
      value: confirmValue,
      userId: ANNA.id,
      channelId: "C1",
      responseUrl: slack.responseUrl(id),
    });
    expect(pressed.status).toBe(200);
    const confirmed = await answerTo(id);
    // One answer, and it replaces the list: 2.5 shown as confirmed, without its buttons.
    expect(confirmed.text).toBe("Status van 2.5 bevestigd: afgerond.");
    expect((confirmed as { replace_original?: boolean }).replace_original).toBe(true);
    expect(blockText(confirmed)).toContain("afgerond · bevestigd");
    expect(blockText(confirmed)).not.toContain('"action_id":"action.confirm"');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.responsesTo(id)).toHaveLength(1);
    expect(await changes()).toBe(before + 1);

    // The same button again (a stale copy of the list): already answered, nothing stored.
    const again = `r${++sequence}`;
    await requests.buttonPress({
      actionId: "action.confirm",
      value: confirmValue,
      userId: ANNA.id,
      channelId: "C1",
      responseUrl: slack.responseUrl(again),
    });
    const second = await answerTo(again);
    expect(second.text).toBe("2.5 is al bijgewerkt of bevestigd sinds deze lijst werd getoond.");
    expect((second as { replace_original?: boolean }).replace_original).toBe(true);
    expect(await changes()).toBe(before + 1);

    const opensBefore = slack.callsOf("views.open").length;
    await requests.buttonPress({
      actionId: "action.update",
      value: "2.5",
      userId: ANNA.id,
      channelId: "C1",
      responseUrl: slack.responseUrl(`r${++sequence}`),
    });
    const opened = await slack.waitFor(() => slack.callsOf("views.open")[opensBefore]);
    const view = opened.args.view as { blocks: { block_id: string; element: { initial_option?: { value: string } } }[] };
    expect(view.blocks.find((block) => block.block_id === "code")?.element.initial_option?.value).toBe("2.5");
    expect(view.blocks.find((block) => block.block_id === "status")?.element.initial_option?.value).toBe("afgerond");
  });

  it("refuses the buttons to someone who is not a lead of the action", async () => {
    const id = `r${++sequence}`;
    await requests.buttonPress({ actionId: "action.confirm", value: "2.5", userId: READER.id, channelId: "C1", responseUrl: slack.responseUrl(id) });
    const refused = await answerTo(id);
    expect(refused.text).toBe("You are not known in the action agenda (yet), so you can read but not change anything.");
    const lead = await reply(LEADER.id, "trekker 1.2 rob@velsen.nl");
    expect(lead.text).toBe("rob@velsen.nl is nu trekker van 1.2.");
    const second = `r${++sequence}`;
    await requests.buttonPress({
      actionId: "action.confirm",
      value: "2.5",
      userId: READER.id,
      channelId: "C1",
      responseUrl: slack.responseUrl(second),
    });
    const notLead = await answerTo(second);
    expect(notLead.text).toBe("You are not a lead of action 2.5, so you cannot change it.");
  });

  it("publishes App Home with my actions and the agenda per pillar, once per event even when Slack retries", async () => {
    await reply(LEADER.id, "trekker 2.5 <@UANNA|anna>");
    const before = slack.callsOf("views.publish").length;
    const first = await requests.appHomeOpened({ userId: ANNA.id, eventId: "Ev-home-1" });
    expect(first.status).toBe(200);
    const published = await slack.waitFor(() => slack.callsOf("views.publish")[before]);
    const view = published.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(JSON.stringify(view.blocks)).toContain("Jouw acties");
    expect(JSON.stringify(view.blocks)).toContain("Uitkering naar werk (");
    expect(JSON.stringify(view.blocks)).toContain("action.update");
    const retry = await requests.appHomeOpened(
      { userId: ANNA.id, eventId: "Ev-home-1" },
      { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } },
    );
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.callsOf("views.publish").length).toBe(before + 1);
  });

  it("splits a long reply into messages of at most 50 blocks", async () => {
    for (const code of [
      "2.5",
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.6",
      "2.7",
      "2.8",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "4.5",
      "4.6",
    ]) {
      await reply(LEADER.id, `trekker ${code} anna@haarlem.nl`);
    }
    const { id } = await command(ANNA.id, "mijn");
    const pages = await slack.waitFor(() => (slack.responsesTo(id).length >= 2 ? slack.responsesTo(id) : undefined));
    expect(pages.map((page) => ((page.payload as Payload).blocks ?? []).length).every((count) => count <= 50)).toBe(true);
    const codes = pages.flatMap((page) =>
      ((page.payload as Payload).blocks ?? []).filter((b) => b.type === "actions").map((b) => b.elements?.[0]?.value),
    );
    expect(codes).toHaveLength(26);
  });

  it("links a channel only when the bot can post in it, and says how to fix it otherwise", async () => {
    slack.addChannel({ id: "G-PRIVATE", isMember: false, isPrivate: true });
    const refused = await reply(LEADER.id, "koppel AMRO", "G-PRIVATE");
    expect(refused.text).toBe("De bot zit niet in dit kanaal en kan er dus geen digest plaatsen; het kanaal is niet gekoppeld aan AMRO.");
    expect(blockText(refused)).toContain("/invite @Doe-agenda");
    expect(blockText(refused)).toContain("chat:write.public");
    expect((await reply(LEADER.id, "digest", "G-PRIVATE")).text).toContain("Dit kanaal is niet gekoppeld aan een overleg");
    expect(slack.callsOf("conversations.info").at(-1)?.args.channel).toBe("G-PRIVATE");
    // After `/invite @Doe-agenda` the bot is a member.
    slack.addChannel({ id: "G-PRIVATE", isMember: true, isPrivate: true });
    expect((await reply(LEADER.id, "koppel AMRO", "G-PRIVATE")).text).toContain("Dit kanaal is gekoppeld aan AMRO");

    // A public channel the bot is not in: it may post there with chat:write.public, and not without.
    slack.addChannel({ id: "C-PUBLIC", isMember: false });
    const granted = slack.scopes;
    slack.scopes = granted.filter((scope) => scope !== "chat:write.public");
    try {
      expect((await reply(LEADER.id, "koppel BOA", "C-PUBLIC")).text).toContain("De bot zit niet in dit kanaal");
      slack.scopes = granted.filter((scope) => scope !== "channels:read");
      const unchecked = await reply(LEADER.id, "koppel BOA", "C-PUBLIC");
      expect(unchecked.text).toContain("de Slack-app mist de scope `channels:read`");
    } finally {
      slack.scopes = granted;
    }
    expect((await reply(LEADER.id, "koppel BOA", "C-PUBLIC")).text).toContain("Dit kanaal is gekoppeld aan BOA");
  });

  it("lets the leader post the digest of a linked channel now, once, through the outbox", async () => {
    slack.addChannel({ id: "C-RWB", isMember: true });
    expect((await reply(LEADER.id, "notitie 2.5 profielen besproken")).text).toContain("2.5");
    expect((await reply(READER.id, "digest nu", "C-RWB")).text).toBe("Only the project leader can use `digest now`.");
    expect((await reply(LEADER.id, "digest nu", "C-RWB")).text).toContain("Dit kanaal is niet gekoppeld aan een overleg");
    expect((await reply(LEADER.id, "koppel RWB", "C-RWB")).text).toContain("Dit kanaal is gekoppeld aan RWB");
    expect((await reply(LEADER.id, "digest nu", "C-RWB")).text).toBe("Het weekoverzicht van RWB wordt zo in dit kanaal geplaatst.");
    expect((await reply(LEADER.id, "digest nu", "C-RWB")).text).toContain("staat al klaar");
    const posted = await slack.waitFor(() => slack.callsOf("chat.postMessage").find((call) => call.args.channel === "C-RWB"), 15_000);
    expect(String(posted.args.text)).toContain("Weekoverzicht RWB");
    expect(JSON.stringify(posted.args.blocks)).toContain("2.5 Kandidaten in beeld via heldere profielen");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(slack.callsOf("chat.postMessage").filter((call) => call.args.channel === "C-RWB")).toHaveLength(1);
  });

  it("runs a reminder round: preview, the start button, one DM per lead, answers through the DM's buttons", async () => {
    for (const code of ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]) await reply(LEADER.id, `trekker ${code} <@UANNA|anna>`);
    const dmsToAnna = slack.callsOf("chat.postMessage").filter((call) => call.args.channel === ANNA.id).length;
    const dmsToLeader = slack.callsOf("chat.postMessage").filter((call) => call.args.channel === LEADER.id).length;
    const preview = await reply(LEADER.id, "herinner thema 3");
    expect(preview.text).toBe("Herinneringsronde: 6 acties, 1 trekker");
    const start = preview.blocks?.flatMap((block) => block.elements ?? []).find((element) => element.action_id === "round.start");
    expect(start?.value).toBe('{"themes":[3]}');
    const startId = `r${++sequence}`;
    await requests.buttonPress({
      actionId: "round.start",
      value: start?.value ?? "",
      userId: LEADER.id,
      channelId: "C1",
      responseUrl: slack.responseUrl(startId),
    });
    expect((await answerTo(startId)).text).toBe("De ronde is gestart: 1 trekker krijgt een bericht over 6 acties.");

    const dm = await slack.waitFor(() => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === ANNA.id)[dmsToAnna], 15_000);
    expect(dm.args.text).toBe("Hoe staat het met je acties?");
    const dmButtons = JSON.stringify(dm.args.blocks);
    for (const code of ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"])
      expect(dmButtons).toContain(
        `"action_id":"action.not-mine","text":{"type":"plain_text","text":"Niet mijn actie","emoji":true},"value":"${code}"`,
      );

    const notMineId = `r${++sequence}`;
    await requests.buttonPress({
      actionId: "action.not-mine",
      value: "3.1",
      userId: ANNA.id,
      channelId: "DANNA",
      responseUrl: slack.responseUrl(notMineId),
    });
    expect((await answerTo(notMineId)).text).toBe("Genoteerd: 3.1 is niet jouw actie. De projectleider hoort het.");
    const toLeader = await slack.waitFor(
      () => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === LEADER.id)[dmsToLeader],
      15_000,
    );
    expect(String(toLeader.args.text)).toMatch(/^Anna de Vries zegt dat 3\.1 \(.+\) niet zijn of haar actie is\.$/);

    const confirmValue = (dm.args.blocks as Payload["blocks"])
      ?.flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === "action.confirm" && element.value?.startsWith("3.2"))?.value;
    expect(confirmValue).toBe("3.2 ronde");
    const changes = () => running.database.prisma.statusChange.count();
    const before = await changes();
    const confirmId = `r${++sequence}`;
    await requests.buttonPress({
      actionId: "action.confirm",
      value: confirmValue ?? "",
      userId: ANNA.id,
      channelId: "DANNA",
      responseUrl: slack.responseUrl(confirmId),
    });
    const confirmed = await answerTo(confirmId);
    // One answer, replacing the reminder: 3.1 and 3.2 answered and without buttons, the others still with theirs.
    expect(confirmed.text).toBe("Status van 3.2 bevestigd: nader uit te werken.");
    expect((confirmed as { replace_original?: boolean }).replace_original).toBe(true);
    expect(blockText(confirmed)).toContain("Je antwoord over 3.2 staat in de ronde.");
    expect(blockText(confirmed)).toContain("nader uit te werken · beantwoord: ongewijzigd");
    expect(blockText(confirmed)).toContain("beantwoord: niet mijn actie");
    const values = (confirmed.blocks ?? []).flatMap((block) => block.elements ?? []).map((element) => element.value);
    expect(values).not.toContain("3.2 ronde");
    expect(values).not.toContain("3.1 ronde");
    expect(values).toContain("3.3 ronde");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.responsesTo(confirmId)).toHaveLength(1);
    expect(await changes()).toBe(before + 1);

    const againId = `r${++sequence}`;
    await requests.buttonPress({
      actionId: "action.confirm",
      value: "3.2 ronde",
      userId: ANNA.id,
      channelId: "DANNA",
      responseUrl: slack.responseUrl(againId),
    });
    const again = await answerTo(againId);
    expect(again.text).toBe("3.2 is al beantwoord in deze ronde.");
    expect(blockText(again)).toContain("Er is niets opgeslagen.");
    expect(await changes()).toBe(before + 1);

    const status = await reply(LEADER.id, "ronde");
    expect(status.text).toMatch(/: 0 van de 1 trekker heeft gereageerd \(0%\)$/);
    expect(blockText(status)).toContain("Bijgewerkt: 0 · ongewijzigd: 1 · niet mijn actie: 1 · geen antwoord: 4");
    expect(slack.callsOf("chat.postMessage").filter((call) => call.args.channel === ANNA.id)).toHaveLength(dmsToAnna + 1);
    expect((await reply(LEADER.id, "ronde sluit")).text).toMatch(/^Herinneringsronde gesloten/);
  });

  it("reaches a lead who never used the bot by e-mail, and tells the leader about one Slack does not know", async () => {
    const lookups = slack.callsOf("users.lookupByEmail").length;
    await reply(LEADER.id, "trekker 5.1 bea@haarlem.nl");
    await reply(LEADER.id, "trekker 5.2 onbekend@elders.nl");
    const preview = await reply(LEADER.id, "herinner thema 5");
    expect(preview.text).toBe("Herinneringsronde: 3 acties, 2 trekkers");
    expect(blockText(preview)).not.toContain("Nog niet bereikbaar");
    expect((await reply(LEADER.id, "herinner start thema 5")).text).toBe("De ronde is gestart: 2 trekkers krijgen een bericht over 3 acties.");

    const dm = await slack.waitFor(() => slack.callsOf("chat.postMessage").find((call) => call.args.channel === BEA.id), 15_000);
    expect(JSON.stringify(dm.args.blocks)).toContain("5.1");
    const linked = await running.database.prisma.platformIdentity.findFirst({ where: { externalId: BEA.id } });
    expect(linked?.platform).toBe("slack");
    const failed = await slack.waitFor(
      () =>
        slack.callsOf("chat.postMessage").find((call) => call.args.channel === LEADER.id && String(call.args.text).includes("onbekend@elders.nl")),
      15_000,
    );
    expect(String(failed.args.text)).toBe(
      'Niemand in Slack heeft het e-mailadres onbekend@elders.nl, dus "Hoe staat het met je acties?" is niet bezorgd.',
    );
    expect(
      slack
        .callsOf("users.lookupByEmail")
        .slice(lookups)
        .map((call) => call.args.email),
    ).toEqual(["bea@haarlem.nl", "onbekend@elders.nl"]);
    expect((await reply(LEADER.id, "ronde sluit")).text).toMatch(/^Herinneringsronde gesloten/);
  });

  it("retries a reply that response_url refuses with 429, honouring Retry-After", async () => {
    slack.failNext("response_url", 2, 429, 1);
    const { id } = await command(READER.id, "toon 1.3");
    const started = Date.now();
    const answer = await answerTo(id, 15_000);
    expect(answer.blocks?.[0]).toMatchObject({ type: "header" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("retries Web API calls that answer 429 or 500", async () => {
    await carlaLeadsRunning26();
    const metadata = (await openModal()).private_metadata;
    slack.failNext("chat.postEphemeral", 2, 429, 1);
    await requests.viewSubmission({
      userId: CARLA.id,
      privateMetadata: metadata,
      values: { code: { value: { selected_option: { value: "2.6" } } }, status: { value: { selected_option: { value: "gepauzeerd" } } } },
    });
    await slack.waitFor(
      () => slack.callsOf("chat.postEphemeral").find((call) => call.args.text === "Status van 2.6 gewijzigd: loopt → gepauzeerd."),
      15_000,
    );
    slack.failNext("users.info", 1, 500);
    const answered = await reply(LEADER.id, "toon 3.1");
    expect(answered.blocks?.[0]).toMatchObject({ type: "header" });
  });
});
