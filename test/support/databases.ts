/** Real databases for tests: in-memory PGlite, and a fresh database on the local PostgreSQL per test file. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseTarget } from "../../src/persistence/database.js";

/** Server for test databases; CI and developer machines run PostgreSQL on 127.0.0.1:5432 with trust auth. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  name: "pglite" | "postgres";
  target: DatabaseTarget;
  url?: string;
  drop(): Promise<void>;
}

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `doe_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The two databases every repository test runs against. */
export const DATABASE_KINDS = ["pglite", "postgres"] as const;

export async function createTestDatabase(kind: (typeof DATABASE_KINDS)[number]): Promise<TestDatabase> {
  if (kind === "pglite") return { name: "pglite", target: { kind: "pglite", dataDir: null }, drop: async () => undefined };
  const created = await createPostgresDatabase();
  return { name: "postgres", target: { kind: "postgres", url: created.url }, url: created.url, drop: created.drop };
}
