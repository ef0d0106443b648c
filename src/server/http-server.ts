/**
 * The service's HTTP server. It listens at once; `/healthz` answers 503 until the database is ready and
 * 200 after, and 503 again while the database does not answer a cheap probe (`setHealthCheck`): a load balancer
 * or supervisor then sees the instance is not serving. Its body says which parts are up (`parts`): the database
 * (probed), Slack, Teams and mail (as the service started them). Platform adapters (Slack, Teams) and `/metrics`
 * mount their endpoints with `route`; the dashboard mounts a whole path with `routePrefix`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logging.js";

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** The parts `/healthz` reports on. */
export type HealthPart = "database" | "slack" | "teams" | "mail";

/** `down`: configured but not working (it could not be started, or the database does not answer). */
export type PartState = "up" | "down" | "not configured";

export interface Health {
  ready: boolean;
  details: Record<string, unknown>;
  /** How the parts other than the database stand; the database's state comes from the probe. */
  parts?: Partial<Record<Exclude<HealthPart, "database">, PartState>>;
}

/** Probes the database (e.g. `SELECT 1`); rejects when it does not answer within `timeoutMs`. */
export type HealthCheck = (timeoutMs: number) => Promise<void>;

/** A probe's answer is reused this long, so frequent health requests cost at most one query per period. */
const PROBE_REUSE_MS = 1000;

export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly prefixes: { method: string; prefix: string; handler: RouteHandler }[] = [];
  private readonly server: Server;
  private health: Health = { ready: false, details: { status: "starting" } };
  private check: { run: HealthCheck; timeoutMs: number } | null = null;
  private lastProbe: { at: number; ok: boolean } | null = null;
  private pendingProbe: Promise<boolean> | null = null;
  private reachable = true;

  constructor(private readonly logger: Logger) {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.route("GET", "/healthz", async (_request, response) => {
      const ready = this.health.ready;
      const answers = ready ? await this.databaseAnswers() : true;
      const status = !ready ? "starting" : answers ? "ok" : "database unreachable";
      const parts = ready ? { parts: { database: answers ? "up" : "down", ...this.health.parts } } : {};
      const body = JSON.stringify({ status, ...this.health.details, ...parts });
      response.writeHead(ready && answers ? 200 : 503, { "content-type": "application/json" }).end(body);
    });
  }

  /** Checks the database on `/healthz` (at most once a second, each probe cut off after `timeoutMs`). */
  setHealthCheck(run: HealthCheck, timeoutMs = 2000): void {
    this.check = { run, timeoutMs };
    this.lastProbe = null;
  }

  private async databaseAnswers(): Promise<boolean> {
    const check = this.check;
    if (!check) return true;
    if (this.lastProbe && Date.now() - this.lastProbe.at < PROBE_REUSE_MS) return this.lastProbe.ok;
    this.pendingProbe ??= check.run(check.timeoutMs).then(
      () => true,
      () => false,
    );
    const probe = this.pendingProbe;
    const ok = await probe;
    if (this.pendingProbe === probe) {
      this.pendingProbe = null;
      this.lastProbe = { at: Date.now(), ok };
      if (ok !== this.reachable) {
        this.reachable = ok;
        if (ok) this.logger.info("the database answers again");
        else this.logger.error({ timeoutMs: check.timeoutMs }, "the database does not answer; /healthz says 503 until it does");
      }
    }
    return ok;
  }

  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method.toUpperCase()} ${path}`, handler);
  }

  /** Every path that is `prefix` or below it (`prefix/…`), unless an exact route matches first. */
  routePrefix(method: string, prefix: string, handler: RouteHandler): void {
    this.prefixes.push({ method: method.toUpperCase(), prefix, handler });
  }

  private prefixRoute(method: string, path: string): RouteHandler | undefined {
    return this.prefixes.find((entry) => entry.method === method && (path === entry.prefix || path.startsWith(`${entry.prefix}/`)))?.handler;
  }

  setHealth(health: Health): void {
    this.health = health;
  }

  async listen(port: number, host = "0.0.0.0"): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const method = request.method ?? "GET";
    const handler = this.routes.get(`${method} ${path}`) ?? this.prefixRoute(method, path);
    try {
      if (handler) await handler(request, response);
      else response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
    } catch (error) {
      this.logger.error({ err: error, path }, "request failed");
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "internal error" }));
    } finally {
      this.logger.debug({ method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) }, "request");
    }
  }
}
