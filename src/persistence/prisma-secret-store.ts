/** Keys generated once and kept in the database (table `app_secret`), so every instance and the CLI share them. */
import type { PreparedReads, PreparedStatement } from "./prepared-reads.js";

const READ: PreparedStatement = { name: "doe_secret_read", text: `SELECT value FROM "app_secret" WHERE name = $1` };
const CREATE: PreparedStatement = {
  name: "doe_secret_create",
  text: `INSERT INTO "app_secret" (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value`,
};

export class PrismaSecretStore {
  constructor(private readonly reads: PreparedReads) {}

  /** The key of this name; the first caller stores `generate()`, every later one (any instance) reads it. */
  async secret(name: string, generate: () => string): Promise<string> {
    const [stored] = await this.reads.rows<{ value: string }>(READ, [name]);
    if (stored) return stored.value;
    const [created] = await this.reads.rows<{ value: string }>(CREATE, [name, generate()]);
    if (created) return created.value;
    // Another instance stored it between the two statements.
    const [raced] = await this.reads.rows<{ value: string }>(READ, [name]);
    if (!raced) throw new Error(`the key "${name}" could neither be stored nor read`);
    return raced.value;
  }
}
