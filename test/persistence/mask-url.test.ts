/** No secret of DATABASE_URL reaches a log line or an error message. */
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { DatabaseOpenError, openDatabase } from "../../src/persistence/database.js";
import { maskSecretsIn, maskUrl } from "../../src/persistence/mask-url.js";
import { startService } from "../../src/service.js";
import { createPostgresDatabase } from "../support/databases.js";

const SECRETS = ["hunter2-in-query", "userinfo-secret", "ssl-secret-value", "token-value-1234", "api-key-value"];

describe("secrets in connection strings", () => {
  it("masks the user info password and secret query parameters, and keeps the rest", () => {
    const masked = maskUrl(
      "postgresql://app:userinfo-secret@db.example:5432/agenda?password=hunter2-in-query&sslmode=require&sslpassword=ssl-secret-value&token=token-value-1234&api_key=api-key-value&application_name=bot",
    );
    for (const secret of SECRETS) expect(masked).not.toContain(secret);
    expect(masked).toBe(
      "postgresql://app:***@db.example:5432/agenda?password=***&sslmode=require&sslpassword=***&token=***&api_key=***&application_name=bot",
    );
    expect(maskUrl("postgresql://app@db.example/agenda")).toBe("postgresql://app@db.example/agenda");
    expect(maskUrl("not a url ?password=hunter2-in-query")).not.toContain("hunter2-in-query");
    expect(maskSecretsIn("failed for hunter2-in-query", "postgresql://db/x?password=hunter2-in-query")).toBe("failed for ***");
  });

  it("keeps the password out of a connection error", async () => {
    const url = "postgresql://app:userinfo-secret@127.0.0.1:1/agenda?password=hunter2-in-query&sslpassword=ssl-secret-value";
    const error = await openDatabase({ kind: "postgres", url }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const message = (error as Error).message;
    expect(message).toContain("Cannot connect to PostgreSQL at postgresql://app:***@127.0.0.1:1/agenda?password=***");
    for (const secret of SECRETS) expect(message).not.toContain(secret);
  });

  describe("on a running service", () => {
    let database: { url: string; drop(): Promise<void> };
    beforeAll(async () => {
      database = await createPostgresDatabase();
    });
    afterAll(async () => database.drop());

    it("keeps a password in the query out of the 'database ready' line", async () => {
      // The local PostgreSQL trusts every connection, so any password is accepted.
      const url = new URL(database.url);
      url.searchParams.set("password", "hunter2-in-query");
      let logged = "";
      const sink = new Writable({
        write(chunk, _encoding, done) {
          logged += chunk;
          done();
        },
      });
      const service = await startService(loadConfig({ PORT: "0", DATABASE_URL: url.toString() }), pino({ level: "info" }, sink));
      try {
        expect(service.app.database.location).toContain("password=***");
      } finally {
        await service.stop();
      }
      expect(logged).toContain('"msg":"database ready"');
      expect(logged).not.toContain("hunter2-in-query");
    });
  });
});
