/** The neutral chart built once in the core: from known counts, its series, colours and its text alternative. */
import { describe, expect, it } from "vitest";
import { STATUS_CHART_COLOURS, statusChart, statusTrendChart } from "../../../src/core/messages/charts.js";
import { listMessage } from "../../../src/core/messages/list-views.js";
import { statusCounts } from "../../../src/core/status-counts.js";
import { renderText } from "../../../src/render/text.js";

describe("status charts in the message model", () => {
  const counts = statusCounts({ loopt: 6, nader_uit_te_werken: 3, afgerond: 1, gepauzeerd: 0 }, "nl");

  it("draws known counts as one stacked bar: a series per status that has actions, in life-cycle order and status colours", () => {
    const chart = statusChart(counts, 10, "nl");
    expect(chart.kind).toBe("stacked-bar");
    expect(chart.title).toBe("Status van de acties");
    expect(chart.categories).toEqual(["Status van de acties"]);
    expect(chart.series).toEqual([
      { label: "loopt", status: "loopt", colour: STATUS_CHART_COLOURS.loopt, values: [6] },
      { label: "nader uit te werken", status: "nader_uit_te_werken", colour: STATUS_CHART_COLOURS.nader_uit_te_werken, values: [3] },
      { label: "afgerond", status: "afgerond", colour: STATUS_CHART_COLOURS.afgerond, values: [1] },
    ]);
  });

  it("keeps today's text bar as its text alternative", () => {
    expect(statusChart(counts, 10, "nl").text).toEqual([
      `loopt                ${"█".repeat(12)}${"░".repeat(8)}  6`,
      `nader uit te werken  ${"█".repeat(6)}${"░".repeat(14)}  3`,
      `afgerond             ${"█".repeat(2)}${"░".repeat(18)}  1`,
    ]);
  });

  it("labels in English, and as a donut adds the total", () => {
    const chart = statusChart(statusCounts({ loopt: 2, vervallen: 2 }, "en"), 4, "en", { kind: "donut" });
    expect(chart).toMatchObject({ kind: "donut", title: "Status of the actions" });
    expect(chart.series.map((series) => [series.label, series.values])).toEqual([
      ["running", [2]],
      ["dropped", [2]],
    ]);
    expect(chart.text.at(-1)).toBe("total 4");
  });

  it("draws the weekly trend as a line per status that anyone had, with a line of text per week", () => {
    const chart = statusTrendChart(
      [
        { label: "2 nov 2026", counts: { loopt: 3, nader_uit_te_werken: 9 } },
        { label: "9 nov 2026", counts: { loopt: 6, nader_uit_te_werken: 5, afgerond: 1 } },
      ],
      "nl",
    );
    expect(chart.kind).toBe("line");
    expect(chart.categories).toEqual(["2 nov 2026", "9 nov 2026"]);
    expect(chart.series.map((series) => [series.status, series.values])).toEqual([
      ["loopt", [3, 6]],
      ["nader_uit_te_werken", [9, 5]],
      ["afgerond", [0, 1]],
    ]);
    expect(chart.text).toEqual([
      "2 nov 2026: loopt 3 · nader uit te werken 9 · afgerond 0",
      "9 nov 2026: loopt 6 · nader uit te werken 5 · afgerond 1",
    ]);
  });

  it("puts the chart in `lijst`, whose plain text is the text bar as before", () => {
    const message = listMessage(
      { actions: [], counts: { loopt: 6, nader_uit_te_werken: 3, afgerond: 1 }, total: 10, description: [], share: false },
      "nl",
    );
    const block = message.blocks.find((candidate) => candidate.type === "chart");
    expect(block?.type === "chart" && block.chart.series.map((series) => series.values[0])).toEqual([6, 3, 1]);
    expect(renderText(message)).toContain(`loopt                ${"█".repeat(12)}${"░".repeat(8)}  6\n`);
  });
});
