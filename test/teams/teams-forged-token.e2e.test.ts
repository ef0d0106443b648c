import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, startServiceProcess } from "../support/service-process.js";
import { message, TENANT } from "../support/teams-activities.js";

const APP_ID = "00000000-1111-2222-3333-444444444444";
const READER = { id: "29:rob", name: "Rob Lezer", aadObjectId: "aad-rob" };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** A well-formed token signed by nobody: its key id is unknown, so validating it means fetching the signing keys. */
function forgedToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: "RS256", typ: "JWT", kid: "forged-key-id" };
  const claims = { iss: "https://api.botframework.com", aud: APP_ID, serviceurl: "http://127.0.0.1:9/", nbf: now - 60, exp: now + 3600 };
  return `${base64url(header)}.${base64url(claims)}.${Buffer.from("not a signature").toString("base64url")}`;
}

describe("Teams with credentials: a token that cannot be validated", () => {
  let dir: string;
  let service: RunningService;
  let endpoint: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "doe-agenda-forged-"));
    // The signing keys live at Microsoft's login service: a proxy that refuses connections keeps them out of reach
    // also on a machine with internet access.
    service = startServiceProcess({
      PORT: "0",
      DATA_DIR: join(dir, "data"),
      LOG_LEVEL: "info",
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "secret",
      HTTPS_PROXY: "http://127.0.0.1:9",
      https_proxy: "http://127.0.0.1:9",
    });
    const [, port] = await service.waitFor(/"port":(\d+)/);
    await service.waitFor(/doe-agenda bot ready/);
    endpoint = `http://127.0.0.1:${port}/api/messages`;
  });
  afterAll(async () => {
    await service?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers 401 with no detail and logs one JSON line, for a forged token and for none", async () => {
    for (const authorization of [`Bearer ${forgedToken()}`, undefined]) {
      const before = service.output().length;
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(message(READER, "help", { serviceUrl: "http://127.0.0.1:9/", tenantId: TENANT })),
      });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe("");
      await expect.poll(() => service.output().slice(before)).toContain("could not be authenticated");
      await new Promise((resolve) => setTimeout(resolve, 300));
      const printed = service
        .output()
        .slice(before)
        .split("\n")
        .filter((line) => line.trim());
      // Nothing outside the JSON log (no stack on stderr), and exactly one line about the refusal.
      for (const line of printed) expect(() => JSON.parse(line), line).not.toThrow();
      const refusals = printed
        .map((line) => JSON.parse(line) as { msg: string; level: number })
        .filter((entry) => entry.msg.includes("authenticated"));
      expect(refusals).toHaveLength(1);
      expect(refusals[0]?.level).toBe(40);
      expect(printed.join("\n")).not.toMatch(/\n\s+at /);
    }
  });
});
