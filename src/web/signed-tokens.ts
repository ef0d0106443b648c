/**
 * Signed, expiring tokens for the dashboard: the sign-in link and the session cookie; and the link in a lead's
 * e-mail to the update page (`update`, naming the round too). A token is the claims as
 * JSON, then an HMAC-SHA256 over them and its purpose, both hex-encoded (`<claims>.<signature>`): hex survives
 * every chat's markdown and link detection, and a sign-in token can never be used as a session or the other way round.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { LOCALES, type Locale } from "../core/domain/locale.js";
import { nextPathSchema } from "./next-path.js";

export type TokenPurpose = "sign-in" | "session" | "update";

export interface TokenClaims {
  personId: number;
  locale: Locale;
  expiresAt: Date;
  /** The round an update link is for. */
  roundId?: number;
  /** Where a sign-in link goes after signing in (a dashboard path; sign-in links only). */
  next?: string;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: "malformed" | "tampered" | "expired" };

const claimsSchema = z.object({
  v: z.literal(1),
  k: z.enum(["sign-in", "session", "update"]),
  p: z.number().int().positive(),
  l: z.enum(LOCALES),
  /** Expires at, in seconds since 1970. */
  x: z.number().int().positive(),
  /** The round (update links only). */
  r: z.number().int().positive().optional(),
  /** Where to go after signing in (sign-in links only): a dashboard path, checked again when read. */
  g: nextPathSchema.optional(),
  /** A nonce, so two links of the same second differ. */
  n: z.string().regex(/^[0-9a-f]{8,32}$/),
});

const TOKEN_SHAPE = /^([0-9a-f]{2,1024})\.([0-9a-f]{64})$/;

function signature(secret: string, purpose: TokenPurpose, claims: string): Buffer {
  return createHmac("sha256", secret).update(`doe-agenda-dashboard:${purpose}:${claims}`).digest();
}

export function signToken(secret: string, purpose: TokenPurpose, claims: TokenClaims): string {
  const body = JSON.stringify({
    v: 1,
    k: purpose,
    p: claims.personId,
    l: claims.locale,
    x: Math.floor(claims.expiresAt.getTime() / 1000),
    ...(claims.roundId !== undefined ? { r: claims.roundId } : {}),
    ...(claims.next !== undefined ? { g: nextPathSchema.parse(claims.next) } : {}),
    n: randomBytes(6).toString("hex"),
  } satisfies z.infer<typeof claimsSchema>);
  const hex = Buffer.from(body, "utf8").toString("hex");
  return `${hex}.${signature(secret, purpose, hex).toString("hex")}`;
}

/** Checks the shape, then the signature (in constant time), then the claims and the expiry against `now`. */
export function verifyToken(secret: string, purpose: TokenPurpose, token: string | undefined, now: Date): TokenCheck {
  const match = TOKEN_SHAPE.exec(token ?? "");
  if (!match?.[1] || !match[2]) return { ok: false, reason: "malformed" };
  const [, hex, given] = match as unknown as [string, string, string];
  if (!timingSafeEqual(Buffer.from(given, "hex"), signature(secret, purpose, hex))) return { ok: false, reason: "tampered" };
  let parsed: z.infer<typeof claimsSchema>;
  try {
    parsed = claimsSchema.parse(JSON.parse(Buffer.from(hex, "hex").toString("utf8")));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (parsed.k !== purpose) return { ok: false, reason: "tampered" };
  const expiresAt = new Date(parsed.x * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  const claims: TokenClaims = { personId: parsed.p, locale: parsed.l, expiresAt };
  if (parsed.r !== undefined) claims.roundId = parsed.r;
  if (parsed.g !== undefined) claims.next = parsed.g;
  return { ok: true, claims };
}
