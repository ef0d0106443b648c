import { describe, expect, it } from "vitest";
import { ConfigError, isLocalMode, listenHost, loadConfig, teamsMode } from "../../src/config/env.js";

const SLACK = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "a-signing-secret" };
const SOCKET = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" };
const TEAMS = { MicrosoftAppId: "00000000-1111-2222-3333-444444444444", MicrosoftAppPassword: "secret" };

describe("Teams mode and where the service listens", () => {
  it.each([
    ["no platform", {}, "local", "127.0.0.1", true],
    ["no platform, PLAYGROUND=off", { PLAYGROUND: "off" }, "local", "127.0.0.1", false],
    ["Slack over HTTP only", SLACK, "off", "0.0.0.0", false],
    ["Slack in Socket Mode only", SOCKET, "off", "0.0.0.0", false],
    ["Slack over HTTP and PLAYGROUND=on", { ...SLACK, PLAYGROUND: "on" }, "local", "0.0.0.0", true],
    ["Slack in Socket Mode and PLAYGROUND=on", { ...SOCKET, PLAYGROUND: "on" }, "local", "127.0.0.1", true],
    ["a Teams app id", TEAMS, "authenticated", "0.0.0.0", false],
    ["a Teams app id and Slack", { ...TEAMS, ...SLACK }, "authenticated", "0.0.0.0", false],
    ["only a tenant id (no app id)", { MicrosoftAppTenantId: "99999999-8888-7777-6666-555555555555", ...SLACK }, "off", "0.0.0.0", false],
  ] as const)("%s: Teams %s, listening on %s", (_name, env, mode, host, playground) => {
    const config = loadConfig(env);
    expect(teamsMode(config)).toBe(mode);
    expect(listenHost(config)).toBe(host);
    expect(isLocalMode(config)).toBe(playground);
  });

  it("refuses PLAYGROUND=on together with a Teams app id, naming both", () => {
    expect(() => loadConfig({ ...TEAMS, PLAYGROUND: "on" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...TEAMS, PLAYGROUND: "on" })).toThrow(/PLAYGROUND: .*MicrosoftAppId/);
  });
});
