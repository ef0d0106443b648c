import { describe, expect, it } from "vitest";
import { message, notice } from "../../src/core/messages/model.js";
import { fitView, paginate, renderBlocks } from "../../src/slack/block-kit.js";

describe("Block Kit rendering", () => {
  it("escapes user text so it cannot mention @channel or forge links", () => {
    const blocks = renderBlocks(message("x", [{ type: "context", text: "<!channel> kijk <https://evil|hier> & zo" }]));
    expect(JSON.stringify(blocks)).toContain("&lt;!channel&gt; kijk &lt;https://evil|hier&gt; &amp; zo");
  });

  it("packs a long list into sections of at most 3,000 characters, keeping every item", () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ title: `${i + 1}.1 ${"titel ".repeat(20)}`, detail: "loopt · UWV" }));
    const blocks = renderBlocks(message("lijst", [{ type: "list", items }]));
    expect(blocks.length).toBeLessThan(10);
    for (const block of blocks) expect(block.type === "section" && (block.text?.text.length ?? 0)).toBeLessThanOrEqual(3000);
    const text = blocks.map((block) => (block.type === "section" ? (block.text?.text ?? "") : "")).join("\n");
    for (let i = 1; i <= 100; i++) expect(text).toContain(`*${i}.1 `);
  });

  it("pages at 50 blocks without separating buttons from their action", () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      title: `${i + 1}.1 Actie`,
      buttons: [{ intent: "action.update" as const, label: "Bijwerken", value: `${i + 1}.1` }],
    }));
    const pages = paginate(
      renderBlocks(
        message("mijn", [
          { type: "heading", text: "Jouw acties" },
          { type: "list", items },
        ]),
      ),
    );
    expect(pages.map((page) => page.length)).toEqual([49, 12]);
    for (const page of pages) expect(page[0]?.type).not.toBe("actions");
  });

  it("fits a view into 100 blocks and says how much was left out", () => {
    const blocks = Array.from({ length: 150 }, () => ({ type: "divider" as const }));
    const fitted = fitView(blocks, (hidden) => `${hidden} meer`);
    expect(fitted).toHaveLength(100);
    expect(fitted.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "51 meer" }] });
  });

  it("renders a section heading as a header, stronger than the bold titles of the rows under it", () => {
    const blocks = renderBlocks(
      message("1.3", [
        { type: "heading", text: "1.3 Loopbaanadvies" },
        { type: "section", text: "Laatste wijzigingen" },
        { type: "list", items: [{ title: "2 dec 2026 10:14 · nader uit te werken → loopt", detail: "door anna@haarlem.nl" }] },
        { type: "section", text: "Open escalaties" },
      ]),
    );
    expect(blocks.map((block) => block.type)).toEqual(["header", "header", "section", "header"]);
    expect(blocks[1]).toMatchObject({ type: "header", text: { type: "plain_text", text: "Laatste wijzigingen" } });
    expect(blocks[2]).toMatchObject({ type: "section", text: { text: "• *2 dec 2026 10:14 · nader uit te werken → loopt*\ndoor anna@haarlem.nl" } });
  });

  it("shows a tone with a mark, not a colour (Block Kit text has none)", () => {
    expect(JSON.stringify(renderBlocks(notice("success", "Opgeslagen.")))).toContain(":white_check_mark: Opgeslagen.");
    expect(JSON.stringify(renderBlocks(notice("error", "Mislukt.")))).toContain(":warning: Mislukt.");
  });
});
