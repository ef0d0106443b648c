import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeConnector, type SentActivity } from "../support/fake-connector.js";
import { cardAction, message, TENANT } from "../support/teams-activities.js";
import { startTestService, type TestService } from "../support/test-service.js";

const LEADER = { id: "29:leader", name: "Petra Leider", aadObjectId: "aad-leader" };
const CARLA = { id: "29:carla", name: "Carla Smit", aadObjectId: "aad-carla" };

type CardElement = { type: string; id?: string; label?: string; value?: string; text?: string };
type CardResponse = { statusCode: number; type: string; value: { body: CardElement[] } | string };
const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? {});

describe("Teams end to end: goal values in the status form card", () => {
  let running: TestService;
  let connector: FakeConnector;
  let endpoint: string;
  const where = () => ({ serviceUrl: connector.url });

  async function post(activity: unknown): Promise<Response> {
    return fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
  }
  async function say(user: typeof CARLA, text: string): Promise<SentActivity[]> {
    const before = connector.sent.length;
    const activity = message(user, text, where());
    expect((await post(activity)).status).toBe(200);
    // The reply may come after the 200 (the command runs once it is stored): wait for it.
    await connector.replyTo(activity.id, 15_000);
    return connector.sent.slice(before);
  }
  async function submit(data: Record<string, unknown>): Promise<CardResponse> {
    const response = await post(cardAction(CARLA, "status-form", data, where()));
    expect(response.status).toBe(200);
    return (await response.json()) as CardResponse;
  }

  beforeAll(async () => {
    connector = new FakeConnector();
    connector.addMember({ ...LEADER, email: "pl@haarlem.nl", userPrincipalName: "pl@haarlem.nl", tenantId: TENANT });
    connector.addMember({ ...CARLA, email: "carla@uwv.nl", userPrincipalName: "carla@uwv.nl", tenantId: TENANT });
    await connector.start();
    running = await startTestService({ LEADER_EMAILS: "pl@haarlem.nl" });
    endpoint = `${running.baseUrl}/api/messages`;
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.stop();
  });

  it("shows a value field per goal, keeps what was typed beside its error, and stores a good value with the status", async () => {
    expect(cardText((await say(LEADER, "trekker 1.3 carla@uwv.nl"))[0])).toContain("trekker van 1.3");
    expect(cardText((await say(LEADER, "doel 1.3 zzp'ers gesproken 200 zzp'ers per 31-12-2030"))[0])).toContain("Doel 1 van 1.3 vastgelegd");

    const [form] = await say(CARLA, "status 1.3");
    const body = (form?.activity.attachments?.[0]?.content as { body: CardElement[] } | undefined)?.body ?? [];
    expect(body.find((element) => element.id === "goal:1.3:1")).toMatchObject({ type: "Input.Text", label: "Doel 1: zzp'ers gesproken" });

    const bad = await submit({ code: "1.3", status: "loopt", note: "eerste gesprekken", "goal:1.3:1": "veel" });
    expect(bad.type).toBe("application/vnd.microsoft.card.adaptive");
    const card = (bad.value as { body: CardElement[] }).body;
    const field = card.findIndex((element) => element.id === "goal:1.3:1");
    expect(card[field]?.value).toBe("veel");
    expect(card[field + 1]?.text).toBe("Vul een getal in (0 of meer), bijvoorbeeld 120 of 12,5; of laat het veld leeg.");
    expect(await running.database.prisma.measurement.count()).toBe(0);
    expect(await running.database.prisma.statusChange.count({ where: { channel: "teams" } })).toBe(0);

    const good = await submit({ code: "1.3", status: "loopt", note: "eerste gesprekken", "goal:1.3:1": "120" });
    expect(JSON.stringify(good.value)).toContain("Status van 1.3 gewijzigd: nader uit te werken → loopt.");
    expect(JSON.stringify(good.value)).toContain("1 meting opgeslagen.");
    const [measurement] = await running.database.prisma.measurement.findMany();
    expect(measurement).toMatchObject({ value: 120, note: "eerste gesprekken", channel: "teams" });

    expect(cardText((await say(CARLA, "toon 1.3"))[0])).toContain("120 / 200 zzp'ers (60%)");
  });
});
