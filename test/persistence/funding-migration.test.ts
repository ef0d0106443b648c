import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations, type SqlSession } from "../../src/persistence/migrate.js";
import { createPostgresDatabase } from "../support/databases.js";

const FUNDING_MIGRATION = "20261201111000_funding_decision";

/** A database of the kind, on the schema as it was before the funding migration. */
async function openSession(kind: "pglite" | "postgres"): Promise<{ session: SqlSession; close(): Promise<void> }> {
  if (kind === "pglite") {
    const db = new PGlite();
    return {
      session: { exec: async (sql) => void (await db.exec(sql)), query: async (sql, params) => (await db.query(sql, params)).rows as never },
      close: () => db.close(),
    };
  }
  const created = await createPostgresDatabase();
  const client = new pg.Client({ connectionString: created.url });
  await client.connect();
  return {
    session: { exec: async (sql) => void (await client.query(sql)), query: async (sql, params) => (await client.query(sql, params)).rows },
    close: async () => {
      await client.end();
      await created.drop();
    },
  };
}

describe.each(["pglite", "postgres"] as const)("the funding migration on an existing %s database", (kind) => {
  let opened: Awaited<ReturnType<typeof openSession>>;
  beforeAll(async () => {
    opened = await openSession(kind);
  });
  afterAll(async () => opened?.close());

  it("seeds the actions already imported from their free text, each with the import's first history row", async () => {
    const { session } = opened;
    const all = await readMigrations();
    await applyMigrations(
      session,
      all.filter((migration) => migration.name < FUNDING_MIGRATION),
    );
    await session.exec(`
      INSERT INTO agenda (id, slug, name, updated_at) VALUES (1, 'regio', 'Regio', now());
      INSERT INTO pillar (id, agenda_id, code, name, position) VALUES (1, 1, 'werk', 'Werk', 0);
      INSERT INTO theme (id, agenda_id, number, title, target_group, pillar_id) VALUES (1, 1, 1, 'Thema', 'Iedereen', 1);
      INSERT INTO action (agenda_id, code, theme_id, scope, title, status, trekkers, financiering, position, updated_at) VALUES
        (1, '1.1', 1, 'REGIONAAL', 'Een', 'loopt', '{UWV}', 'PoW', 0, now()),
        (1, '1.2', 1, 'REGIONAAL', 'Twee', 'loopt', '{UWV}', 'lokaal nader te bepalen', 1, now()),
        (1, '1.3', 1, 'REGIONAAL', 'Drie', 'loopt', '{UWV}', ' Budget IJmond Werkt ', 2, now());`);
    expect(await applyMigrations(session, all)).toEqual([FUNDING_MIGRATION, ...all.filter((m) => m.name > FUNDING_MIGRATION).map((m) => m.name)]);
    const actions = await session.query<{ code: string; funding_status: string; funding_source: string | null; funding_changed_at: Date | null }>(
      `SELECT code, funding_status::text AS funding_status, funding_source, funding_changed_at FROM action ORDER BY code`,
    );
    expect(actions).toEqual([
      { code: "1.1", funding_status: "toegekend", funding_source: "PoW", funding_changed_at: null },
      { code: "1.2", funding_status: "nader_te_bepalen", funding_source: null, funding_changed_at: null },
      { code: "1.3", funding_status: "toegekend", funding_source: "Budget IJmond Werkt", funding_changed_at: null },
    ]);
    const history = await session.query<{ code: string; to_status: string; source: string | null; note: string; channel: string }>(
      `SELECT a.code, f.to_status::text AS to_status, f.source, f.note, f.channel::text AS channel
       FROM funding_entry f JOIN action a ON a.id = f.action_id ORDER BY a.code`,
    );
    expect(history).toEqual([
      { code: "1.1", to_status: "toegekend", source: "PoW", note: "PoW", channel: "import" },
      { code: "1.2", to_status: "nader_te_bepalen", source: null, note: "lokaal nader te bepalen", channel: "import" },
      { code: "1.3", to_status: "toegekend", source: "Budget IJmond Werkt", note: " Budget IJmond Werkt ", channel: "import" },
    ]);
    // Rounds started before it were about the status.
    const [column] = await session.query<{ column_default: string }>(
      `SELECT column_default FROM information_schema.columns WHERE table_name = 'reminder_round' AND column_name = 'kind'`,
    );
    expect(column?.column_default).toContain("status");
  });
});
