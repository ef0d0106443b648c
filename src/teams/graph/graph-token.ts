/**
 * The app's own token for Microsoft Graph (OAuth 2.0 client credentials): asked from
 * `<login>/<tenant>/oauth2/v2.0/token` with scope `https://graph.microsoft.com/.default`, kept until shortly before
 * it expires, and shared by concurrent callers. A failure is never kept: the next call asks again.
 */
import { z } from "zod";

export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";
/** A token is renewed this long before it expires (or at half its life, when that is shorter). */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive(), token_type: z.string().optional() });
const errorResponse = z.object({ error: z.string(), error_description: z.string().optional() }).partial();

/** The identity platform refused or could not be asked; `status` 0 when it did not answer at all. */
export class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "TokenError";
  }
}

export interface TokenSettings {
  loginUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export class ClientCredentialsToken {
  private cached: { token: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly settings: TokenSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** A valid token: the kept one, or a new one (one request however many ask at once). */
  get(): Promise<string> {
    if (this.cached && this.now() < this.cached.renewAt) return Promise.resolve(this.cached.token);
    this.pending ??= this.request().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forgets the kept token (Graph said it is no longer valid), so the next call asks for a new one. */
  forget(): void {
    this.cached = undefined;
  }

  private async request(): Promise<string> {
    const { loginUrl, tenantId, clientId, clientSecret } = this.settings;
    const url = `${loginUrl}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
    const body = new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret, scope: GRAPH_SCOPE });
    let response: Response;
    try {
      response = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
    } catch (error) {
      throw new TokenError(0, "network", `the token endpoint could not be reached: ${error instanceof Error ? error.message : String(error)}`);
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const failure = errorResponse.safeParse(json);
      const code = (failure.success && failure.data.error) || `HTTP ${response.status}`;
      const description = failure.success ? failure.data.error_description?.split("\n")[0] : undefined;
      throw new TokenError(response.status, code, `the token endpoint answered ${response.status} ${code}${description ? `: ${description}` : ""}`);
    }
    const token = tokenResponse.safeParse(json);
    if (!token.success) throw new TokenError(response.status, "bad_response", "the token endpoint answered without an access_token and expires_in");
    const lifeMs = token.data.expires_in * 1000;
    this.cached = { token: token.data.access_token, renewAt: this.now() + lifeMs - Math.min(RENEW_BEFORE_MS, lifeMs / 2) };
    return token.data.access_token;
  }
}
