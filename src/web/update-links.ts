/**
 * The link in a lead's e-mail to the update page: signed with the dashboard's key (DASHBOARD_SECRET, else the one the
 * database keeps) under its own purpose, so it is never a dashboard sign-in or session; it names one person and one
 * round and expires after UPDATE_LINK_DAYS. Nothing else in it grants anything: the page offers and accepts only that
 * person's actions in that round while it is open.
 */
import { randomBytes } from "node:crypto";
import type { Locale } from "../core/domain/locale.js";
import type { Clock } from "../core/ports.js";
import type { UpdateLink, UpdateLinks } from "../core/rounds/mail-reminder.js";
import type { SecretStore } from "./dashboard-access.js";
import { signToken, type TokenCheck, verifyToken } from "./signed-tokens.js";

export const UPDATE_PATH = "/bijwerken";

export interface UpdateLinkOptions {
  /** PUBLIC_URL, else http://localhost:<PORT>. */
  baseUrl: string;
  /** DASHBOARD_SECRET; without it the database keeps one (shared with the dashboard). */
  secret: string | undefined;
  secrets: SecretStore;
  clock: Clock;
  days: number;
}

export class UpdateLinkSigner implements UpdateLinks {
  private key: Promise<string> | null = null;

  constructor(private readonly options: UpdateLinkOptions) {}

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
