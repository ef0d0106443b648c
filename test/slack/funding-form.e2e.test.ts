import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackRequests } from "../support/slack-requests.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-test-token";
const SECRET = "signing-secret-for-tests";
const LEADER = { id: "ULEADER", teamId: "T1", name: "pl", realName: "Petra Leider", email: "pl@haarlem.nl", locale: "nl-NL" };
const CARLA = { id: "UCARLA", teamId: "T1", name: "carla", realName: "Carla Smit", email: "carla@uwv.nl", locale: "nl-NL" };

type ModalBlock = {
  type: string;
  block_id?: string;
  element?: { initial_option?: { value: string }; initial_value?: string; options?: { value: string }[] };
};
type Modal = { private_metadata: string; blocks: ModalBlock[] };

describe("Slack end to end: the funding section of the status modal, signed submissions", () => {
  let running: TestService;
  let slack: FakeSlack;
  let requests: SlackRequests;
  let sequence = 0;

  async function reply(userId: string, text: string) {
    const id = `f${++sequence}`;
    const response = await requests.slashCommand({ text, userId, channelId: "C1", responseUrl: slack.responseUrl(id) });
    expect(response.status).toBe(200);
    const [first] = await slack.waitFor(() => (slack.responsesTo(id).length ? slack.responsesTo(id) : undefined));
    return first?.payload as { text?: string };
  }
  async function openModal(text: string): Promise<Modal> {
    const before = slack.callsOf("views.open").length;
    await requests.slashCommand({ text, userId: CARLA.id, channelId: "C1", responseUrl: slack.responseUrl(`open${++sequence}`) });
    return (await slack.waitFor(() => slack.callsOf("views.open")[before])).args.view as Modal;
  }
  const select = (value: string | null) => ({ value: { type: "static_select", selected_option: value ? { value } : null } });
  const input = (value: string | null) => ({ value: { type: "plain_text_input", value } });
  const counts = async () => ({
    status: await running.database.prisma.statusChange.count(),
    funding: await running.database.prisma.fundingEntry.count(),
  });

  beforeAll(async () => {
    slack = new FakeSlack(TOKEN);
    for (const user of [LEADER, CARLA]) slack.addUser(user);
    await slack.start();
    running = await startTestService({
      LEADER_EMAILS: LEADER.email,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
    });
    requests = new SlackRequests(running.baseUrl, SECRET);
    expect((await reply(LEADER.id, "trekker 2.6 carla@uwv.nl")).text).toMatch(/trekker van 2\.6/);
  });
  afterAll(async () => {
    await running?.stop();
    await slack?.stop();
  });

  it("shows the action's funding in the modal, names a wrong field, stores nothing until all is valid, then both", async () => {
    const view = await openModal("status 2.6");
    const block = (id: string) => view.blocks.find((candidate) => candidate.block_id === id);
    expect(block("funding_status")?.element?.initial_option?.value).toBe("nader_te_bepalen");
    expect(block("funding_status")?.element?.options?.map((option) => option.value)).toEqual([
      "nader_te_bepalen",
      "aangevraagd",
      "toegekend",
      "afgewezen",
    ]);
    expect(block("funding_source")?.element?.initial_value).toBeUndefined();
    expect(view.blocks.some((candidate) => candidate.type === "header")).toBe(true);
    const before = await counts();
    const submit = (values: Record<string, unknown>) =>
      requests.viewSubmission({
        userId: CARLA.id,
        privateMetadata: view.private_metadata,
        values: { code: select("2.6"), status: select("loopt"), note: input(null), ...values },
      });

    const badAmount = await submit({ funding_status: select("aangevraagd"), funding_source: input("ESF"), funding_amount: input("40k") });
    expect(await badAmount.json()).toEqual({
      response_action: "errors",
      errors: { funding_amount: "Schrijf het bedrag als €40.000, 40000 of € 40.000,50." },
    });
    const tooMuch = await submit({ funding_status: select("aangevraagd"), funding_amount: input("€ 2.000.000.000") });
    expect(await tooMuch.json()).toEqual({
      response_action: "errors",
      errors: { funding_amount: "Het bedrag moet tussen € 0,01 en € 1.000.000.000 liggen." },
    });
    const noState = await submit({ funding_status: select(null), funding_source: input("PoW") });
    expect(await noState.json()).toEqual({ response_action: "errors", errors: { funding_status: "Kies een stand van de financiering." } });
    const tampered = await submit({ funding_status: select("betaald"), funding_note: input("x".repeat(2001)) });
    expect(await tampered.json()).toEqual({
      response_action: "errors",
      errors: {
        funding_status: "Kies een stand van de financiering.",
        funding_note: "De toelichting bij de financiering mag hoogstens 2000 tekens lang zijn.",
      },
    });
    // The status and the funding are checked together: a wrong status stores no funding either.
    const both = await submit({ status: select(null), funding_status: select("toegekend"), funding_amount: input("veertig") });
    expect(await both.json()).toEqual({
      response_action: "errors",
      errors: { status: "Kies een status.", funding_amount: "Schrijf het bedrag als €40.000, 40000 of € 40.000,50." },
    });
    expect(await counts()).toEqual(before);

    const valid = await submit({
      funding_status: select("aangevraagd"),
      funding_source: input("ESF"),
      funding_amount: input("€ 40.000,50"),
      funding_note: input("aanvraag bij de provincie"),
    });
    expect(valid.status).toBe(200);
    expect(await valid.text()).toBe("");
    expect(await counts()).toEqual({ status: before.status + 1, funding: before.funding + 1 });
    const told = await slack.waitFor(() =>
      slack.callsOf("chat.postEphemeral").find((call) => JSON.stringify(call.args.blocks).includes("Financiering van 2.6")),
    );
    expect(told.args).toMatchObject({ channel: "C1", user: CARLA.id, text: "Status van 2.6 gewijzigd: nader uit te werken → loopt." });
    expect(JSON.stringify(told.args.blocks)).toContain("Financiering van 2.6 gewijzigd: nader te bepalen → aangevraagd · ESF · €\u00a040.000,50.");
    const [entry] = await running.service.app.ports.funding.fundingHistory("2.6", 1);
    expect(entry).toMatchObject({
      from: "nader_te_bepalen",
      to: "aangevraagd",
      source: "ESF",
      amountCents: 4_000_050,
      note: "aanvraag bij de provincie",
      channel: "slack",
    });
    expect(entry?.by?.email).toBe(CARLA.email);
  });

  it("opens the modal with the funding as it stands, and stores no funding when the section is left as it was", async () => {
    const view = await openModal("status 2.6");
    const block = (id: string) => view.blocks.find((candidate) => candidate.block_id === id);
    expect(block("funding_status")?.element?.initial_option?.value).toBe("aangevraagd");
    expect(block("funding_source")?.element?.initial_value).toBe("ESF");
    expect(block("funding_amount")?.element?.initial_value).toBe("€\u00a040.000,50");
    const before = await counts();
    const unchanged = await requests.viewSubmission({
      userId: CARLA.id,
      privateMetadata: view.private_metadata,
      values: {
        code: select("2.6"),
        status: select("loopt"),
        funding_status: select("aangevraagd"),
        funding_source: input("ESF"),
        funding_amount: input(block("funding_amount")?.element?.initial_value ?? null),
        funding_note: input(null),
      },
    });
    expect(unchanged.status).toBe(200);
    expect(await counts()).toEqual({ status: before.status + 1, funding: before.funding });
  });
});
