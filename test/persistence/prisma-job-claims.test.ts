import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/persistence/database.js";
import { PrismaJobClaims } from "../../src/persistence/prisma-job-claims.js";
import { createPostgresDatabase } from "../support/databases.js";
import { forEachDatabase } from "../support/for-each-database.js";

forEachDatabase("job claims", {}, (ctx) => {
  it("lets exactly one of many concurrent callers claim a run, and remembers unfinished runs", async () => {
    const claims = new PrismaJobClaims(ctx.database.prisma);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => claims.claim("digest", "2026-W48", "slack:T1:C1", `instance-${i}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claims.claim("digest", "2026-W49", "slack:T1:C1", "instance-0")).toBe(true);
    expect((await claims.unfinished("digest")).map((run) => run.period)).toEqual(["2026-W48", "2026-W49"]);
    await claims.complete("digest", "2026-W48", "slack:T1:C1");
    expect((await claims.unfinished("digest")).map((run) => run.period)).toEqual(["2026-W49"]);
    expect(await claims.claim("digest", "2026-W48", "slack:T1:C1", "instance-9")).toBe(false);
  });
});

describe("job claims across two processes' connections to one PostgreSQL", () => {
  it("gives each run to one instance only", async () => {
    const shared = await createPostgresDatabase();
    const [a, b] = await Promise.all([openDatabase({ kind: "postgres", url: shared.url }), openDatabase({ kind: "postgres", url: shared.url })]);
    try {
      const runs = Array.from({ length: 50 }, (_, i) => `2026-W${String(i).padStart(2, "0")}`);
      const [wonByA, wonByB] = await Promise.all(
        [a, b].map(async (db, n) => {
          const claims = new PrismaJobClaims(db.prisma);
          const won = await Promise.all(runs.map((period) => claims.claim("digest", period, "teams:tenant:19:x", `instance-${n}`)));
          return won.filter(Boolean).length;
        }),
      );
      expect((wonByA ?? 0) + (wonByB ?? 0)).toBe(runs.length);
      expect(await a.prisma.jobClaim.count()).toBe(runs.length);
    } finally {
      await a.close();
      await b.close();
      await shared.drop();
    }
  });
});
