/**
 * Closing the PostgreSQL database while transactions are starting (a worker claiming when the service stops, or a
 * database closed behind the service's back) must end. Prisma leaves a transaction that began around `$disconnect`
 * without COMMIT or ROLLBACK, so its connection never returned to the pool and `close()` waited for ever.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/persistence/database.js";
import { createPostgresDatabase } from "../support/databases.js";

const ROUNDS = 4;
const TRANSACTIONS = 8;

describe("closing PostgreSQL while transactions start", () => {
  let created: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    created = await createPostgresDatabase();
  });
  afterAll(async () => {
    await created.drop();
  });

  it("closes every time, and keeps exactly the transactions that reported a commit", async () => {
    const committed: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const database = await openDatabase({ kind: "postgres", url: created.url });
      const transactions = Array.from({ length: TRANSACTIONS }, (_, index) => {
        const slug = `r${round}-t${index}`;
        return database.prisma
          .$transaction(async (tx) => {
            await tx.agenda.create({ data: { slug, name: slug } });
            await tx.agenda.count();
          })
          .then(
            () => committed.push(slug),
            () => undefined,
          );
      });
      await new Promise((resolve) => setTimeout(resolve, round % 3));
      const outcome = await Promise.race([
        database.close().then(() => "closed"),
        new Promise((resolve) => setTimeout(() => resolve("still open after 20 s"), 20_000)),
      ]);
      await Promise.all(transactions);
      expect(outcome, `round ${round}`).toBe("closed");
    }

    const reopened = await openDatabase({ kind: "postgres", url: created.url });
    try {
      const stored = (await reopened.prisma.agenda.findMany({ select: { slug: true } })).map((agenda) => agenda.slug);
      expect(stored.sort()).toEqual(committed.sort());
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
