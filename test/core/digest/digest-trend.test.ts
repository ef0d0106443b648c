/**
 * The digest's weekly trend on both databases: a line per status over the last weeks, from the status history of
 * the overleg's themes within its reach (REO covers themes 6–8 in Zuid-Kennemerland, so a change on IJmond-only
 * 6.2 moves nothing in its trend), ending at the counts the digest's status chart shows; in Dutch and English.
 */
import { expect, it } from "vitest";
import type { ActionStatus } from "../../../src/core/domain/status.js";
import type { Chart, Message } from "../../../src/core/messages/model.js";
import type { Database } from "../../../src/persistence/database.js";
import { renderText } from "../../../src/render/text.js";
import { type CardElement, renderCards } from "../../../src/teams/adaptive-card.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const NOW = new Date("2026-12-01T10:00:00+01:00");

/** The import as if it ran on Monday 2 November 2026 (history is append-only: the rows are moved with the triggers off). */
async function backdateImport(database: Database, at: Date): Promise<void> {
  await database.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRaw`UPDATE status_change SET created_at = ${at} WHERE channel = 'import'`;
    await tx.$executeRaw`UPDATE action SET created_at = ${at}, last_update_at = ${at}`;
  });
}

/** A status change at a given moment, as the writer stores one (from the status the action has). */
async function changeAt(database: Database, code: string, to: ActionStatus, at: Date): Promise<void> {
  await database.prisma.$transaction([
    database.prisma.$executeRaw`INSERT INTO status_change (action_id, from_status, to_status, note, channel, created_at)
      SELECT id, status, ${to}::"ActionStatus", NULL, 'cli'::"Channel", ${at} FROM action WHERE code = ${code}`,
    database.prisma.$executeRaw`UPDATE action SET status = ${to}::"ActionStatus", last_update_at = ${at} WHERE code = ${code}`,
  ]);
}

const charts = (message: Message): Chart[] => message.blocks.flatMap((block) => (block.type === "chart" ? [block.chart] : []));
const line = (chart: Chart | undefined, label: string) => chart?.series.find((series) => series.label === label)?.values;

forEachDatabase("the digest's weekly trend", { agenda: true, clock: NOW }, (ctx) => {
  async function digest(overleg: string, locale: "nl" | "en" = "nl"): Promise<Message> {
    const reader = await ctx.agenda.actor({ email: null });
    return (await ctx.agenda.core.run(`digest ${overleg}`, { ...reader, locale })).message;
  }

  it("shows the status per week within the overleg's reach, ending at the counts of its status chart", async () => {
    await backdateImport(ctx.database, new Date("2026-11-02T09:00:00+01:00"));
    await changeAt(ctx.database, "6.5", "loopt", new Date("2026-11-12T15:40:00+01:00"));
    await changeAt(ctx.database, "6.6", "gepauzeerd", new Date("2026-11-24T23:30:00+01:00"));
    // IJmond only: outside REO's reach.
    await changeAt(ctx.database, "6.2", "afgerond", new Date("2026-11-18T10:00:00+01:00"));

    const message = await digest("REO");
    const [status, trend] = charts(message);
    expect(trend?.kind).toBe("line");
    expect(trend?.title).toBe("Status per week");
    expect(trend?.categories).toEqual(["2 nov 2026", "9 nov 2026", "16 nov 2026", "23 nov 2026", "30 nov 2026"]);
    const open = line(trend, "nader uit te werken") ?? [];
    expect((open[0] ?? 0) - (open[1] ?? 0)).toBe(1);
    expect(line(trend, "gepauzeerd")).toEqual([0, 0, 0, 1, 1]);
    expect(line(trend, "afgerond")).toBeUndefined();
    // The last week is today's counts, as the status chart shows them.
    const lastWeek = Object.fromEntries((trend?.series ?? []).map((series) => [series.label, series.values.at(-1)]));
    expect(lastWeek).toEqual(Object.fromEntries((status?.series ?? []).map((series) => [series.label, series.values[0]])));
    expect(Object.values(lastWeek).reduce((sum: number, n) => sum + (n ?? 0), 0)).toBe(16);
    const text = renderText(message);
    expect(text).toMatch(/30 nov 2026: loopt \d+ · nader uit te werken \d+ · gepauzeerd 1/);
    // In Teams: the status bar, then the trend as Teams' line chart.
    const types = (body: readonly CardElement[]): string[] =>
      body.flatMap((element) => [String(element.type), ...types((element.items as CardElement[] | undefined) ?? [])]);
    expect(types(renderCards(message)[0]?.body ?? []).filter((type) => type.startsWith("Chart."))).toEqual([
      "Chart.HorizontalBar.Stacked",
      "Chart.Line",
    ]);

    // A digest of all of Zuid-Kennemerland en IJmond does count 6.2's change.
    const done = line(charts(await digest("RWB"))[1], "afgerond") ?? [];
    expect([(done[1] ?? 0) - (done[0] ?? 0), (done[2] ?? 0) - (done[1] ?? 0)]).toEqual([0, 1]);
  });

  it("says it in English", async () => {
    await backdateImport(ctx.database, new Date("2026-11-02T09:00:00+01:00"));
    await changeAt(ctx.database, "7.5", "loopt", new Date("2026-11-20T12:00:00+01:00"));
    const trend = charts(await digest("IPO", "en"))[1];
    expect(trend?.title).toBe("Status per week");
    expect(trend?.series.map((series) => series.label)).toContain("running");
  });

  it("leaves the trend out until there are two weeks of history", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("status 6.5 loopt gestart", leader);
    const message = await digest("REO");
    expect(charts(message).map((chart) => chart.kind)).toEqual(["stacked-bar"]);
  });
});
