/** SLACK_ variables: one workspace with a bot token, or the install flow for many; mistakes named with their fix. */
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";

const OAUTH = {
  SLACK_SIGNING_SECRET: "signing-secret-for-tests",
  SLACK_CLIENT_ID: "1234.5678",
  SLACK_CLIENT_SECRET: "client-secret-for-tests",
  SLACK_STATE_SECRET: "state-secret-for-tests-0123456789",
  SLACK_INSTALLATION_KEY: Buffer.alloc(32, 1).toString("base64"),
  PUBLIC_URL: "https://doe-agenda.example.nl/",
};

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("Slack configuration", () => {
  it("keeps single-workspace mode with SLACK_BOT_TOKEN as it was", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "signing-secret" });
    expect(config.slack).toEqual({ mode: "single", botToken: "xoxb-1", signingSecret: "signing-secret", appToken: undefined, apiUrl: undefined });
    expect(problems({ SLACK_SIGNING_SECRET: "signing-secret" })).toContain("SLACK_BOT_TOKEN: is required when Slack is configured");
    expect(loadConfig({}).slack).toBeNull();
  });

  it("runs the install flow without a bot token when the four OAuth variables are set", () => {
    const config = loadConfig(OAUTH);
    expect(config.slack?.mode).toBe("oauth");
    if (config.slack?.mode !== "oauth") return;
    expect(config.slack.oauth).toMatchObject({
      clientId: "1234.5678",
      redirectUri: "https://doe-agenda.example.nl/slack/oauth_redirect",
      authorizeUrl: "https://slack.com/oauth/v2/authorize",
    });
    expect(config.slack.oauth.installationKey).toEqual(Buffer.alloc(32, 1));
  });

  it("takes the installation key as 64 hex characters too", () => {
    const config = loadConfig({ ...OAUTH, SLACK_INSTALLATION_KEY: "ab".repeat(32) });
    expect(config.slack?.mode === "oauth" && config.slack.oauth.installationKey).toEqual(Buffer.alloc(32, 0xab));
  });

  it("names a bad installation key and how to make one", () => {
    for (const key of ["too-short", Buffer.alloc(16).toString("base64"), "ab".repeat(31)]) {
      const message = problems({ ...OAUTH, SLACK_INSTALLATION_KEY: key });
      expect(message).toContain("SLACK_INSTALLATION_KEY: must be 32 random bytes as base64 (44 characters) or as 64 hex characters");
      expect(message).toContain("openssl rand -base64 32");
    }
  });

  it("names each install-flow variable that is missing, and PUBLIC_URL", () => {
    const { SLACK_STATE_SECRET: _state, PUBLIC_URL: _url, ...partial } = OAUTH;
    const message = problems(partial);
    expect(message).toContain("SLACK_STATE_SECRET: is required for the Slack install flow");
    expect(message).toContain("PUBLIC_URL: is required for the Slack install flow");
    expect(problems({ ...OAUTH, SLACK_SIGNING_SECRET: "" })).toContain("SLACK_SIGNING_SECRET: is required");
  });

  it("refuses a bot token beside the install flow", () => {
    expect(problems({ ...OAUTH, SLACK_BOT_TOKEN: "xoxb-1" })).toContain("SLACK_BOT_TOKEN: must not be set with SLACK_CLIENT_ID");
  });
});
