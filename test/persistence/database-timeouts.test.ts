/**
 * A PostgreSQL address that accepts connections and never answers: opening fails after the connect timeout with
 * a clear message instead of waiting for ever, and a running service's /healthz says 503 while its database does
 * not answer and 200 again when it is back.
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { DatabaseOpenError, openDatabase } from "../../src/persistence/database.js";
import { startService } from "../../src/service.js";
import { createPostgresDatabase, POSTGRES_ADMIN_URL } from "../support/databases.js";

const logger = createLogger("silent");

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

/** Accepts connections and says nothing. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  const port = await listen(server);
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Forwards to PostgreSQL; `hang()` makes it swallow everything (old and new connections), `recover()` forwards again. */
async function hangingProxy(target: URL): Promise<{ port: number; hang(): void; recover(): void; close(): Promise<void> }> {
  let hanging = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on("error", () => undefined);
    if (hanging) return; // accepted, never answered
    const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
    sockets.add(upstream);
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.on("data", (data) => {
      if (!hanging) upstream.write(data);
    });
    upstream.on("data", (data) => {
      if (!hanging) client.write(data);
    });
  });
  const port = await listen(server);
  return {
    port,
    hang: () => {
      hanging = true;
    },
    recover: () => {
      hanging = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const within = <T>(work: Promise<T>, ms: number): Promise<T | "still waiting"> =>
  Promise.race([work, new Promise<"still waiting">((resolve) => setTimeout(() => resolve("still waiting"), ms))]);

async function healthStatus(port: number): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

async function waitForHealth(port: number, status: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if ((await healthStatus(port)) === status) return;
    if (Date.now() > deadline) throw new Error(`/healthz did not answer ${status} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a database that does not answer", () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;
  beforeAll(async () => {
    silent = await silentServer();
  });
  afterAll(async () => silent.close());

  it("fails opening after the connect timeout, saying so", async () => {
    const started = Date.now();
    const outcome = await within(
      openDatabase({ kind: "postgres", url: `postgresql://app:pw@127.0.0.1:${silent.port}/agenda`, timeouts: { connectMs: 500 } }).catch(
        (error: unknown) => error,
      ),
      10_000,
    );
    expect(outcome).toBeInstanceOf(DatabaseOpenError);
    expect((outcome as Error).message).toContain(`PostgreSQL at postgresql://app:***@127.0.0.1:${silent.port}/agenda did not answer within 0.5 s`);
    expect((outcome as Error).message).toContain("DATABASE_CONNECT_TIMEOUT_SECONDS");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("stops the service from starting, with the timeout from DATABASE_CONNECT_TIMEOUT_SECONDS", async () => {
    const config = loadConfig({ PORT: "0", DATABASE_URL: `postgresql://127.0.0.1:${silent.port}/agenda`, DATABASE_CONNECT_TIMEOUT_SECONDS: "1" });
    expect(config.databaseTimeouts).toEqual({ connectMs: 1000, queryMs: 30_000 });
    const outcome = await within(
      startService(config, logger).catch((error: unknown) => error),
      10_000,
    );
    expect(outcome).toBeInstanceOf(DatabaseOpenError);
    expect((outcome as Error).message).toContain("did not answer within 1 s");
  });

  describe("while the service runs", () => {
    let database: { url: string; drop(): Promise<void> };
    let proxy: Awaited<ReturnType<typeof hangingProxy>>;
    beforeAll(async () => {
      database = await createPostgresDatabase();
      proxy = await hangingProxy(new URL(POSTGRES_ADMIN_URL));
    });
    afterAll(async () => {
      await proxy.close();
      await database.drop();
    });

    it("answers /healthz 503 while the database hangs and 200 when it is back", async () => {
      const url = new URL(database.url);
      url.host = `127.0.0.1:${proxy.port}`;
      const config = loadConfig({
        PORT: "0",
        DATABASE_URL: url.toString(),
        DATABASE_CONNECT_TIMEOUT_SECONDS: "2",
        DATABASE_QUERY_TIMEOUT_SECONDS: "2",
      });
      const service = await startService(config, logger);
      try {
        expect(await healthStatus(service.port)).toBe(200);
        proxy.hang();
        await waitForHealth(service.port, 503, 15_000);
        const body = await (await fetch(`http://127.0.0.1:${service.port}/healthz`)).json();
        expect(body).toMatchObject({ status: "database unreachable", database: "postgres" });
        // A query through the service fails after the query timeout rather than waiting for ever.
        const query = await within(
          service.app.ports.reader.findAction("1.3").then(
            () => "answered",
            () => "failed",
          ),
          10_000,
        );
        expect(query).toBe("failed");
        proxy.recover();
        await waitForHealth(service.port, 200, 20_000);
        expect(await service.app.ports.reader.findAction("1.3")).not.toBeNull();
      } finally {
        proxy.recover();
        await service.stop();
      }
    });
  });
});
