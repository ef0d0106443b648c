/** Slack's rendering of a chart block, and the signed chart addresses behind its image. */
import { describe, expect, it } from "vitest";
import { statusChart } from "../../src/core/messages/charts.js";
import { message } from "../../src/core/messages/model.js";
import { statusCounts } from "../../src/core/status-counts.js";
import { renderBlocks } from "../../src/slack/block-kit.js";
import { ChartImageUrls } from "../../src/web/chart-images.js";

const KEY = "k".repeat(64);
const chart = statusChart(statusCounts({ loopt: 6, nader_uit_te_werken: 3 }, "nl"), 9, "nl");
const withChart = message("Lijst", [{ type: "chart", chart }]);

describe("chart blocks in Slack", () => {
  it("is an image with the text bar as alt text when charts have an address", () => {
    const images = new ChartImageUrls("https://doe-agenda.example.nl", KEY);
    const [block] = renderBlocks(withChart, images);
    expect(block).toMatchObject({ type: "image", title: { type: "plain_text", text: "Status van de acties" } });
    expect(block && "image_url" in block && block.image_url).toMatch(/^https:\/\/doe-agenda\.example\.nl\/charts\/[\w-]+\.[\w-]{43}\.png$/);
    expect(block?.type === "image" && block.alt_text).toBe(`Status van de acties: ${chart.text.join("\n")}`);
  });

  it("is the text bar in a code block without an address, or when the address would be too long for Slack", () => {
    const expected = [{ type: "section", text: { type: "mrkdwn", text: `\`\`\`${chart.text.join("\n")}\`\`\`` } }];
    expect(renderBlocks(withChart)).toEqual(expected);
    expect(renderBlocks(withChart, { url: () => `https://x.nl/${"a".repeat(3000)}` })).toEqual(expected);
  });
});

describe("signed chart addresses", () => {
  const images = new ChartImageUrls("https://doe-agenda.example.nl", KEY);
  const path = (url: string | undefined) => new URL(url ?? "").pathname;

  it("give back the chart they were made for", () => {
    expect(images.chartOf(path(images.url(chart)))).toEqual(chart);
  });

  it("are refused when changed, or signed with another key", () => {
    const url = path(images.url(chart));
    const changed = url.replace(/\/charts\/(.)/, (_match, first: string) => `/charts/${first === "A" ? "B" : "A"}`);
    expect(images.chartOf(changed)).toBeNull();
    expect(new ChartImageUrls("https://doe-agenda.example.nl", "o".repeat(64)).chartOf(url)).toBeNull();
    expect(images.chartOf("/charts/../../etc/passwd.png")).toBeNull();
  });
});
