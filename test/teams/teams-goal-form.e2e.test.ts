import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SentActivity } from "../support/fake-connector.js";
import { CARLA, LEADER } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";

type CardElement = { type: string; id?: string; label?: string; value?: string; text?: string };
type CardResponse = { statusCode: number; type: string; value: { body: CardElement[] } | string };
const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? {});

describe("Teams end to end: goal values in the status form card", () => {
  let running: TeamsTestService;
  const say = (user: typeof CARLA, text: string): Promise<SentActivity[]> => running.say(user, text);
  const submit = (data: Record<string, unknown>) => running.press<CardResponse>(CARLA, "status-form", data);

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER, CARLA], { LEADER_EMAILS: "pl@haarlem.nl" });
  });
  afterAll(async () => {
    await running?.stop();
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
