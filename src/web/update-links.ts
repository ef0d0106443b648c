import type { Locale } from "../core/domain/locale.js";
import type { Clock } from "../core/ports.js";
import type { UpdateLink, UpdateLinks } from "../core/rounds/mail-reminder.js";
import type { SecretStore } from "./dashboard-access.js";
import { DashboardKey } from "./dashboard-key.js";
import { signToken, type TokenCheck, verifyToken } from "./signed-tokens.js";

export const UPDATE_PATH = "/bijwerken";

export interface UpdateLinkOptions {
  /** The region's slug when it is not the first region: it signs with a key of its own. */
  region?: string | undefined;
  /** PUBLIC_URL, else http://localhost:<PORT>. */
  baseUrl: string;
  /** DASHBOARD_SECRET; without it the database keeps one (shared with the dashboard). */
  secret: string | undefined;
  secrets: SecretStore;
  clock: Clock;
  days: number;
}

export class UpdateLinkSigner implements UpdateLinks {
  private readonly signingKey: DashboardKey;

  constructor(private readonly options: UpdateLinkOptions) {
    this.signingKey = new DashboardKey(options);
  }

  async signer(): Promise<(personId: number, roundId: number, locale: Locale) => UpdateLink> {
    const key = await this.secret();
    return (personId, roundId, locale) => {
      const expiresAt = new Date(this.options.clock.now().getTime() + this.options.days * 24 * 3600_000);
      const token = signToken(key, "update", { personId, roundId, locale, expiresAt });
      return { url: `${this.options.baseUrl}${UPDATE_PATH}?t=${token}`, expiresAt };
    };
  }

  /** The token's person, round and language; a token without a round is not an update link. */
  async verify(token: string | undefined): Promise<TokenCheck> {
    const checked = verifyToken(await this.secret(), "update", token, this.options.clock.now());
    if (checked.ok && checked.claims.roundId === undefined) return { ok: false, reason: "tampered" };
    return checked;
  }

  private secret(): Promise<string> {
    return this.signingKey.value();
  }
}
