/** Slack settings from the environment, validated with zod. Without a bot token and signing secret, Slack is off. */
import { z } from "zod";

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const slackEnvSchema = z
  .object({
    SLACK_BOT_TOKEN: optional(z.string().startsWith("xoxb-", "must be a bot token starting with xoxb- (OAuth & Permissions page of your Slack app)")),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, "looks too short: copy it from Basic Information → App Credentials")),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith("xapp-", "must be an app-level token starting with xapp- (Basic Information → App-Level Tokens)"),
    ),
    SLACK_API_URL: optional(z.url("must be a URL such as https://slack.com/api/")),
  })
  .superRefine((env, ctx) => {
    const any = env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN;
    if (!any) return;
    if (!env.SLACK_BOT_TOKEN) ctx.addIssue({ code: "custom", path: ["SLACK_BOT_TOKEN"], message: "is required when Slack is configured" });
    if (!env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["SLACK_SIGNING_SECRET"], message: "is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)" });
    }
  });

export interface SlackConfig {
  botToken: string;
  signingSecret: string | undefined;
  /** Set for Socket Mode (no public URL needed). */
  appToken: string | undefined;
  /** Web API base URL override (proxies, tests). */
  apiUrl: string | undefined;
}

/** Returns null when Slack is not configured; throws a message naming the variable when it is half configured. */
export function readSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const parsed = slackEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new SlackConfigError(problems);
  }
  const e = parsed.data;
  if (!e.SLACK_BOT_TOKEN) return null;
  return { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL };
}

export class SlackConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid Slack configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nFix these in the environment or .env (see .env.example), or remove all SLACK_ variables to run without Slack.`,
    );
    this.name = "SlackConfigError";
  }
}
