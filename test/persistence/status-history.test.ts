import { expect, it } from "vitest";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

forEachDatabase("status history", { agenda: true }, (ctx) => {
  it("appends every change, newest first, with who, from, to, note and channel", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("status 1.4 loopt mobiliteitsteam gestart", leader);
    await ctx.agenda.core.run("status 1.4 gepauzeerd", { ...leader, channel: "slack" });
    await ctx.agenda.core.run("status 1.4 loopt weer verder", { ...leader, channel: "teams" });
    const history = (await ctx.agenda.store.findAction("1.4"))?.history ?? [];
    expect(history.map((entry) => [entry.from, entry.to, entry.note, entry.channel, entry.by?.email ?? null])).toEqual([
      ["gepauzeerd", "loopt", "weer verder", "teams", LEADER],
      ["loopt", "gepauzeerd", null, "slack", LEADER],
      ["nader_uit_te_werken", "loopt", "mobiliteitsteam gestart", "cli", LEADER],
      [null, "nader_uit_te_werken", null, "import", null],
    ]);
  });

  it("refuses to rewrite or delete history rows, in the database itself", async () => {
    const prisma = ctx.agenda.database.prisma;
    await ctx.agenda.core.run("notitie 1.4 een notitie", await ctx.agenda.actor({ email: LEADER }));
    const count = await prisma.statusChange.count();
    // The PGlite driver adapter drops the database's message; PostgreSQL's names the rule.
    const refusal = ctx.kind === "postgres" ? /history is append-only/ : /Raw query failed/;
    await expect(prisma.$executeRawUnsafe(`UPDATE "status_change" SET note = 'rewritten'`)).rejects.toThrow(refusal);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "status_change"`)).rejects.toThrow(refusal);
    await expect(prisma.statusChange.deleteMany({})).rejects.toThrow();
    await expect(prisma.$executeRawUnsafe(`UPDATE "note" SET text = 'rewritten'`)).rejects.toThrow(refusal);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "note"`)).rejects.toThrow(refusal);
    expect(await prisma.note.count()).toBe(1);
    expect(await prisma.statusChange.count()).toBe(count);
    expect(await prisma.statusChange.count({ where: { note: "rewritten" } })).toBe(0);
  });

  it("keeps concurrent status changes consistent: every change sees the status before it", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    const targets = ["afgerond", "gepauzeerd", "loopt", "vervallen", "loopt", "afgerond"];
    await Promise.all(targets.map((status) => ctx.agenda.core.run(`status 7.1 ${status}`, leader)));
    const history = (await ctx.agenda.database.prisma.statusChange.findMany({ where: { action: { code: "7.1" } }, orderBy: { id: "asc" } })).map(
      (row) => [row.fromStatus, row.toStatus] as const,
    );
    // The import's row and one per change: none lost, each from the status the one before it left.
    expect(history).toHaveLength(targets.length + 1);
    for (let i = 1; i < history.length; i++) expect(history[i]?.[0]).toBe(history[i - 1]?.[1]);
    expect((await ctx.agenda.store.findAction("7.1"))?.status).toBe(history.at(-1)?.[1]);
  });
});
