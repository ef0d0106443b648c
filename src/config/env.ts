/** The service's configuration, read from the environment and validated with zod. */
import { join } from "node:path";
import { z } from "zod";
import { emailSchema } from "../core/commands/arguments.js";
import { DEFAULT_DELIVERY_POLICY } from "../core/delivery/delivery-worker.js";
import type { Platform } from "../core/domain/agenda.js";
import { LOCALES, type Locale } from "../core/domain/locale.js";
import { DEFAULT_ROUND_SETTINGS, type RoundSettings } from "../core/rounds/reminder-rounds.js";
import { scheduleProblem } from "../core/schedule/cron-occurrence.js";
import { DEFAULT_DEADLINE_REMINDER_DAYS } from "../core/schedule/deadline-reminders.js";
import type { RetentionSettings } from "../core/schedule/retention-sweep.js";
import { projectRoot } from "../project-root.js";
import { readSlackConfig, type SlackConfig, SlackConfigError } from "../slack/slack-config.js";
import { readTeamsConfig, type TeamsConfig, TeamsConfigError } from "../teams/teams-config.js";
import { MAIL_HINTS, type MailConfig, mailConfigOf, mailEnvSchema } from "./mail-config.js";
import { RETENTION_HINTS, retentionConfigOf, retentionEnvSchema } from "./retention-config.js";

/** The region's agenda shipped with the project; a relative AGENDA_FILE is read from the working directory. */
export const DEFAULT_AGENDA_FILE = join(projectRoot(), "agenda", "zuid-kennemerland-ijmond.yaml");

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const envSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./data")),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgresql:// (for example postgresql://user:password@host:5432/database)")
      .optional(),
  ),
  AGENDA_FILE: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_AGENDA_FILE)),
  AGENDA_SLUG: z.preprocess(emptyToUndefined, z.string().optional()),
  LEADER_EMAILS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("")
      .transform((value) => value.split(/[,;\s]+/).filter(Boolean))
      .pipe(z.array(emailSchema)),
  ),
  DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(LOCALES).default("nl")),
  PLAYGROUND: z.preprocess(emptyToUndefined, z.enum(["auto", "on", "off"]).default("auto")),
  PLAYGROUND_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(56150)),
  SLACK_MESSAGES_PER_SECOND: z.preprocess(
    emptyToUndefined,
    z.coerce.number().positive().max(100).default(DEFAULT_DELIVERY_POLICY.ratePerSecond.slack),
  ),
  TEAMS_MESSAGES_PER_SECOND: z.preprocess(
    emptyToUndefined,
    z.coerce.number().positive().max(50).default(DEFAULT_DELIVERY_POLICY.ratePerSecond.teams),
  ),
  DELIVERY_LEASE_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .min(5)
      .max(3600)
      .default(DEFAULT_DELIVERY_POLICY.leaseMs / 1000),
  ),
  ROUND_FOLLOW_UP_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(60).default(DEFAULT_ROUND_SETTINGS.followUpDays)),
  ROUND_CLOSE_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(60).default(DEFAULT_ROUND_SETTINGS.closeDays)),
  ROUND_STALE_WEEKS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(104).default(DEFAULT_ROUND_SETTINGS.staleWeeks)),
  ROUND_SCHEDULE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((value) => scheduleProblem(value) === null, { message: "is not a valid cron expression" })
      .optional(),
  ),
  DEADLINE_REMINDER_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(60).default(DEFAULT_DEADLINE_REMINDER_DAYS)),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  LOG_FORMAT: z.preprocess(emptyToUndefined, z.enum(["auto", "json", "pretty"]).default("auto")),
  SHUTDOWN_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(600).default(10)),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(600).default(10)),
  DATABASE_QUERY_TIMEOUT_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(3600).default(30)),
  PUBLIC_URL: z.preprocess(emptyToUndefined, httpsUrl().optional()),
  ORGANISATION_NAME: z.preprocess(
    emptyToUndefined,
    z.string().trim().min(1).max(32, "must be at most 32 characters (Teams shows it as the developer)").optional(),
  ),
  PRIVACY_URL: z.preprocess(emptyToUndefined, httpsUrl().optional()),
  TERMS_URL: z.preprocess(emptyToUndefined, httpsUrl().optional()),
  DASHBOARD_SECRET: z.preprocess(emptyToUndefined, z.string().trim().min(32, "must be at least 32 characters").optional()),
  DASHBOARD_PUBLIC: z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
  ),
});

function httpsUrl() {
  return z
    .string()
    .trim()
    .regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, "must be an https:// address")
    .transform((value) => value.replace(/\/+$/, ""));
}

/** Who publishes the app, for the Teams app package: the organisation and its public pages. */
export interface Publisher {
  /** The service's public HTTPS address, e.g. https://doe-agenda.haarlem.nl (the app's website). */
  publicUrl: string | undefined;
  organisationName: string | undefined;
  /** Default: PUBLIC_URL/privacy and PUBLIC_URL/voorwaarden. */
  privacyUrl: string | undefined;
  termsUrl: string | undefined;
}

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  agendaFile: string;
  agendaSlug: string | undefined;
  leaderEmails: string[];
  defaultLocale: Locale;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** `auto`: readable lines when stdout is a terminal (and NODE_ENV is not production), else JSON lines. */
  logFormat: z.infer<typeof envSchema>["LOG_FORMAT"];
  /**
   * `auto`: with no Slack or Teams credentials, Teams runs in local mode and `npm start` opens the Agents Playground;
   * `on`: local mode and the Playground also beside Slack; `off`: no Playground.
   */
  playground: "auto" | "on" | "off";
  playgroundPort: number;
  /** Outgoing messages (reminders, digests) per second for the whole app, per platform: the platform's limit. */
  messagesPerSecond: Record<Platform, number>;
  /** How long a worker reserves the messages it is sending; after a crash, others resume them when it runs out. */
  deliveryLeaseMs: number;
  /** Reminder rounds: when the follow-up and the close come, and what the default selection takes. */
  rounds: RoundSettings;
  /** Cron expression (Europe/Amsterdam) for automatic rounds; held to the next working day on weekends and holidays. */
  roundSchedule: string | undefined;
  /** Working days before a goal's date or an action's deadline that its leads get one reminder. */
  deadlineReminderDays: number;
  /** How long sent messages, seen inbound events, request signatures and answered commands are kept (privacy). */
  retention: RetentionSettings;
  /** PostgreSQL: how long connecting and one query may take before they fail with a clear message. */
  databaseTimeouts: { connectMs: number; queryMs: number };
  /** Stopping (SIGTERM/SIGINT) gives up after this and exits non-zero, so the port and data folder are freed. */
  shutdownTimeoutMs: number;
  /** Who publishes the app (Teams app package). */
  publisher: Publisher;
  /** The web dashboard: who may open it, and the key its sign-in links are signed with (else one kept in the database). */
  dashboard: { public: boolean; secret: string | undefined };
  /** E-mail to leads outside chat (SMTP_URL), and the update page's links. */
  mail: MailConfig;
  /** Null when Slack is not configured. */
  slack: SlackConfig | null;
  /** Bot Framework settings; see `teamsMode` for when Teams runs and how. */
  teams: TeamsConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nFix these in the environment or in .env (see .env.example).`,
    );
    this.name = "ConfigError";
  }
}

const HINTS: Record<string, string> = {
  PORT: "a port number, e.g. PORT=3978",
  LEADER_EMAILS: "comma-separated e-mail addresses, e.g. LEADER_EMAILS=projectleider@haarlem.nl,tweede@haarlem.nl",
  DEFAULT_LOCALE: "nl or en",
  LOG_LEVEL: "one of fatal, error, warn, info, debug, trace, silent",
  LOG_FORMAT: "auto, json or pretty",
  PLAYGROUND: "auto, on or off",
  SLACK_MESSAGES_PER_SECOND: "messages per second for the whole workspace, e.g. SLACK_MESSAGES_PER_SECOND=5",
  TEAMS_MESSAGES_PER_SECOND: "messages per second for the app in the tenant (Teams allows 50), e.g. TEAMS_MESSAGES_PER_SECOND=30",
  DELIVERY_LEASE_SECONDS: "seconds, e.g. DELIVERY_LEASE_SECONDS=60",
  ROUND_FOLLOW_UP_DAYS: "a number of working days, e.g. ROUND_FOLLOW_UP_DAYS=5",
  ROUND_CLOSE_DAYS: "a number of working days after the follow-up, e.g. ROUND_CLOSE_DAYS=2",
  ROUND_STALE_WEEKS: "a number of weeks, e.g. ROUND_STALE_WEEKS=8",
  DEADLINE_REMINDER_DAYS: "a number of working days before a goal's date or deadline, e.g. DEADLINE_REMINDER_DAYS=5",
  SHUTDOWN_TIMEOUT_SECONDS: "seconds, e.g. SHUTDOWN_TIMEOUT_SECONDS=10",
  DATABASE_CONNECT_TIMEOUT_SECONDS: "seconds, e.g. DATABASE_CONNECT_TIMEOUT_SECONDS=10",
  DATABASE_QUERY_TIMEOUT_SECONDS: "seconds, e.g. DATABASE_QUERY_TIMEOUT_SECONDS=30",
  PUBLIC_URL: "the public https:// address of the service, e.g. PUBLIC_URL=https://doe-agenda.haarlem.nl",
  ORGANISATION_NAME: 'the publishing organisation, at most 32 characters, e.g. ORGANISATION_NAME="Gemeente Haarlem"',
  PRIVACY_URL: "an https:// address of your privacy statement",
  TERMS_URL: "an https:// address of your terms of use",
  DASHBOARD_SECRET: "a random string of at least 32 characters, e.g. from `openssl rand -hex 32`",
  DASHBOARD_PUBLIC: "true (everyone may open the dashboard) or false (a personal sign-in link is needed)",
  ...MAIL_HINTS,
  ...RETENTION_HINTS,
  ROUND_SCHEDULE: 'a cron expression in Europe/Amsterdam time, e.g. ROUND_SCHEDULE="0 9 1 * *" (09:00 on the first of the month)',
};

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "environment");
    const hint = HINTS[field];
    return `${field}: ${issue.message}${hint ? ` (expected ${hint})` : ""}`;
  });
}

function publisherOf(e: Pick<z.infer<typeof envSchema>, "PUBLIC_URL" | "ORGANISATION_NAME" | "PRIVACY_URL" | "TERMS_URL">): Publisher {
  return {
    publicUrl: e.PUBLIC_URL,
    organisationName: e.ORGANISATION_NAME,
    privacyUrl: e.PRIVACY_URL ?? (e.PUBLIC_URL ? `${e.PUBLIC_URL}/privacy` : undefined),
    termsUrl: e.TERMS_URL ?? (e.PUBLIC_URL ? `${e.PUBLIC_URL}/voorwaarden` : undefined),
  };
}

/** Only the publisher settings (for `npm run teams:package`, which needs no database or chat settings). */
export function loadPublisher(env: NodeJS.ProcessEnv = process.env): Publisher {
  const parsed = envSchema.pick({ PUBLIC_URL: true, ORGANISATION_NAME: true, PRIVACY_URL: true, TERMS_URL: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(problemsOf(parsed.error));
  return publisherOf(parsed.data);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const mailParsed = mailEnvSchema.safeParse(env);
  const retentionParsed = retentionEnvSchema.safeParse(env);
  if (!parsed.success || !mailParsed.success || !retentionParsed.success) {
    throw new ConfigError([parsed, mailParsed, retentionParsed].flatMap((r) => (r.success ? [] : problemsOf(r.error))));
  }
  const e = { ...parsed.data, ...mailParsed.data };
  let slack: SlackConfig | null;
  let teams: TeamsConfig;
  try {
    slack = readSlackConfig(env);
    teams = readTeamsConfig(env);
  } catch (error) {
    if (error instanceof SlackConfigError || error instanceof TeamsConfigError) throw new ConfigError(error.problems);
    throw error;
  }
  if (e.PLAYGROUND === "on" && teams.appId) {
    throw new ConfigError([
      "PLAYGROUND: on runs Teams in local mode for the Agents Playground, which cannot be combined with MicrosoftAppId (remove one of them)",
    ]);
  }
  return {
    slack,
    teams,
    publisher: publisherOf(e),
    dashboard: { public: e.DASHBOARD_PUBLIC, secret: e.DASHBOARD_SECRET },
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    agendaFile: e.AGENDA_FILE,
    agendaSlug: e.AGENDA_SLUG,
    leaderEmails: e.LEADER_EMAILS,
    defaultLocale: e.DEFAULT_LOCALE,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    playground: e.PLAYGROUND,
    playgroundPort: e.PLAYGROUND_PORT,
    deliveryLeaseMs: e.DELIVERY_LEASE_SECONDS * 1000,
    messagesPerSecond: { slack: e.SLACK_MESSAGES_PER_SECOND, teams: e.TEAMS_MESSAGES_PER_SECOND, mail: e.MAIL_MESSAGES_PER_SECOND },
    mail: mailConfigOf(e),
    rounds: { followUpDays: e.ROUND_FOLLOW_UP_DAYS, closeDays: e.ROUND_CLOSE_DAYS, staleWeeks: e.ROUND_STALE_WEEKS },
    roundSchedule: e.ROUND_SCHEDULE,
    deadlineReminderDays: e.DEADLINE_REMINDER_DAYS,
    retention: retentionConfigOf(retentionParsed.data),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    databaseTimeouts: { connectMs: e.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000, queryMs: e.DATABASE_QUERY_TIMEOUT_SECONDS * 1000 },
  };
}

/**
 * How Teams runs: `authenticated` with an app id (every request carries a Bot Framework token); `local` (no
 * authentication, loopback only, the Agents Playground's tenant only) when no platform is configured at all, or
 * with PLAYGROUND=on; otherwise `off`, so a Slack-only server exposes no unauthenticated Teams endpoint.
 */
export function teamsMode(config: Pick<Config, "playground" | "slack" | "teams">): "authenticated" | "local" | "off" {
  if (config.teams.appId) return "authenticated";
  if (config.playground === "on" || config.slack === null) return "local";
  return "off";
}

/** Local mode with the Agents Playground: Teams runs locally and the Playground is not switched off. */
export function isLocalMode(config: Config): boolean {
  return teamsMode(config) === "local" && config.playground !== "off";
}

/**
 * Where the service listens: on loopback only when nothing needs to reach it from elsewhere (Teams in local mode
 * and no Slack over HTTP), else on all interfaces.
 */
export function listenHost(config: Pick<Config, "playground" | "slack" | "teams">): string {
  const slackOverHttp = config.slack !== null && !config.slack.appToken;
  return teamsMode(config) === "local" && !slackOverHttp ? "127.0.0.1" : "0.0.0.0";
}

/** Who the person at the Playground is in local mode: the first project leader, so every command can be tried. */
export const LOCAL_LEADER = { name: "Projectleider (lokaal)", email: "projectleider@example.nl" };
