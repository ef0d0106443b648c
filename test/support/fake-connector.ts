/**
 * A local Bot Framework connector at an activity's serviceUrl: records the bot's replies, answers roster
 * look-ups (TeamsInfo.getMember), and can answer 429/5xx to test retries. Shaped as the Connector REST API.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { waitUntil } from "./wait.js";

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
}

export interface SentActivity {
  conversationId: string;
  replyToId: string | undefined;
  activity: {
    type: string;
    text?: string;
    summary?: string;
    attachments?: { contentType: string; content: { body?: unknown[]; actions?: unknown[] } }[];
  };
  at: number;
}

export class FakeConnector {
  readonly sent: SentActivity[] = [];
  readonly memberLookups: string[] = [];
  private readonly roster = new Map<string, RosterMember>();
  private readonly failures: { remaining: number; status: number; retryAfter?: number }[] = [];
  private readonly firstReplies = new Map<string, SentActivity>();
  private readonly replyWaiters = new Map<string, ((sent: SentActivity) => void)[]>();
  private server: Server | undefined;
  /** When set, more than this many activities in any one second (all conversations) answer 429, like Teams' per-app limit. */
  appPerSecond = 0;
  private readonly recent: number[] = [];
  /** How many activities answered 429 because of the per-app limit. */
  rateLimited = 0;
  /** When set, an activity without `Authorization: Bearer <this>` answers 401, as the Bot Connector does. */
  requireBearer: string | undefined;
  /** While set, requests of that kind wait here before the connector takes them; one whose client hangs up is dropped. */
  private readonly gates = new Map<"activities" | "members", { opened: Promise<void>; open: () => void }>();
  /** Requests waiting at each gate. */
  readonly held = { activities: 0, members: 0 };
  url = "";

  addMember(member: RosterMember): void {
    this.roster.set(member.id, member);
  }

  /** The next `count` replies answer `status` (with Retry-After for 429). */
  failNext(count: number, status = 429, retryAfter = 1): void {
    this.failures.push({ remaining: count, status, retryAfter });
  }

  /** Holds every following request of this kind (the bot's activities, or roster look-ups) until `release`. */
  hold(kind: "activities" | "members"): void {
    if (this.gates.has(kind)) return;
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.gates.set(kind, { opened, open });
  }

  release(kind: "activities" | "members"): void {
    this.gates.get(kind)?.open();
    this.gates.delete(kind);
  }

  /** Waits at the gate of `kind`, if closed; false when the client hung up meanwhile (it was killed). */
  private async pass(kind: "activities" | "members", request: IncomingMessage): Promise<boolean> {
    const gate = this.gates.get(kind);
    if (!gate) return true;
    this.held[kind]++;
    await gate.opened;
    this.held[kind]--;
    await new Promise((resolve) => setImmediate(resolve));
    return !request.socket.destroyed;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  waitFor<T>(predicate: () => T | undefined | false, ms = 10_000): Promise<T> {
    return waitUntil(predicate, ms, "the fake connector");
  }

  /** The first reply to the activity with this id: at once if it is there, else the moment it arrives (no polling). */
  replyTo(activityId: string, ms = 10_000): Promise<SentActivity> {
    const sent = this.firstReplies.get(activityId);
    if (sent) return Promise.resolve(sent);
    return new Promise((resolve, reject) => {
      const waiter = (reply: SentActivity) => {
        clearTimeout(timer);
        resolve(reply);
      };
      const timer = setTimeout(() => {
        const waiters = this.replyWaiters.get(activityId) ?? [];
        this.replyWaiters.set(
          activityId,
          waiters.filter((w) => w !== waiter),
        );
        reject(new Error(`timed out waiting for a reply to ${activityId} at the fake connector`));
      }, ms);
      this.replyWaiters.set(activityId, [...(this.replyWaiters.get(activityId) ?? []), waiter]);
    });
  }

  private record(sent: SentActivity): void {
    this.sent.push(sent);
    if (!sent.replyToId || this.firstReplies.has(sent.replyToId)) return;
    this.firstReplies.set(sent.replyToId, sent);
    const waiters = this.replyWaiters.get(sent.replyToId) ?? [];
    this.replyWaiters.delete(sent.replyToId);
    for (const waiter of waiters) waiter(sent);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/");
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      void response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));

    const member = /^\/v3\/conversations\/(.+)\/members\/(.+)$/.exec(path);
    if (request.method === "GET" && member?.[2]) {
      if (!(await this.pass("members", request))) return;
      this.memberLookups.push(member[2]);
      const found = this.roster.get(member[2]);
      if (!found) return json(404, { error: { code: "MemberNotFoundInConversation", message: "The member could not be found." } });
      return json(200, { ...found, givenName: found.name.split(" ")[0], surname: found.name.split(" ").slice(1).join(" ") });
    }
    const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (request.method === "POST" && activities?.[1]) {
      if (!(await this.pass("activities", request))) return;
      if (this.requireBearer && request.headers.authorization !== `Bearer ${this.requireBearer}`)
        return json(401, { message: "Authorization has been denied for this request." });
      const failure = this.failures.find((f) => f.remaining > 0);
      if (failure) {
        failure.remaining--;
        return json(
          failure.status,
          { error: { code: "Throttled", message: "slow down" } },
          failure.status === 429 ? { "retry-after": String(failure.retryAfter ?? 1) } : {},
        );
      }
      if (this.appPerSecond > 0) {
        const now = Date.now();
        while (this.recent.length && (this.recent[0] ?? 0) <= now - 1000) this.recent.shift();
        if (this.recent.length >= this.appPerSecond) {
          this.rateLimited++;
          return json(429, { error: { code: "Throttled", message: "too many requests" } }, { "retry-after": "1" });
        }
        this.recent.push(now);
      }
      const activity = JSON.parse(raw) as SentActivity["activity"];
      if (!activity.type) return json(400, { error: { code: "BadArgument", message: "Activity type is required" } });
      this.record({ conversationId: activities[1], replyToId: activities[2], activity, at: Date.now() });
      return json(201, { id: `reply-${this.sent.length}` });
    }
    return json(404, { error: { code: "NotFound", message: path } });
  }
}
