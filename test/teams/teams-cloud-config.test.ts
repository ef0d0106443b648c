import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";
import { PUBLIC_CLOUD } from "../../src/teams/teams-config.js";

const TEAMS = { MicrosoftAppId: "00000000-1111-2222-3333-444444444444", MicrosoftAppPassword: "secret" };
const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "";
};

describe("Teams sovereign-cloud settings (botbuilder's Bot Framework endpoints)", () => {
  it("uses botbuilder's public-cloud defaults when none is set", () => {
    expect(loadConfig(TEAMS).teams.cloud).toBeNull();
  });

  it("takes the ones set and the public cloud's for the rest (botbuilder needs all once one is given)", () => {
    const config = loadConfig({
      ...TEAMS,
      ToBotFromChannelOpenIdMetadataUrl: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
      ToBotFromChannelTokenIssuer: "https://api.botframework.us",
    });
    expect(config.teams.cloud).toEqual({
      openIdMetadataUrl: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
      tokenIssuer: "https://api.botframework.us",
      loginUrl: PUBLIC_CLOUD.loginUrl,
      oAuthScope: PUBLIC_CLOUD.oAuthScope,
    });
  });

  it("accepts an http metadata URL only on this machine, and an https login URL only", () => {
    expect(loadConfig({ ...TEAMS, ToBotFromChannelOpenIdMetadataUrl: "http://127.0.0.1:8081/v1/openid" }).teams.cloud?.openIdMetadataUrl).toBe(
      "http://127.0.0.1:8081/v1/openid",
    );
    expect(problems({ ...TEAMS, ToBotFromChannelOpenIdMetadataUrl: "http://keys.example.org/openid" })).toMatch(
      /ToBotFromChannelOpenIdMetadataUrl: must be an https URL \(http only on localhost\)/,
    );
    expect(problems({ ...TEAMS, ToBotFromChannelOpenIdMetadataUrl: "not a url" })).toMatch(/ToBotFromChannelOpenIdMetadataUrl: must be a URL/);
    expect(problems({ ...TEAMS, ToChannelFromBotLoginUrl: "http://127.0.0.1:8081/tenant" })).toMatch(
      /ToChannelFromBotLoginUrl: must be an https URL \(MSAL accepts no other\)/,
    );
  });

  it("refuses them without an app id: local mode checks no tokens", () => {
    expect(problems({ ToBotFromChannelTokenIssuer: "https://api.botframework.us" })).toMatch(
      /ToBotFromChannelTokenIssuer: applies only with MicrosoftAppId/,
    );
  });
});
