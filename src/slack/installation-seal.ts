/**
 * Seals a Slack installation (its tokens) for the database with AES-256-GCM: a random 12-byte IV per seal, the
 * workspace's team id as additional data (a row copied onto another team does not open), and the auth tag.
 * A wrong key or a changed row throws InstallationSealError; it never returns garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class InstallationSealError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InstallationSealError";
  }
}

export type KeyReading = { ok: true; key: Buffer } | { ok: false; problem: string };

/** SLACK_INSTALLATION_KEY: 32 bytes, as base64 (44 characters) or as 64 hex characters. */
export function readInstallationKey(text: string): KeyReading {
  const value = text.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return { ok: true, key: Buffer.from(value, "hex") };
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const key = Buffer.from(value, "base64");
    if (key.length === KEY_BYTES) return { ok: true, key };
  }
  return {
    ok: false,
    problem: "must be 32 random bytes as base64 (44 characters) or as 64 hex characters; make one with `openssl rand -base64 32`",
  };
}

export class InstallationSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new InstallationSealError(`an installation key has ${KEY_BYTES} bytes, not ${key.length}`);
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
  seal(plaintext: string, teamId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(teamId, "utf8"));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
  }

  open(sealed: string, teamId: string): string {
    const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
    if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0) {
      throw new InstallationSealError(`the stored Slack installation of ${teamId} is not in the sealed format`);
    }
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(teamId, "utf8"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
    } catch (error) {
      throw new InstallationSealError(
        `the stored Slack installation of ${teamId} could not be opened: SLACK_INSTALLATION_KEY is not the key it was sealed with, or the row was changed`,
        { cause: error },
      );
    }
  }
}
