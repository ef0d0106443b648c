import { beforeEach, expect, it } from "vitest";
import { syntheticAgenda } from "../../bench/synthetic-agenda.js";
import { composeApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import type { Actor } from "../../src/core/actor.js";
import type { AgendaCore } from "../../src/core/agenda-core.js";
import { LIST_LIMIT } from "../../src/core/commands/handlers/lijst.js";
import type { Database } from "../../src/persistence/database.js";
import { PrismaAgendaImporter } from "../../src/persistence/prisma-agenda-importer.js";
import { renderText } from "../../src/render/text.js";
import { forEachDatabase } from "../support/for-each-database.js";

const reader: Actor = { person: null, email: null, isLeader: false, channel: "cli" };

const seed = async (database: Database) => void (await new PrismaAgendaImporter(database.prisma).importAgenda(syntheticAgenda(250)));

forEachDatabase("long lists", { seed }, (ctx) => {
  let core: AgendaCore;
  beforeEach(async () => {
    core = (await composeApp(ctx.database, loadConfig({}), { seed: false })).core;
  });

  it("shows the first actions, counts all of them in the status bar, and says how to narrow down", async () => {
    const reply = await core.run("lijst", reader);
    const list = reply.message.blocks.find((block) => block.type === "list");
    const bar = reply.message.blocks.find((block) => block.type === "chart")?.chart;
    expect(list?.type === "list" && list.items).toHaveLength(LIST_LIMIT);
    expect(bar?.series.reduce((sum, series) => sum + (series.values[0] ?? 0), 0)).toBe(250);
    expect(bar?.series.map((series) => [series.status, series.values[0]])).toEqual([
      ["loopt", 166],
      ["nader_uit_te_werken", 84],
    ]);
    expect(renderText(reply.message)).toContain(`${LIST_LIMIT} van 250 getoond. Verfijn met een filter`);
  });

  it("counts a filtered list the same way", async () => {
    const reply = await core.run("lijst trekker uwv status loopt", reader);
    expect(renderText(reply.message)).toMatch(/^\d+ acties/);
    const bar = reply.message.blocks.find((block) => block.type === "chart")?.chart;
    const list = reply.message.blocks.find((block) => block.type === "list");
    expect(bar?.series.map((series) => series.status)).toEqual(["loopt"]);
    expect(list?.type === "list" && list.items.every((item) => item.detail?.startsWith("loopt · UWV"))).toBe(true);
    expect(bar?.series[0]?.values[0]).toBe(list?.type === "list" ? list.items.length : -1);
  });
});
