import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SLACK_EVENTS_PATH } from "../../src/slack/slack-app.js";
import { ROOT } from "../support/cli.js";
import { MANIFEST_SCOPES } from "../support/fake-slack.js";

/** The parts of Slack's app manifest format (v1) this app relies on, with Slack's documented limits. */
const manifestSchema = z.object({
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    long_description: z.string().min(175).max(4000),
    background_color: z.string().regex(/^#[0-9a-f]{6}$/i),
  }),
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.literal(true), messages_tab_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string().min(1).max(80) }),
    slash_commands: z.array(
      z.object({
        command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
        url: z.url().optional(),
        description: z.string().min(1).max(2000),
        usage_hint: z.string().max(1000).optional(),
        should_escape: z.literal(true),
      }),
    ),
  }),
  oauth_config: z.object({ redirect_urls: z.array(z.url()).max(1000).optional(), scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.url().optional(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.url().optional() }),
    socket_mode_enabled: z.boolean(),
  }),
});

/**
 * The bot scopes the adapter needs: the slash command, posting (also digests in public channels the bot was not
 * invited to), conversations.info for `koppel` (public and private channels), users.info with e-mail addresses.
 */
const SCOPES_NEEDED = ["commands", "chat:write", "chat:write.public", "channels:read", "groups:read", "im:write", "users:read", "users:read.email"];

describe.each(["manifest.json", "manifest.socket-mode.json"])("Slack app manifest %s", (file) => {
  it("is a valid manifest that routes everything to the bot", async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(ROOT, "manifests/slack", file), "utf8")));
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(["/actie"]);
    // A workspace that removes the app (or revokes its token) is forgotten (slack-uninstall.ts): Slack sends only what is subscribed.
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(["app_home_opened", "app_uninstalled", "tokens_revoked"]);
    for (const scope of SCOPES_NEEDED) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    // The fake Slack grants what the manifest asks for, so the end-to-end tests run with the real scopes.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...MANIFEST_SCOPES].sort());
    const urls = [
      manifest.features.slash_commands[0]?.url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    // The install flow (several workspaces) comes back to /slack/oauth_redirect on the same address.
    for (const url of manifest.oauth_config.redirect_urls ?? []) expect(new URL(url).pathname).toBe("/slack/oauth_redirect");
    if (manifest.settings.socket_mode_enabled) {
      expect(urls.every((url) => url === undefined)).toBe(true);
    } else {
      for (const url of urls) expect(new URL(url ?? "").pathname).toBe(SLACK_EVENTS_PATH);
    }
  });
});
