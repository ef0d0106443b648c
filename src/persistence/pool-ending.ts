/**
 * Ending a node-postgres pool without hanging. `pool.end()` waits for every checked-out connection to come back,
 * and Prisma abandons a transaction that was starting when `$disconnect` came (its connection is taken from the pool,
 * but neither COMMIT nor ROLLBACK follows), so that connection never returns. Such connections are cut off after a grace period, which outlasts
 * Prisma's own interactive-transaction timeout (5 s): a transaction Prisma still tracks rolls back and returns its
 * connection by itself first; cutting it off earlier would make that rollback fail inside Prisma.
 */
import type { Pool, PoolClient } from "pg";

/** Prisma's default interactive-transaction timeout (5 s), and a second to roll back. */
export const POOL_END_GRACE_MS = 6_000;

export interface EndablePool {
  /** Ends the pool: idle connections at once, checked-out ones when they return or, after `graceMs`, cut off. */
  end(graceMs?: number): Promise<void>;
}

/** Watches which connections of `pool` are checked out, from now on: call it right after creating the pool. */
export function endablePool(pool: Pool): EndablePool {
  const checkedOut = new Set<PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("remove", (client) => checkedOut.delete(client as PoolClient));
  return {
    async end(graceMs = POOL_END_GRACE_MS) {
      const ended = pool.end();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<"grace over">((resolve) => {
        timer = setTimeout(() => resolve("grace over"), graceMs);
      });
      const first = await Promise.race([ended.then(() => "ended" as const), graceOver]);
      clearTimeout(timer);
      if (first === "ended") return;
      // Releasing with an error makes the pool destroy the connection; PostgreSQL rolls its transaction back.
      for (const client of [...checkedOut]) client.release(new Error("the database is closing: connection abandoned by its holder"));
      await ended;
    },
  };
}
