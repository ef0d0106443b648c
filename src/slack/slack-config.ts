/**
 * Slack settings from the environment, validated with zod. Two modes: one workspace with SLACK_BOT_TOKEN, or many
 * workspaces installed through the OAuth flow (`/slack/install`) with SLACK_CLIENT_ID, SLACK_CLIENT_SECRET,
 * SLACK_STATE_SECRET and SLACK_INSTALLATION_KEY (then no bot token). Without either, Slack is off.
 */
import { z } from "zod";
import { readInstallationKey } from "./installation-seal.js";

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** Slack's own authorize page; SLACK_AUTHORIZE_URL overrides it (tests, proxies). */
export const SLACK_AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize";

const OAUTH_VARIABLES = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET", "SLACK_INSTALLATION_KEY"] as const;

export const slackEnvSchema = z
  .object({
    SLACK_BOT_TOKEN: optional(z.string().startsWith("xoxb-", "must be a bot token starting with xoxb- (OAuth & Permissions page of your Slack app)")),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, "looks too short: copy it from Basic Information → App Credentials")),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith("xapp-", "must be an app-level token starting with xapp- (Basic Information → App-Level Tokens)"),
    ),
    SLACK_API_URL: optional(z.url("must be a URL such as https://slack.com/api/")),
    SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, "looks wrong: copy the Client ID from Basic Information → App Credentials")),
    SLACK_CLIENT_SECRET: optional(z.string().min(8, "looks too short: copy the Client Secret from Basic Information → App Credentials")),
    SLACK_STATE_SECRET: optional(z.string().min(16, "must be at least 16 characters; make one with `openssl rand -base64 32`")),
    SLACK_INSTALLATION_KEY: optional(z.string()),
    SLACK_AUTHORIZE_URL: optional(z.url("must be a URL such as https://slack.com/oauth/v2/authorize")),
    PUBLIC_URL: optional(z.string()),
  })
  .superRefine((env, ctx) => {
    const oauth = OAUTH_VARIABLES.some((name) => env[name]);
    if (oauth) {
      for (const name of OAUTH_VARIABLES) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: `is required for the Slack install flow (${setOthers(name)})` });
      }
      if (env.SLACK_INSTALLATION_KEY) {
        const key = readInstallationKey(env.SLACK_INSTALLATION_KEY);
        if (!key.ok) ctx.addIssue({ code: "custom", path: ["SLACK_INSTALLATION_KEY"], message: key.problem });
      }
      if (env.SLACK_BOT_TOKEN) {
        ctx.addIssue({
          code: "custom",
          path: ["SLACK_BOT_TOKEN"],
          message: "must not be set with SLACK_CLIENT_ID: each workspace's token comes from its installation (remove one of the two)",
        });
      }
      if (!env.PUBLIC_URL) {
        ctx.addIssue({
          code: "custom",
          path: ["PUBLIC_URL"],
          message: "is required for the Slack install flow: Slack sends the installer back to PUBLIC_URL/slack/oauth_redirect",
        });
      }
    }
    const any = env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN || oauth;
    if (!any) return;
    if (!oauth && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_BOT_TOKEN"],
        message: "is required when Slack is configured (or set SLACK_CLIENT_ID and the other install-flow variables for several workspaces)",
      });
    }
    if (!env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["SLACK_SIGNING_SECRET"], message: "is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)" });
    }
  });

function setOthers(name: string): string {
  return `set together with ${OAUTH_VARIABLES.filter((other) => other !== name).join(", ")}`;
}

/** The install flow's settings: the app's credentials, the key that seals installations, where Slack sends back. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` (which region the installation is for). */
  stateSecret: string;
  /** 32 bytes: seals each installation (its tokens) with AES-256-GCM in the database. */
  installationKey: Buffer;
  /** `${PUBLIC_URL}/slack/oauth_redirect`, as registered under OAuth & Permissions → Redirect URLs. */
  redirectUri: string;
  authorizeUrl: string;
}

interface SlackCommon {
  signingSecret: string | undefined;
  /** Set for Socket Mode (no public URL needed). */
  appToken: string | undefined;
  /** Web API base URL override (proxies, tests). */
  apiUrl: string | undefined;
}

/** One workspace: its bot token. */
export interface SingleWorkspaceSlackConfig extends SlackCommon {
  mode: "single";
  botToken: string;
}

/** Any number of workspaces, each installed through `/slack/install` into a region. */
export interface OAuthSlackConfig extends SlackCommon {
  mode: "oauth";
  oauth: SlackOAuthConfig;
}

export type SlackConfig = SingleWorkspaceSlackConfig | OAuthSlackConfig;

export const OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";
export const INSTALL_PATH = "/slack/install";

/** Returns null when Slack is not configured; throws a message naming the variable when it is half configured. */
export function readSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const parsed = slackEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new SlackConfigError(problems);
  }
  const e = parsed.data;
  const common: SlackCommon = { signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
  if (e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && e.SLACK_INSTALLATION_KEY && e.PUBLIC_URL) {
    const key = readInstallationKey(e.SLACK_INSTALLATION_KEY);
    if (!key.ok) throw new SlackConfigError([`SLACK_INSTALLATION_KEY: ${key.problem}`]);
    return {
      mode: "oauth",
      ...common,
      oauth: {
        clientId: e.SLACK_CLIENT_ID,
        clientSecret: e.SLACK_CLIENT_SECRET,
        stateSecret: e.SLACK_STATE_SECRET,
        installationKey: key.key,
        redirectUri: `${e.PUBLIC_URL.trim().replace(/\/+$/, "")}${OAUTH_REDIRECT_PATH}`,
        authorizeUrl: e.SLACK_AUTHORIZE_URL ?? SLACK_AUTHORIZE_URL,
      },
    };
  }
  if (!e.SLACK_BOT_TOKEN) return null;
  return { mode: "single", botToken: e.SLACK_BOT_TOKEN, ...common };
}

export class SlackConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid Slack configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nFix these in the environment or .env (see .env.example), or remove all SLACK_ variables to run without Slack.`,
    );
    this.name = "SlackConfigError";
  }
}
