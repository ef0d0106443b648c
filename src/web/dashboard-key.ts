/**
 * The key the dashboard's sign-in links, sessions, chart addresses and update links are signed with: DASHBOARD_SECRET,
 * else one generated once and kept in the database, so every instance signs alike. A failed read is not remembered.
 */
import { randomBytes } from "node:crypto";
import type { SecretStore } from "./dashboard-access.js";

export class DashboardKey {
  private key: Promise<string> | null = null;

  constructor(private readonly options: { secret: string | undefined; secrets: SecretStore }) {}

  value(): Promise<string> {
    if (this.options.secret) return Promise.resolve(this.options.secret);
    this.key ??= this.options.secrets
      .secret("dashboard", () => randomBytes(32).toString("hex"))
      .catch((error: unknown) => {
        this.key = null;
        throw error;
      });
    return this.key;
  }
}
