/** Correctly signed Slack requests (v0 HMAC-SHA256 of `v0:timestamp:body`), shaped as Slack documents them. */
import { createHmac } from "node:crypto";

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
  headers?: Record<string, string>;
}

export class SlackRequests {
  constructor(
    readonly baseUrl: string,
    readonly signingSecret: string,
  ) {}

  async post(body: string, contentType: string, options: SignOptions = {}): Promise<Response> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac("sha256", options.secret ?? this.signingSecret)
      .update(`v0:${timestamp}:${body}`)
      .digest("hex")}`;
    return fetch(`${this.baseUrl}/slack/events`, {
      method: "POST",
      headers: { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature, ...options.headers },
      body,
    });
  }

  slashCommand(
    fields: { text: string; userId: string; channelId?: string; responseUrl: string; triggerId?: string; teamId?: string },
    options?: SignOptions,
  ) {
    const body = new URLSearchParams({
      token: "deprecated-verification-token",
      team_id: fields.teamId ?? "T1",
      team_domain: "regio",
      channel_id: fields.channelId ?? "C1",
      channel_name: "doe-agenda",
      user_id: fields.userId,
      user_name: fields.userId.toLowerCase(),
      command: "/actie",
      text: fields.text,
      api_app_id: "A1",
      is_enterprise_install: "false",
      response_url: fields.responseUrl,
      trigger_id: fields.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
    }).toString();
    return this.post(body, "application/x-www-form-urlencoded", options);
  }

  interaction(payload: Record<string, unknown>, options?: SignOptions) {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", options);
  }

  buttonPress(
    fields: { actionId: string; value: string; userId: string; channelId?: string; responseUrl?: string; triggerId?: string; teamId?: string },
    options?: SignOptions,
  ) {
    const teamId = fields.teamId ?? "T1";
    const payload: Record<string, unknown> = {
      type: "block_actions",
      team: { id: teamId, domain: "regio" },
      user: { id: fields.userId, username: fields.userId.toLowerCase(), team_id: teamId },
      api_app_id: "A1",
      token: "deprecated-verification-token",
      trigger_id: fields.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
      actions: [
        { type: "button", action_id: fields.actionId, block_id: "b1", value: fields.value, text: { type: "plain_text", text: "x" }, action_ts: "1" },
      ],
    };
    if (fields.channelId) {
      payload.container = { type: "message", message_ts: "1.1", channel_id: fields.channelId, is_ephemeral: true };
      payload.channel = { id: fields.channelId, name: "doe-agenda" };
      payload.response_url = fields.responseUrl;
    } else {
      payload.container = { type: "view", view_id: "VHOME" };
      payload.view = { id: "VHOME", type: "home" };
    }
    return this.interaction(payload, options);
  }

  viewSubmission(fields: { userId: string; privateMetadata: string; values: Record<string, unknown> }) {
    return this.interaction({
      type: "view_submission",
      team: { id: "T1", domain: "regio" },
      user: { id: fields.userId, username: fields.userId.toLowerCase(), team_id: "T1" },
      api_app_id: "A1",
      token: "deprecated-verification-token",
      trigger_id: "trigger-submit",
      view: {
        id: "VMODAL",
        team_id: "T1",
        type: "modal",
        callback_id: "status-form",
        private_metadata: fields.privateMetadata,
        state: { values: fields.values },
        hash: "h",
        title: { type: "plain_text", text: "Status bijwerken" },
        blocks: [],
      },
    });
  }

  appHomeOpened(fields: { userId: string; eventId: string; teamId?: string }, options?: SignOptions) {
    const body = JSON.stringify({
      token: "deprecated-verification-token",
      team_id: fields.teamId ?? "T1",
      api_app_id: "A1",
      event: { type: "app_home_opened", user: fields.userId, channel: "DHOME", tab: "home", event_ts: "1700000000.000100" },
      type: "event_callback",
      event_id: fields.eventId,
      event_time: 1700000000,
    });
    return this.post(body, "application/json", options);
  }

  /** An Events API event_callback from a workspace, as Slack sends it (`event_id` names it; a retry repeats it). */
  eventCallback(fields: { teamId: string; eventId: string; event: Record<string, unknown> }, options?: SignOptions) {
    const body = JSON.stringify({
      token: "deprecated-verification-token",
      team_id: fields.teamId,
      api_app_id: "A1",
      event: fields.event,
      type: "event_callback",
      event_id: fields.eventId,
      event_time: Math.floor(Date.now() / 1000),
    });
    return this.post(body, "application/json", options);
  }

  /** Slack's `app_uninstalled`: the workspace removed the app (its tokens are revoked with it). */
  appUninstalled(fields: { teamId: string; eventId: string }, options?: SignOptions) {
    return this.eventCallback({ ...fields, event: { type: "app_uninstalled" } }, options);
  }

  /** Slack's `tokens_revoked`: the user ids whose user tokens (`oauth`) and bot tokens (`bot`) were revoked. */
  tokensRevoked(fields: { teamId: string; eventId: string; bot?: string[]; oauth?: string[] }, options?: SignOptions) {
    const tokens = { ...(fields.oauth ? { oauth: fields.oauth } : {}), ...(fields.bot ? { bot: fields.bot } : {}) };
    return this.eventCallback({ teamId: fields.teamId, eventId: fields.eventId, event: { type: "tokens_revoked", tokens } }, options);
  }
}
