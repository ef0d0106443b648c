/**
 * A local Microsoft Graph and identity platform, shaped as their REST APIs: the client-credentials token endpoint
 * (`/<tenant>/oauth2/v2.0/token`), users found by `$filter`, the app catalog, a user's installed apps (list with
 * `$expand=teamsApp&$filter=teamsApp/id eq …`, install by `teamsApp@odata.bind`) and the installation's chat. Every
 * Graph request must carry a token it issued and that has not expired; bodies are checked as Graph checks them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeGraphUser {
  id: string;
  mail: string;
  userPrincipalName?: string;
  displayName: string;
}

export interface GraphRequest {
  method: string;
  path: string;
  query: string;
  authorization: string | undefined;
  body: unknown;
}

export class FakeGraph {
  readonly requests: GraphRequest[] = [];
  /** Token requests, with their form fields. */
  readonly tokenRequests: Record<string, string>[] = [];
  private readonly users = new Map<string, FakeGraphUser>();
  /** userId → installations (installation id → catalog app id). */
  private readonly installed = new Map<string, Map<string, string>>();
  private readonly catalog = new Map<string, string>();
  private readonly tokens = new Map<string, number>();
  private server: Server | undefined;
  private issued = 0;
  /** Lifetime of the tokens issued, in seconds. */
  tokenLifetime = 3600;
  /** While set, every Graph call (not the token endpoint) answers this status. */
  refuse: { status: number; code: string; message: string } | undefined;
  /** The next this many Graph calls answer 429 with Retry-After: 7. */
  throttled = 0;
  /** The next `count` calls of this kind answer 503 (an outage). */
  private outages = { token: 0, graph: 0 };
  url = "";

  constructor(
    readonly tenantId: string,
    private readonly client: { id: string; secret: string },
  ) {}

  addUser(user: FakeGraphUser): void {
    this.users.set(user.id, user);
  }

  /** The app in the organisation's catalog: its catalog id and the manifest id (externalId). */
  addCatalogApp(catalogId: string, externalId: string): void {
    this.catalog.set(catalogId, externalId);
  }

  /** Every token issued so far stops being accepted (as when the app's secret is rotated). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  outage(kind: "token" | "graph", count: number): void {
    this.outages[kind] = count;
  }

  /** Graph calls (not token requests) so far. */
  get calls(): GraphRequest[] {
    return this.requests.filter((request) => !request.path.endsWith("/oauth2/v2.0/token"));
  }

  installationsOf(userId: string): string[] {
    return [...(this.installed.get(userId)?.values() ?? [])];
  }

  chatIdOf(userId: string): string {
    return `19:${userId}_${this.client.id}@unq.gbl.spaces`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const [path = "/", query = ""] = (request.url ?? "/").split("?");
    const params = new URLSearchParams(query);
    const json = (status: number, body?: unknown) => {
      if (body === undefined) return void response.writeHead(status).end();
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    const error = (status: number, code: string, message: string) => json(status, { error: { code, message } });
    const isJson = (request.headers["content-type"] ?? "").includes("application/json");
    const body: unknown = raw && isJson ? JSON.parse(raw) : raw;
    this.requests.push({ method: request.method ?? "", path, query: decodeURIComponent(query), authorization: request.headers.authorization, body });

    if (request.method === "POST" && path === `/${this.tenantId}/oauth2/v2.0/token`) {
      const form = Object.fromEntries(new URLSearchParams(raw));
      this.tokenRequests.push(form);
      if (this.outages.token > 0) {
        this.outages.token--;
        return json(503, { error: "temporarily_unavailable", error_description: "AADSTS90033: A transient error has occurred." });
      }
      if (form.grant_type !== "client_credentials") return json(400, { error: "unsupported_grant_type" });
      if (form.client_id !== this.client.id || form.client_secret !== this.client.secret)
        return json(401, { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided." });
      if (form.scope !== "https://graph.microsoft.com/.default") return json(400, { error: "invalid_scope" });
      const token = `graph-token-${++this.issued}`;
      this.tokens.set(token, Date.now() + this.tokenLifetime * 1000);
      return json(200, { token_type: "Bearer", expires_in: this.tokenLifetime, ext_expires_in: this.tokenLifetime, access_token: token });
    }
    if (!path.startsWith("/v1.0/")) return error(404, "UnknownPath", path);
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    if (!token || (this.tokens.get(token) ?? 0) < Date.now()) return error(401, "InvalidAuthenticationToken", "Access token is empty or expired.");
    if (this.outages.graph > 0) {
      this.outages.graph--;
      return error(503, "ServiceUnavailable", "The service is temporarily unavailable.");
    }
    if (this.throttled > 0) {
      this.throttled--;
      response.writeHead(429, { "content-type": "application/json", "retry-after": "7" });
      return void response.end(JSON.stringify({ error: { code: "TooManyRequests", message: "Too many requests" } }));
    }
    if (this.refuse) return error(this.refuse.status, this.refuse.code, this.refuse.message);
    const route = path.slice("/v1.0".length);
    const filter = params.get("$filter") ?? "";

    if (request.method === "GET" && route === "/users") {
      // mail eq 'a' or userPrincipalName eq 'b'
      const wanted = [...filter.matchAll(/(mail|userPrincipalName) eq '((?:[^']|'')*)'/g)].map((m) => ({
        field: m[1],
        value: m[2]?.replace(/''/g, "'"),
      }));
      if (wanted.length === 0) return error(400, "BadRequest", "Invalid filter clause");
      const found = [...this.users.values()].filter((user) =>
        wanted.some(
          ({ field, value }) => (field === "mail" ? user.mail : (user.userPrincipalName ?? user.mail)).toLowerCase() === value?.toLowerCase(),
        ),
      );
      return json(200, { "@odata.context": `${this.url}/v1.0/$metadata#users`, value: found });
    }
    if (request.method === "GET" && route === "/appCatalogs/teamsApps") {
      const externalId = /^externalId eq '(.+)'$/.exec(filter)?.[1];
      if (!externalId) return error(400, "BadRequest", "Invalid filter clause");
      const value = [...this.catalog.entries()].filter(([, ext]) => ext === externalId).map(([id, ext]) => ({ id, externalId: ext }));
      return json(200, { value });
    }
    const installs = /^\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/]+)\/chat)?$/.exec(route);
    const userId = installs?.[1] ? decodeURIComponent(installs[1]) : undefined;
    if (!installs || !userId) return error(404, "UnknownPath", route);
    if (!this.users.has(userId)) return error(404, "NotFound", `User ${userId} not found`);
    const apps = this.installed.get(userId) ?? new Map<string, string>();
    this.installed.set(userId, apps);
    const installationId = installs[2] ? decodeURIComponent(installs[2]) : undefined;
    if (request.method === "GET" && installationId) {
      if (!apps.has(installationId)) return error(404, "NotFound", "Installation not found");
      return json(200, { id: this.chatIdOf(userId), chatType: "oneOnOne", topic: null });
    }
    if (request.method === "GET") {
      if (params.get("$expand") !== "teamsApp") return error(400, "BadRequest", "teamsApp is only returned with $expand=teamsApp");
      const appId = /^teamsApp\/id eq '(.+)'$/.exec(filter)?.[1];
      const value = [...apps.entries()]
        .filter(([, catalogId]) => !appId || catalogId === appId)
        .map(([id, catalogId]) => ({ id, teamsApp: { id: catalogId, externalId: this.catalog.get(catalogId) } }));
      return json(200, { value });
    }
    if (request.method === "POST") {
      if (!isJson) return error(415, "UnsupportedMediaType", "Content-Type must be application/json");
      const bind = (body as Record<string, unknown>)?.["teamsApp@odata.bind"];
      const keys = Object.keys((body as object) ?? {});
      const catalogId = typeof bind === "string" ? /\/v1\.0\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1] : undefined;
      if (keys.length !== 1 || !catalogId) return error(400, "BadRequest", "Expected teamsApp@odata.bind to an app catalog entry");
      if (!this.catalog.has(catalogId)) return error(404, "NotFound", `App ${catalogId} is not in the catalog`);
      if ([...apps.values()].includes(catalogId)) return error(409, "Conflict", "App is already installed");
      apps.set(`installation-${userId}-${catalogId}`, catalogId);
      return json(201);
    }
    return error(405, "MethodNotAllowed", route);
  }
}
