/**
 * Charts in Teams: `lijst` and the digest carry Teams' chart element with the data of the list, and the text bar as
 * its fallback; the line and donut charts render the same way (the card stays schema 1.5).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusChart, statusTrendChart } from "../../src/core/messages/charts.js";
import { message as neutralMessage } from "../../src/core/messages/model.js";
import { statusCounts } from "../../src/core/status-counts.js";
import { type CardElement, renderCards } from "../../src/teams/adaptive-card.js";
import type { FakeConnector } from "../support/fake-connector.js";
import { message, READER } from "../support/teams-activities.js";
import { startTeamsTestService, type TeamsTestService } from "../support/test-service.js";

/** Every element of a card body, nested ones included (fallbacks not followed). */
function elements(body: readonly CardElement[]): CardElement[] {
  return body.flatMap((element) => [element, ...elements((element.items as CardElement[] | undefined) ?? [])]);
}

const monospaceLines = (fallback: unknown) =>
  ((fallback as { items?: { text: string; fontType?: string }[] }).items ?? [])
    .filter((item) => item.fontType === "Monospace")
    .map((item) => item.text);

describe("Teams charts end to end: `lijst` through /api/messages", () => {
  let running: TeamsTestService;
  let connector: FakeConnector;

  beforeAll(async () => {
    running = await startTeamsTestService([READER], { LEADER_EMAILS: "pl@haarlem.nl" });
    ({ connector } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("answers `lijst thema 1` with a stacked bar of the theme's counts and the text bar as its fallback", async () => {
    const before = connector.sent.length;
    const response = await running.post(message(READER, "lijst thema 1", { serviceUrl: connector.url }));
    expect(response.status).toBe(200);
    const sent = await connector.waitFor(() => connector.sent.slice(before)[0]);
    const card = sent.activity.attachments?.[0]?.content as { version: string; body: CardElement[] };
    expect(card.version).toBe("1.5");
    const chart = elements(card.body).find((element) => element.type === "Chart.HorizontalBar.Stacked");
    expect(chart).toBeDefined();

    const counts = await running.service.app.ports.reader.countByStatus({ themes: [1] });
    const expected = statusCounts(counts, "nl");
    const rows = chart?.data as { title: string; data: { legend: string; value: number; color: string }[] }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data.map((point) => [point.legend, point.value])).toEqual(expected.map((count) => [count.label, count.count]));
    expect(rows[0]?.data.find((point) => point.legend === "loopt")?.color).toBe("good");

    const fallback = chart?.fallback as { type: string };
    expect(fallback.type).toBe("Container");
    const lines = monospaceLines(fallback);
    expect(lines).toHaveLength(expected.length);
    expect(lines[0]).toMatch(/█+░*\s+\d+$/);
  });
});

describe("Teams chart elements for each kind of chart", () => {
  const counts = statusCounts({ loopt: 6, nader_uit_te_werken: 3, vervallen: 1 }, "nl");

  it("draws a donut with a segment per status and the text bar as fallback", () => {
    const [card] = renderCards(neutralMessage("s", [{ type: "chart", chart: statusChart(counts, 10, "nl", { kind: "donut" }) }]));
    const donut = card?.body[0];
    expect(donut?.type).toBe("Chart.Donut");
    expect(donut?.data).toEqual([
      { legend: "loopt", value: 6, color: "good" },
      { legend: "nader uit te werken", value: 3, color: "warning" },
      { legend: "vervallen", value: 1, color: "attention" },
    ]);
    expect(monospaceLines(donut?.fallback)).toContain("totaal 10");
  });

  it("draws the weekly trend as Chart.Line with a series per status over the weeks", () => {
    const trend = statusTrendChart(
      [
        { label: "2 nov", counts: { loopt: 3, nader_uit_te_werken: 9 } },
        { label: "9 nov", counts: { loopt: 6, nader_uit_te_werken: 5 } },
      ],
      "nl",
    );
    const [card] = renderCards(neutralMessage("s", [{ type: "chart", chart: trend }]));
    const line = card?.body[0];
    expect(line?.type).toBe("Chart.Line");
    expect(line?.data).toEqual([
      {
        legend: "loopt",
        color: "good",
        values: [
          { x: "2 nov", y: 3 },
          { x: "9 nov", y: 6 },
        ],
      },
      {
        legend: "nader uit te werken",
        color: "warning",
        values: [
          { x: "2 nov", y: 9 },
          { x: "9 nov", y: 5 },
        ],
      },
    ]);
    expect(monospaceLines(line?.fallback)).toEqual(["2 nov: loopt 3 · nader uit te werken 9", "9 nov: loopt 6 · nader uit te werken 5"]);
  });

  it("shows only the text when there is nothing to draw", () => {
    const [card] = renderCards(neutralMessage("s", [{ type: "chart", chart: statusChart([], 0, "nl") }]));
    expect(card?.body[0]?.type).toBe("Container");
  });
});
