/** A PostgreSQL database of its own for one benchmark run, on the server of BENCH_POSTGRES_URL, dropped afterwards. */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface ScratchPostgres {
  /** The database's connection string. */
  url: string;
  /** Drops it (FORCE: open connections are ended). */
  drop(): Promise<void>;
}

async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Creates `<prefix>_<random hex>` on the admin URL's server. */
export async function createScratchPostgres(prefix: string): Promise<ScratchPostgres> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
