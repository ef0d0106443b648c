/**
 * Who may look at the dashboard. `dashboard` in chat (or the CLI) asks for a personal sign-in link: signed and
 * valid for `linkMinutes`; opening it sets a session cookie (HttpOnly, SameSite=Lax, Secure behind HTTPS) valid
 * for `sessionHours`. Links go to a person the agenda knows (a lead, a project leader, anyone linked before).
 * With DASHBOARD_PUBLIC everyone may read without signing in. The key is DASHBOARD_SECRET, else one generated
 * once and kept in the database, shared by every instance and the CLI; changing it ends every link and session.
 */

import { createHmac } from "node:crypto";
import type { DashboardLink, DashboardLinks } from "../core/dashboard/dashboard-links.js";
import type { DashboardReader } from "../core/dashboard/dashboard-reader.js";
import type { PersonInfo } from "../core/domain/agenda.js";
import type { Locale } from "../core/domain/locale.js";
import type { Clock } from "../core/ports.js";
import { DashboardKey } from "./dashboard-key.js";
import { nextPathSchema, safeNextPath } from "./next-path.js";
import { signToken, verifyToken } from "./signed-tokens.js";

export const DASHBOARD_PATH = "/dashboard";
export const SIGN_IN_PATH = `${DASHBOARD_PATH}/aanmelden`;
export const SESSION_COOKIE = "doe_dashboard";

/** Keeps generated keys (the database's `app_secret` table). */
export interface SecretStore {
  secret(name: string, generate: () => string): Promise<string>;
}

export interface DashboardAccessOptions {
  /** The region's slug when it is not the first region: it signs with a key of its own. */
  region?: string | undefined;
  /** Where links point: PUBLIC_URL, else http://localhost:<PORT>. */
  baseUrl: string;
  public: boolean;
  /** DASHBOARD_SECRET; without it the database keeps one. */
  secret: string | undefined;
  secrets: SecretStore;
  people: Pick<DashboardReader, "person">;
  clock: Clock;
  linkMinutes?: number;
  sessionHours?: number;
}

export interface DashboardSession {
  person: PersonInfo;
  locale: Locale;
  expiresAt: Date;
}

export type SignInResult =
  /** `next`: the dashboard path the link was made for (a report's file), else the overview. */
  { ok: true; setCookie: string; locale: Locale; next: string } | { ok: false; reason: "invalid" | "expired" };

export class DashboardAccess implements DashboardLinks {
  readonly isPublic: boolean;
  readonly linkMinutes: number;
  readonly sessionHours: number;
  private readonly signingKey: DashboardKey;

  constructor(private readonly options: DashboardAccessOptions) {
    this.isPublic = options.public;
    this.linkMinutes = options.linkMinutes ?? 15;
    this.sessionHours = options.sessionHours ?? 8;
    this.signingKey = new DashboardKey(options);
  }

  /** Secure cookies when the public address is HTTPS. */
  get secure(): boolean {
    return this.options.baseUrl.startsWith("https://");
  }

  publicUrl(locale: Locale): string {
    return `${this.options.baseUrl}${DASHBOARD_PATH}${locale === "nl" ? "" : `?lang=${locale}`}`;
  }

  /** A sign-in link; with `next` (a dashboard path, e.g. a report's file) it goes there after signing in. */
  async linkFor(person: PersonInfo, locale: Locale, next?: string): Promise<DashboardLink> {
    const destination = next === undefined ? undefined : nextPathSchema.parse(next);
    if (this.isPublic) return { kind: "public", url: destination ? `${this.options.baseUrl}${destination}` : this.publicUrl(locale) };
    const expiresAt = new Date(this.options.clock.now().getTime() + this.linkMinutes * 60_000);
    const claims = { personId: person.id, locale, expiresAt, ...(destination ? { next: destination } : {}) };
    const token = signToken(await this.secret(), "sign-in", claims);
    return {
      kind: "personal",
      url: `${this.options.baseUrl}${SIGN_IN_PATH}?t=${token}`,
      expiresAt,
      linkMinutes: this.linkMinutes,
      sessionHours: this.sessionHours,
    };
  }

  /** A sign-in link opened: its token checked, the person still known; then the session cookie to set. */
  async signIn(token: string | undefined): Promise<SignInResult> {
    const now = this.options.clock.now();
    const checked = verifyToken(await this.secret(), "sign-in", token, now);
    if (!checked.ok) return { ok: false, reason: checked.reason === "expired" ? "expired" : "invalid" };
    const person = await this.options.people.person(checked.claims.personId);
    if (!person) return { ok: false, reason: "invalid" };
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3600_000);
    const session = signToken(await this.secret(), "session", { personId: person.id, locale: checked.claims.locale, expiresAt });
    const next = safeNextPath(checked.claims.next) ?? DASHBOARD_PATH;
    return { ok: true, setCookie: this.cookie(session, this.sessionHours * 3600), locale: checked.claims.locale, next };
  }

  /** The session of a request's cookies; null without a valid, unexpired one. */
  async session(cookieHeader: string | undefined): Promise<DashboardSession | null> {
    const token = readCookie(cookieHeader, SESSION_COOKIE);
    if (!token) return null;
    const checked = verifyToken(await this.secret(), "session", token, this.options.clock.now());
    if (!checked.ok) return null;
    const person = await this.options.people.person(checked.claims.personId);
    return person ? { person, locale: checked.claims.locale, expiresAt: checked.claims.expiresAt } : null;
  }

  /** Ends the session in this browser. */
  signOutCookie(): string {
    return this.cookie("", 0);
  }

  private cookie(value: string, maxAgeSeconds: number): string {
    return [
      `${SESSION_COOKIE}=${value}`,
      `Path=${DASHBOARD_PATH}`,
      `Max-Age=${maxAgeSeconds}`,
      "HttpOnly",
      "SameSite=Lax",
      ...(this.secure ? ["Secure"] : []),
    ].join("; ");
  }

  /** Whether this region's key signed the token (expired or not): the dashboard opens the region that did. */
  async signedHere(purpose: "sign-in" | "session", token: string): Promise<boolean> {
    const checked = verifyToken(await this.secret(), purpose, token, this.options.clock.now());
    return checked.ok || checked.reason === "expired";
  }

  /** A key for another use of the dashboard's secret (chart image addresses), so the two never share one. */
  async derivedKey(purpose: string): Promise<string> {
    return createHmac("sha256", await this.secret())
      .update(`doe-agenda:${purpose}`)
      .digest("hex");
  }

  private secret(): Promise<string> {
    return this.signingKey.value();
  }
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
