/**
 * The key the dashboard's sign-in links, sessions, chart addresses and update links are signed with: DASHBOARD_SECRET,
 * else one generated once and kept in the database, so every instance signs alike. A failed read is not remembered.
 * Every region but the first signs with its own key derived from it, so a link or session of one region opens
 * nothing in another (the first keeps the key itself: links sent before there were regions keep working).
 */
import { createHmac, randomBytes } from "node:crypto";
import type { SecretStore } from "./dashboard-access.js";

export class DashboardKey {
  private key: Promise<string> | null = null;

  constructor(private readonly options: { secret: string | undefined; secrets: SecretStore; region?: string | undefined }) {}

  async value(): Promise<string> {
    const base = await this.base();
    const { region } = this.options;
    return region ? createHmac("sha256", base).update(`doe-agenda:region:${region}`).digest("hex") : base;
  }

  private base(): Promise<string> {
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
