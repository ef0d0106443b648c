/**
 * The service's HTTP server. It listens at once; `/healthz` answers 503 until the database is ready and
 * 200 after. Platform adapters (Slack, Teams) mount their endpoints with `route`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logging.js";

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface Health {
  ready: boolean;
  details: Record<string, unknown>;
}

export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly server: Server;
  private health: Health = { ready: false, details: { status: "starting" } };

  constructor(private readonly logger: Logger) {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.route("GET", "/healthz", (_request, response) => {
      const body = JSON.stringify({ status: this.health.ready ? "ok" : "starting", ...this.health.details });
      response.writeHead(this.health.ready ? 200 : 503, { "content-type": "application/json" }).end(body);
    });
  }

  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method.toUpperCase()} ${path}`, handler);
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
    const handler = this.routes.get(`${request.method ?? "GET"} ${path}`);
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
