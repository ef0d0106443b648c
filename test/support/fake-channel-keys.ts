/**
 * A local stand-in for Bot Framework's token signing (login.botframework.com): an OpenID configuration document
 * and its JWKS on loopback, and the Bearer token the Bot Connector puts on each activity it sends to a bot,
 * signed with the key published there (RS256, `kid` in the header). The service finds it through
 * `ToBotFromChannelOpenIdMetadataUrl`, the sovereign-cloud setting; botbuilder fetches it as it fetches Microsoft's.
 */
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const CHANNEL_TOKEN_ISSUER = "https://api.botframework.com";

export interface ChannelTokenClaims {
  /** The bot's app id. */
  aud: string;
  serviceurl: string;
  iss?: string;
  nbf?: number;
  exp?: number;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export class FakeChannelKeys {
  readonly kid = `fake-${randomUUID()}`;
  /** How often botbuilder fetched the configuration and the keys. */
  readonly fetched = { configuration: 0, keys: 0 };
  private readonly privateKey: KeyObject;
  private readonly jwk: Record<string, unknown>;
  private server: Server | undefined;
  url = "";

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    const { n, e } = publicKey.export({ format: "jwk" });
    // As Bot Framework publishes them: the channels a key may sign for are its endorsements.
    this.jwk = { kty: "RSA", use: "sig", kid: this.kid, n, e, endorsements: ["msteams"] };
  }

  /** Where the service reads the OpenID configuration (ToBotFromChannelOpenIdMetadataUrl). */
  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const json = (body: unknown) => void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (request.method === "GET" && request.url === "/v1/.well-known/openidconfiguration") {
        this.fetched.configuration++;
        return json({
          issuer: CHANNEL_TOKEN_ISSUER,
          authorization_endpoint: "https://invalid.botframework.com",
          jwks_uri: `${this.url}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        });
      }
      if (request.method === "GET" && request.url === "/v1/.well-known/keys") {
        this.fetched.keys++;
        return json({ keys: [this.jwk] });
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** A token as the Bot Connector signs it for an activity to the bot `aud` from `serviceurl`, valid for an hour. */
  token(claims: ChannelTokenClaims): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "RS256", typ: "JWT", kid: this.kid, x5t: this.kid };
    const payload = { iss: CHANNEL_TOKEN_ISSUER, nbf: now - 5, exp: now + 3600, ...claims };
    const signed = `${base64url(header)}.${base64url(payload)}`;
    return `${signed}.${sign("sha256", Buffer.from(signed), this.privateKey).toString("base64url")}`;
  }

  /** The Authorization header for this activity, addressed to the bot `appId`. */
  authorization(appId: string, activity: { serviceUrl: string }): string {
    return `Bearer ${this.token({ aud: appId, serviceurl: activity.serviceUrl })}`;
  }
}
