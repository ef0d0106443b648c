import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SentActivity } from "../support/fake-connector.js";
import { CARLA, LEADER } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";

type CardElement = { type: string; id?: string; value?: string; text?: string; choices?: { value: string }[] };
type CardResponse = { statusCode: number; type: string; value: string | { body: CardElement[] } };
const cardText = (sent: SentActivity | undefined) => JSON.stringify(sent?.activity.attachments?.[0]?.content ?? {});
const cardBody = (sent: SentActivity | undefined) => ((sent?.activity.attachments?.[0]?.content ?? { body: [] }) as { body: CardElement[] }).body;

describe("Teams end to end: the funding section of the status form card", () => {
  let running: TeamsTestService;
  const say = (user: typeof CARLA, text: string) => running.say(user, text);
  const submit = (data: Record<string, unknown>) => running.press<CardResponse>(CARLA, "status-form", data);
  const counts = async () => ({
    status: await running.database.prisma.statusChange.count(),
    funding: await running.database.prisma.fundingEntry.count(),
  });

  beforeAll(async () => {
    running = await startTeamsTestService([LEADER, CARLA], { LEADER_EMAILS: "pl@haarlem.nl" });
    expect(cardText((await say(LEADER, "trekker 4.4 carla@uwv.nl"))[0])).toContain("trekker van 4.4");
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("sends the form with the funding section, shows errors under their fields, stores only a valid card", async () => {
    const [form] = await say(CARLA, "status");
    const body = cardBody(form);
    const input = (id: string) => body.find((element) => element.id === id);
    expect(input("fundingStatus")?.value).toBe("nader_te_bepalen");
    expect(input("fundingStatus")?.choices?.map((choice) => choice.value)).toEqual(["nader_te_bepalen", "aangevraagd", "toegekend", "afgewezen"]);
    expect(["fundingSource", "fundingAmount", "fundingNote"].map((id) => input(id)?.type)).toEqual(["Input.Text", "Input.Text", "Input.Text"]);
    const before = await counts();

    const bad = await submit({ code: "4.4", status: "loopt", fundingStatus: "toegekend", fundingSource: "PoW", fundingAmount: "40k" });
    expect(bad.type).toBe("application/vnd.microsoft.card.adaptive");
    const shown = typeof bad.value === "string" ? [] : bad.value.body;
    const amountAt = shown.findIndex((element) => element.id === "fundingAmount");
    // The error sits right under the amount, and what was typed is kept.
    expect(shown[amountAt + 1]?.text).toBe("Schrijf het bedrag als €40.000, 40000 of € 40.000,50.");
    expect(shown[amountAt]?.value).toBe("40k");
    expect(shown.find((element) => element.id === "fundingSource")?.value).toBe("PoW");
    const wrongType = await submit({ code: "4.4", status: "loopt", fundingStatus: 3, fundingSource: { x: 1 } });
    expect(JSON.stringify(wrongType.value)).toContain("Kies een stand van de financiering.");
    expect(await counts()).toEqual(before);

    const saved = await submit({
      code: "4.4",
      status: "loopt",
      fundingStatus: "toegekend",
      fundingSource: "gemeente Haarlem",
      fundingAmount: "12500",
      fundingNote: "besluit college",
    });
    expect(JSON.stringify(saved.value)).toContain("Status van 4.4 gewijzigd: nader uit te werken → loopt.");
    expect(JSON.stringify(saved.value)).toContain("Financiering van 4.4 gewijzigd: nader te bepalen → toegekend · gemeente Haarlem · €\u00a012.500.");
    expect(await counts()).toEqual({ status: before.status + 1, funding: before.funding + 1 });
    const [entry] = await running.service.app.ports.funding.fundingHistory("4.4", 1);
    expect(entry).toMatchObject({ to: "toegekend", source: "gemeente Haarlem", amountCents: 1_250_000, note: "besluit college", channel: "teams" });
    expect(entry?.by?.email).toBe("carla@uwv.nl");

    // The next form shows the funding as it now stands.
    const [next] = await say(CARLA, "status");
    const again = cardBody(next);
    expect(["fundingStatus", "fundingSource", "fundingAmount"].map((id) => again.find((element) => element.id === id)?.value)).toEqual([
      "toegekend",
      "gemeente Haarlem",
      "€\u00a012.500",
    ]);
  });
});
