/**
 * A faithful local fake of the Slack Web API and of response_url endpoints: checks the bot token and each
 * method's required arguments and block limits as Slack documents them, records calls (and the token each used),
 * and can answer 429. With `oauthApp` it also plays Slack's OAuth v2 install: the authorize page (the installing
 * user approves at once, into the workspace `installInto` names) and oauth.v2.access, which checks the client id,
 * secret, the single-use code and the redirect URI as Slack does. A workspace that removes the app (`uninstall`) or
 * revokes the bot's token (`revokeBotToken`) has that token revoked, as Slack does: every call with it answers
 * `token_revoked`, and its next install issues a new one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { waitUntil } from "./wait.js";

export interface SlackUser {
  id: string;
  teamId: string;
  name: string;
  realName: string;
  email?: string;
  locale?: string;
}

/** A channel as Slack knows it: whether the bot is a member, and whether it is private. */
export interface SlackChannel {
  id: string;
  isMember: boolean;
  isPrivate?: boolean;
}

/** The bot scopes of manifests/slack/manifest.json, which Slack reports in `x-oauth-scopes` on every response. */
export const MANIFEST_SCOPES = [
  "commands",
  "chat:write",
  "chat:write.public",
  "channels:read",
  "groups:read",
  "im:write",
  "users:read",
  "users:read.email",
];

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
  /** The bearer token the call was made with. */
  token?: string;
}

/** A workspace that can install the app: its bot token is issued by oauth.v2.access and then accepted. */
export interface FakeWorkspace {
  teamId: string;
  name: string;
  botToken: string;
  botUserId: string;
  botId: string;
}

/** The Slack app as registered at api.slack.com: its credentials and its one redirect URL. */
export interface FakeOAuthApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  appId: string;
}

/** An authorization code issued by the authorize page, exchanged once by oauth.v2.access. */
interface IssuedCode {
  teamId: string;
  scopes: string[];
  redirectUri: string | undefined;
  installer: string;
  used: boolean;
}

export interface RecordedResponse {
  id: string;
  payload: Record<string, unknown>;
  at: number;
}

const REQUIRED: Record<string, string[]> = {
  "auth.test": [],
  "users.info": ["user"],
  "users.lookupByEmail": ["email"],
  "chat.postMessage": ["channel"],
  "chat.postEphemeral": ["channel", "user"],
  "views.open": ["trigger_id", "view"],
  "views.publish": ["user_id", "view"],
  "conversations.open": ["users"],
  "conversations.info": ["channel"],
  "apps.connections.open": [],
  "oauth.v2.access": ["code"],
};

/** A Socket Mode envelope acknowledgement received from the app. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** The methods (or "response_url") of the calls answered with a failure from `failNext`, in order. */
  readonly failed: string[] = [];
  private readonly users = new Map<string, SlackUser>();
  private readonly channels = new Map<string, SlackChannel>();
  /** The scopes the bot token was granted; Slack sends them in `x-oauth-scopes` and checks them per method. */
  scopes: string[] = [...MANIFEST_SCOPES];
  private readonly failures = new Map<string, { remaining: number; status: number; retryAfter?: number }>();
  private readonly lastPostPerChannel = new Map<string, number>();
  /** When set, chat.postMessage to one channel faster than this answers 429 with Retry-After, as Slack does. */
  channelIntervalMs = 0;
  /** When set, chat.postMessage beyond this many in any one second (all channels together) answers 429, like a workspace limit. */
  workspacePerSecond = 0;
  private readonly recentPosts: number[] = [];
  /** While set, chat.postMessage requests wait here before Slack takes them; one whose client hangs up is not posted. */
  private postGate: Promise<void> | undefined;
  private openGate: (() => void) | undefined;
  /** chat.postMessage requests waiting at the gate. */
  held = 0;
  /** While set, answers to response_url wait here before Slack takes them; one whose client hangs up is not taken. */
  private responseGate: Promise<void> | undefined;
  private openResponseGate: (() => void) | undefined;
  /** Answers to response_url waiting at that gate. */
  heldResponses = 0;
  /** How many calls answered 429 because of the per-channel or the workspace limit. */
  rateLimited = 0;
  private server: Server | undefined;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  readonly socketAcks: SocketAck[] = [];
  url = "";
  /** The app's OAuth credentials; unset, the authorize page and oauth.v2.access refuse every client. */
  oauthApp: FakeOAuthApp | undefined;
  private readonly workspaces = new Map<string, FakeWorkspace>();
  /** The workspace the user on the authorize page is signed in to (and installs into). */
  private installTeam: string | undefined;
  /** When set, the user on the authorize page presses Cancel. */
  denyNextInstall = false;
  private readonly codes = new Map<string, IssuedCode>();
  /** The bot token each workspace holds now (its `botToken` until a revoke; then a new one per install). */
  private readonly tokens = new Map<string, string>();
  /** Tokens revoked by an uninstall or a revoke: Slack answers every call with one `token_revoked`. */
  private readonly revoked = new Set<string>();
  private reissued = 0;
  /** What the authorize page was asked, in order. */
  readonly authorizations: URLSearchParams[] = [];

  /** `appToken` enables Socket Mode (apps.connections.open and a WebSocket at /link). */
  constructor(
    readonly token: string,
    readonly appToken?: string,
  ) {}

  /** Resolves once a Socket Mode client is connected and greeted. */
  socketConnected(ms = 10_000): Promise<WebSocket> {
    return this.waitFor(() => this.socket, ms);
  }

  /** Sends an envelope over Socket Mode, as Slack does for a slash command, interaction or event. */
  async sendEnvelope(type: "slash_commands" | "interactive" | "events_api", payload: Record<string, unknown>): Promise<string> {
    const socket = await this.socketConnected();
    const envelopeId = `env-${Math.random().toString(36).slice(2)}`;
    socket.send(
      JSON.stringify({ envelope_id: envelopeId, payload, type, accepts_response_payload: type !== "events_api", retry_attempt: 0, retry_reason: "" }),
    );
    return envelopeId;
  }

  addWorkspace(workspace: FakeWorkspace): void {
    this.workspaces.set(workspace.teamId, workspace);
    this.tokens.set(workspace.teamId, workspace.botToken);
  }

  /** The bot token the workspace's installation holds now (a new one after each revoke and install). */
  tokenOf(teamId: string): string {
    const token = this.tokens.get(teamId);
    if (!token) throw new Error(`the fake Slack knows no workspace ${teamId}`);
    return token;
  }

  /** The workspace removes the app: its bot token is revoked (Slack then sends `app_uninstalled`, see SlackRequests). */
  uninstall(teamId: string): void {
    this.revokeBotToken(teamId);
  }

  /** The workspace's bot token is revoked (Slack then sends `tokens_revoked` with the bot user); the next install issues a new one. */
  revokeBotToken(teamId: string): void {
    const token = this.tokenOf(teamId);
    this.revoked.add(token);
    this.tokens.set(teamId, `${token.replace(/\.r\d+$/, "")}.r${++this.reissued}`);
  }

  /** The next visits to the authorize page install into this workspace. */
  installInto(teamId: string): void {
    if (!this.workspaces.has(teamId)) throw new Error(`the fake Slack knows no workspace ${teamId}`);
    this.installTeam = teamId;
  }

  /** The calls made with this token. */
  callsWith(token: string): RecordedCall[] {
    return this.calls.filter((call) => call.token === token);
  }

  addUser(user: SlackUser): void {
    this.users.set(user.id, user);
  }

  /**
   * A channel Slack knows. chat.postMessage to a known channel the bot is not in answers `not_in_channel`
   * (in a public one not with `chat:write.public`); channels never added accept posts, as before channels
   * were modelled, but conversations.info answers `channel_not_found` for them.
   */
  addChannel(channel: SlackChannel): void {
    this.channels.set(channel.id, channel);
  }

  /** The next `count` calls to `method` (a Web API method, or "response_url") answer `status` (429 with Retry-After). */
  failNext(method: string, count: number, status = 429, retryAfter = 1): void {
    this.failures.set(method, { remaining: count, status, retryAfter });
  }

  /** Holds every following chat.postMessage until `release()`, as a slow Slack would. */
  hold(): void {
    this.postGate ??= new Promise<void>((resolve) => {
      this.openGate = resolve;
    });
  }

  release(): void {
    this.openGate?.();
    this.postGate = undefined;
    this.openGate = undefined;
  }

  /** Holds every following answer to a response_url until `releaseResponses()`. */
  holdResponses(): void {
    this.responseGate ??= new Promise<void>((resolve) => {
      this.openResponseGate = resolve;
    });
  }

  releaseResponses(): void {
    this.openResponseGate?.();
    this.responseGate = undefined;
    this.openResponseGate = undefined;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  responsesTo(id: string): RecordedResponse[] {
    return this.responses.filter((response) => response.id === id);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.on("upgrade", (request, socket, head) => {
      if (!request.url?.startsWith("/link")) return socket.destroy();
      this.sockets.handleUpgrade(request, socket, head, (ws) => {
        ws.on("message", (data) => this.socketAcks.push(JSON.parse(String(data)) as SocketAck));
        ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: { host: "fake" } }));
        this.socket = ws;
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** Resolves when `predicate` holds, polling; rejects after `ms`. */
  waitFor<T>(predicate: () => T | undefined | false, ms = 10_000): Promise<T> {
    return waitUntil(predicate, ms, "the fake Slack");
  }

  /**
   * Slack's authorize page (https://slack.com/oauth/v2/authorize): an unknown client_id or a redirect_uri that is
   * not the app's gets an error page; otherwise the user approves and is sent to the redirect URL with a code and
   * the state unchanged (or, cancelling, with error=access_denied).
   */
  private authorizePage(path: string, response: ServerResponse): undefined {
    const query = new URL(path, "http://fake").searchParams;
    this.authorizations.push(query);
    const app = this.oauthApp;
    const refuse = (message: string): undefined => {
      response.writeHead(400, { "content-type": "text/html" }).end(`<p>${message}</p>`);
    };
    if (!app || query.get("client_id") !== app.clientId) return refuse("Invalid client_id parameter");
    const redirectUri = query.get("redirect_uri") ?? undefined;
    if (redirectUri !== undefined && redirectUri !== app.redirectUri) return refuse("redirect_uri did not match any configured URIs");
    const scopes = (query.get("scope") ?? "").split(",").filter(Boolean);
    if (scopes.length === 0) return refuse("Invalid permissions requested");
    const target = new URL(redirectUri ?? app.redirectUri);
    const state = query.get("state");
    if (this.denyNextInstall) {
      this.denyNextInstall = false;
      target.searchParams.set("error", "access_denied");
    } else {
      const teamId = this.installTeam;
      if (!teamId) return refuse("No workspace signed in (installInto)");
      const code = `${Date.now()}.${Math.random().toString(36).slice(2)}`;
      this.codes.set(code, { teamId, scopes, redirectUri, installer: `UINSTALL${teamId}`, used: false });
      target.searchParams.set("code", code);
    }
    if (state !== null) target.searchParams.set("state", state);
    response.writeHead(302, { location: target.toString() }).end();
  }

  /** oauth.v2.access: the app's credentials (form fields or HTTP Basic), a code issued once, the same redirect URI. */
  private exchangeCode(args: Record<string, unknown>, authorization: string | undefined): Record<string, unknown> {
    const app = this.oauthApp;
    let clientId = args.client_id as string | undefined;
    let clientSecret = args.client_secret as string | undefined;
    const basic = /^Basic (.+)$/.exec(authorization ?? "")?.[1];
    if (basic) [clientId, clientSecret] = Buffer.from(basic, "base64").toString("utf8").split(":");
    if (!app || clientId !== app.clientId) return { ok: false, error: "invalid_client_id" };
    if (clientSecret !== app.clientSecret) return { ok: false, error: "bad_client_secret" };
    const issued = this.codes.get(String(args.code ?? ""));
    if (!issued) return { ok: false, error: "invalid_code" };
    if (issued.used) return { ok: false, error: "code_already_used" };
    issued.used = true;
    const redirectUri = args.redirect_uri as string | undefined;
    if (issued.redirectUri !== undefined && redirectUri !== issued.redirectUri) return { ok: false, error: "bad_redirect_uri" };
    const workspace = this.workspaces.get(issued.teamId);
    if (!workspace) return { ok: false, error: "invalid_code" };
    return {
      ok: true,
      app_id: app.appId,
      authed_user: { id: issued.installer },
      scope: issued.scopes.join(","),
      token_type: "bot",
      access_token: this.tokenOf(workspace.teamId),
      bot_user_id: workspace.botUserId,
      team: { id: workspace.teamId, name: workspace.name },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  private failure(key: string, response: ServerResponse): boolean {
    const failure = this.failures.get(key);
    if (!failure || failure.remaining <= 0) return false;
    failure.remaining--;
    this.failed.push(key);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (failure.status === 429 && failure.retryAfter !== undefined) headers["retry-after"] = String(failure.retryAfter);
    response.writeHead(failure.status, headers).end(JSON.stringify({ ok: false, error: failure.status === 429 ? "ratelimited" : "internal_error" }));
    return true;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = request.url ?? "/";
    if (request.method === "GET" && path.startsWith("/oauth/v2/authorize")) return this.authorizePage(path, response);
    const respondUrl = /^\/response\/([\w-]+)$/.exec(path);
    if (respondUrl?.[1]) {
      if (this.failure("response_url", response)) return;
      if (this.responseGate) {
        this.heldResponses++;
        await this.responseGate;
        this.heldResponses--;
        await new Promise((resolve) => setImmediate(resolve));
        if (request.socket.destroyed) return;
      }
      this.responses.push({ id: respondUrl[1], payload: JSON.parse(raw) as Record<string, unknown>, at: Date.now() });
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    const apiMethod = /^\/api\/([\w.]+)$/.exec(path)?.[1];
    const reply = (body: Record<string, unknown>): void =>
      void response.writeHead(200, { "content-type": "application/json", "x-oauth-scopes": this.scopes.join(",") }).end(JSON.stringify(body));
    if (!apiMethod || !(apiMethod in REQUIRED)) return reply({ ok: false, error: "unknown_method" });
    if (apiMethod === "oauth.v2.access") {
      const args = parseArgs(raw, request.headers["content-type"] ?? "");
      this.calls.push({ method: apiMethod, args, at: Date.now() });
      return reply(this.exchangeCode(args, request.headers.authorization));
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    if (bearer && this.revoked.has(bearer)) {
      this.calls.push({ method: apiMethod, args: parseArgs(raw, request.headers["content-type"] ?? ""), at: Date.now(), token: bearer });
      return reply({ ok: false, error: "token_revoked" });
    }
    const workspace = [...this.workspaces.values()].find((candidate) => this.tokens.get(candidate.teamId) === bearer);
    const expected = apiMethod === "apps.connections.open" ? this.appToken : workspace ? this.tokens.get(workspace.teamId) : this.token;
    if (!expected || bearer !== expected) return reply({ ok: false, error: "invalid_auth" });
    if (this.failure(apiMethod, response)) return;
    if (apiMethod === "chat.postMessage" && this.postGate) {
      this.held++;
      await this.postGate;
      this.held--;
      // The app hung up (it was killed) before Slack took the message: nothing is posted.
      await new Promise((resolve) => setImmediate(resolve));
      if (request.socket.destroyed) return;
    }
    const args = parseArgs(raw, request.headers["content-type"] ?? "");
    this.calls.push({ method: apiMethod, args, at: Date.now(), token: bearer });
    const missing = (REQUIRED[apiMethod] ?? []).filter((name) => args[name] === undefined || args[name] === "");
    if (missing.length) return reply({ ok: false, error: "invalid_arguments", response_metadata: { messages: missing.map((m) => `missing ${m}`) } });
    const blockProblem = checkBlocks(apiMethod, args);
    if (blockProblem) return reply({ ok: false, error: "invalid_blocks", response_metadata: { messages: [blockProblem] } });
    switch (apiMethod) {
      case "auth.test":
        if (workspace) {
          return reply({
            ok: true,
            url: `https://${workspace.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.slack.com/`,
            team: workspace.name,
            user: "doe-agenda",
            team_id: workspace.teamId,
            user_id: workspace.botUserId,
            bot_id: workspace.botId,
            is_enterprise_install: false,
          });
        }
        return reply({ ok: true, url: "https://fake.slack.com/", team: "Fake", user: "doe-agenda", team_id: "T1", user_id: "UBOT", bot_id: "BBOT" });
      case "users.lookupByEmail": {
        const user = [...this.users.values()].find((candidate) => candidate.email?.toLowerCase() === String(args.email).toLowerCase());
        if (!user) return reply({ ok: false, error: "users_not_found" });
        return reply({
          ok: true,
          user: { id: user.id, team_id: user.teamId, name: user.name, real_name: user.realName, profile: { email: user.email } },
        });
      }
      case "users.info": {
        const user = this.users.get(String(args.user));
        // A workspace's token sees only that workspace's users.
        if (!user || (workspace && user.teamId !== workspace.teamId)) return reply({ ok: false, error: "user_not_found" });
        return reply({
          ok: true,
          user: {
            id: user.id,
            team_id: user.teamId,
            name: user.name,
            real_name: user.realName,
            ...(user.locale ? { locale: user.locale } : {}),
            profile: { display_name: user.realName, real_name: user.realName, ...(user.email ? { email: user.email } : {}) },
          },
        });
      }
      case "chat.postMessage":
        if (this.workspacePerSecond > 0) {
          const now = Date.now();
          while (this.recentPosts.length && (this.recentPosts[0] ?? 0) <= now - 1000) this.recentPosts.shift();
          if (this.recentPosts.length >= this.workspacePerSecond) {
            this.rateLimited++;
            this.calls.pop();
            response
              .writeHead(429, { "content-type": "application/json", "retry-after": "1" })
              .end(JSON.stringify({ ok: false, error: "ratelimited" }));
            return;
          }
          this.recentPosts.push(now);
        }
        if (this.channelIntervalMs > 0) {
          const channel = String(args.channel);
          const last = this.lastPostPerChannel.get(channel);
          const now = Date.now();
          if (last !== undefined && now - last < this.channelIntervalMs) {
            this.rateLimited++;
            this.calls.pop();
            response
              .writeHead(429, {
                "content-type": "application/json",
                "retry-after": String(Math.ceil((this.channelIntervalMs - (now - last)) / 1000)),
              })
              .end(JSON.stringify({ ok: false, error: "ratelimited" }));
            return;
          }
          this.lastPostPerChannel.set(channel, now);
        }
        if (args.text === undefined && args.blocks === undefined) return reply({ ok: false, error: "no_text" });
        {
          const channel = this.channels.get(String(args.channel));
          if (channel && !channel.isMember && (channel.isPrivate || !this.scopes.includes("chat:write.public"))) {
            return reply({ ok: false, error: channel.isPrivate ? "channel_not_found" : "not_in_channel" });
          }
        }
        return reply({ ok: true, channel: args.channel, ts: `${Date.now() / 1000}`, message_ts: `${Date.now() / 1000}` });
      case "conversations.info": {
        // A bot sees a private channel only when it is a member; the scope checked depends on the kind of channel.
        const channel = this.channels.get(String(args.channel));
        if (!channel || (channel.isPrivate && !channel.isMember)) return reply({ ok: false, error: "channel_not_found" });
        const needed = channel.isPrivate ? "groups:read" : "channels:read";
        if (!this.scopes.includes(needed)) return reply({ ok: false, error: "missing_scope", needed, provided: this.scopes.join(",") });
        return reply({
          ok: true,
          channel: { id: channel.id, is_channel: !channel.isPrivate, is_group: false, is_private: !!channel.isPrivate, is_member: channel.isMember },
        });
      }
      case "chat.postEphemeral":
        if (args.text === undefined && args.blocks === undefined) return reply({ ok: false, error: "no_text" });
        return reply({ ok: true, channel: args.channel, ts: `${Date.now() / 1000}`, message_ts: `${Date.now() / 1000}` });
      case "views.open":
      case "views.publish":
        return reply({ ok: true, view: { id: `V${this.calls.length}`, ...(args.view as object) } });
      case "conversations.open":
        return reply({ ok: true, channel: { id: `D${String(args.users)}` } });
      case "apps.connections.open":
        return reply({ ok: true, url: `${this.url.replace(/^http/, "ws")}/link?ticket=fake` });
    }
    return reply({ ok: false, error: "unknown_method" });
  }
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

interface AnyBlock {
  type: string;
  text?: { text?: string };
  fields?: { text?: string }[];
  elements?: unknown[];
}

/** Slack's documented limits: 50 blocks in a message, 100 in a view; 3,000 characters in a section text. */
function checkBlocks(method: string, args: Record<string, unknown>): string | null {
  const view = args.view as { blocks?: AnyBlock[]; type?: string } | undefined;
  const blocks = (view?.blocks ?? args.blocks) as AnyBlock[] | undefined;
  if (!blocks) return null;
  const limit = view ? 100 : 50;
  if (blocks.length > limit) return `${method}: ${blocks.length} blocks, more than ${limit}`;
  for (const block of blocks) {
    if (block.type === "section" && (block.text?.text?.length ?? 0) > 3000) return "section text longer than 3000";
    if (block.type === "header" && (block.text?.text?.length ?? 0) > 150) return "header longer than 150";
    if (block.type === "section" && (block.fields?.length ?? 0) > 10) return "more than 10 fields";
    if (block.type === "actions" && (block.elements?.length ?? 0) > 25) return "more than 25 elements";
  }
  return null;
}
