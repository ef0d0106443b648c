import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { nextPathSchema, safeNextPath } from "../../src/web/next-path.js";
import { signToken, verifyToken } from "../../src/web/signed-tokens.js";

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
const NOW = new Date("2026-12-01T10:00:00Z");
const IN_15_MINUTES = new Date(NOW.getTime() + 15 * 60_000);
const claims = { personId: 7, locale: "en" as const, expiresAt: IN_15_MINUTES };

/** Flips one hex digit at `index` (counted from the start, or from the end when negative). */
function flip(token: string, index: number): string {
  const at = index < 0 ? token.length + index : index;
  const digit = token.charAt(at);
  return `${token.slice(0, at)}${digit === "0" ? "1" : "0"}${token.slice(at + 1)}`;
}

describe("signed dashboard tokens", () => {
  it("give back their claims until they expire, to the second", () => {
    const token = signToken(SECRET, "sign-in", claims);
    expect(token).toMatch(/^[0-9a-f]+\.[0-9a-f]{64}$/);
    expect(verifyToken(SECRET, "sign-in", token, NOW)).toEqual({ ok: true, claims });
    expect(verifyToken(SECRET, "sign-in", token, new Date(IN_15_MINUTES.getTime() - 1000)).ok).toBe(true);
    expect(verifyToken(SECRET, "sign-in", token, IN_15_MINUTES)).toEqual({ ok: false, reason: "expired" });
  });

  it("differ each time, also for the same person in the same second", () => {
    expect(signToken(SECRET, "sign-in", claims)).not.toBe(signToken(SECRET, "sign-in", claims));
  });

  it("refuse a changed claim or signature, a claim signed with another key, and garbage", () => {
    const token = signToken(SECRET, "sign-in", claims);
    expect(verifyToken(SECRET, "sign-in", flip(token, 10), NOW)).toEqual({ ok: false, reason: "tampered" });
    expect(verifyToken(SECRET, "sign-in", flip(token, -1), NOW)).toEqual({ ok: false, reason: "tampered" });
    expect(verifyToken(`${SECRET}-other`, "sign-in", token, NOW)).toEqual({ ok: false, reason: "tampered" });
    for (const garbage of [undefined, "", "abc", `${token}x`, token.replace(".", ""), token.toUpperCase()]) {
      expect(verifyToken(SECRET, "sign-in", garbage, NOW)).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("refuse a claim that names another person, even one that was validly signed for the other", () => {
    const [body] = signToken(SECRET, "sign-in", claims).split(".");
    const other = Buffer.from(
      Buffer.from(body ?? "", "hex")
        .toString("utf8")
        .replace('"p":7', '"p":8'),
      "utf8",
    ).toString("hex");
    const [, signature] = signToken(SECRET, "sign-in", claims).split(".");
    expect(verifyToken(SECRET, "sign-in", `${other}.${signature}`, NOW).ok).toBe(false);
  });

  it("cannot be used for another purpose: a sign-in link is no session, a session no sign-in link", () => {
    const link = signToken(SECRET, "sign-in", claims);
    const session = signToken(SECRET, "session", claims);
    expect(verifyToken(SECRET, "session", link, NOW)).toEqual({ ok: false, reason: "tampered" });
    expect(verifyToken(SECRET, "sign-in", session, NOW)).toEqual({ ok: false, reason: "tampered" });
    expect(verifyToken(SECRET, "session", session, NOW).ok).toBe(true);
  });

  it("refuse well-signed claims of the wrong shape (what a leaked key with a forged body would give)", () => {
    const forged = Buffer.from(JSON.stringify({ v: 1, k: "sign-in", p: "7", l: "en", x: 1900000000, n: "abcdef12" }), "utf8").toString("hex");
    const signature = createHmac("sha256", SECRET).update(`doe-agenda-dashboard:sign-in:${forged}`).digest("hex");
    expect(verifyToken(SECRET, "sign-in", `${forged}.${signature}`, NOW)).toEqual({ ok: false, reason: "malformed" });
  });

  it("carry where a sign-in link goes afterwards, and only a dashboard path", () => {
    const report = { ...claims, next: "/dashboard/rapport/2026-K4.pdf?lang=en" };
    expect(verifyToken(SECRET, "sign-in", signToken(SECRET, "sign-in", report), NOW)).toEqual({ ok: true, claims: report });
    expect(() => signToken(SECRET, "sign-in", { ...claims, next: "https://evil.example/dashboard" })).toThrow(/next path/);
  });

  it("refuse a well-signed link whose next path leaves the dashboard (what a leaked key with a forged body would give)", () => {
    const body = { v: 1, k: "sign-in", p: 7, l: "en", x: 1900000000, n: "abcdef12", g: "//evil.example/" };
    const forged = Buffer.from(JSON.stringify(body), "utf8").toString("hex");
    const signature = createHmac("sha256", SECRET).update(`doe-agenda-dashboard:sign-in:${forged}`).digest("hex");
    expect(verifyToken(SECRET, "sign-in", `${forged}.${signature}`, NOW)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("the path a sign-in link goes to", () => {
  it("is the dashboard or a plain path under it", () => {
    for (const good of [
      "/dashboard",
      "/dashboard/rapport/2026-K4.pdf",
      "/dashboard/actie/1.3",
      "/dashboard/zoek?q=scholing&lang=en",
      "/dashboard/overleg/RWB%20x",
    ])
      expect(safeNextPath(good), good).toBe(good);
  });

  it("is never another site, another part of the service, a way out of the dashboard, or a path with control characters", () => {
    const bad = [
      "https://evil.example/dashboard",
      "//evil.example/dashboard",
      "/\\evil.example",
      "/dashboardx",
      "/dashboard//evil.example",
      "/dashboard/../metrics",
      "/dashboard/%2e%2e/metrics",
      "/dashboard/%2F%2Fevil.example",
      "/dashboard/a\\b",
      "/dashboard/a\nb",
      "/dashboard/a b",
      "/dashboard#x",
      "/admin",
      "",
      `/dashboard/${"a".repeat(300)}`,
    ];
    for (const path of bad) {
      expect(safeNextPath(path), path).toBeUndefined();
      expect(nextPathSchema.safeParse(path).error?.issues[0]?.message, path).toMatch(/next path/);
    }
  });
});
