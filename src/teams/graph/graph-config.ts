/**
 * Settings for reaching Teams leads who never opened the bot: the bot installs itself for them through Microsoft
 * Graph (application permissions, admin consent) and writes to them in the new personal chat. Off unless
 * `TEAMS_GRAPH_INSTALL=on`; then the bot's app registration (id, secret, tenant) is the Graph client as well.
 */
import { z } from "zod";

export const DEFAULT_GRAPH_API_URL = "https://graph.microsoft.com";
export const DEFAULT_GRAPH_LOGIN_URL = "https://login.microsoftonline.com";
/** The Bot Connector's global address, which serves proactive messages in every region. */
export const DEFAULT_TEAMS_SERVICE_URL = "https://smba.trafficmanager.net/teams/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GraphConfig {
  /** The tenant whose users are looked up (MicrosoftAppTenantId). */
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Microsoft Graph's base address, without the version (tests point it at a local fake). */
  apiUrl: string;
  /** The identity platform's base address; the token comes from `<loginUrl>/<tenant>/oauth2/v2.0/token`. */
  loginUrl: string;
  /** The app's id in the organisation's app catalog; else looked up by `externalId`. */
  catalogAppId: string | undefined;
  /** The manifest's `id` (TEAMS_APP_ID, else MicrosoftAppId): the catalog's `externalId` of the app. */
  externalId: string;
  /** Where proactive messages to the new chats go (a chat's own service URL replaces it once the lead writes). */
  serviceUrl: string;
}

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
/** https, or http to this machine only (a local fake): the client secret and tokens travel over it. */
const address = (fallback: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .refine((value) => /^https:\/\/[^\s/]+/i.test(value) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(value), {
        message: "must be an https:// address (http:// only to 127.0.0.1 or localhost)",
      })
      .default(fallback),
  );

export const graphEnvSchema = z.object({
  TEAMS_GRAPH_INSTALL: z.preprocess(blank, z.enum(["on", "off"], "must be on or off").default("off")),
  TEAMS_CATALOG_APP_ID: z.preprocess(blank, z.string().trim().regex(GUID, "must be the app's id in the Teams app catalog, a GUID").optional()),
  TEAMS_APP_ID: z.preprocess(blank, z.string().trim().regex(GUID, "must be the Teams app (manifest) id, a GUID").optional()),
  TEAMS_SERVICE_URL: address(DEFAULT_TEAMS_SERVICE_URL),
  GRAPH_API_URL: address(DEFAULT_GRAPH_API_URL),
  GRAPH_LOGIN_URL: address(DEFAULT_GRAPH_LOGIN_URL),
});

/** The bot's own settings Graph needs: it is the same app registration. */
export interface GraphCredentials {
  appId: string | undefined;
  appPassword: string | undefined;
  tenantId: string | undefined;
}

/** The Graph settings, null when off, or the problems (each naming its setting) that keep them from working. */
export function readGraphConfig(env: NodeJS.ProcessEnv, bot: GraphCredentials): { config: GraphConfig | null; problems: string[] } {
  const problemsOf = (issues: z.core.$ZodIssue[]) => issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  const switched = graphEnvSchema.pick({ TEAMS_GRAPH_INSTALL: true }).safeParse(env);
  if (!switched.success) return { config: null, problems: problemsOf(switched.error.issues) };
  // Off, the other settings are not read (TEAMS_APP_ID also serves `npm run teams:package`).
  if (switched.data.TEAMS_GRAPH_INSTALL === "off") return { config: null, problems: [] };
  const parsed = graphEnvSchema.safeParse(env);
  if (!parsed.success) return { config: null, problems: problemsOf(parsed.error.issues) };
  const e = parsed.data;
  const needs = "is required with TEAMS_GRAPH_INSTALL=on";
  const problems = [
    ...(bot.appId ? [] : [`MicrosoftAppId: ${needs} (the bot's app registration is the Graph client)`]),
    ...(bot.appPassword ? [] : [`MicrosoftAppPassword: ${needs} (the client secret Graph's token is asked with)`]),
    ...(bot.tenantId ? [] : [`MicrosoftAppTenantId: ${needs} (the tenant whose users the bot looks up)`]),
  ];
  if (!bot.appId || !bot.appPassword || !bot.tenantId) return { config: null, problems };
  return {
    problems,
    config: {
      tenantId: bot.tenantId,
      clientId: bot.appId,
      clientSecret: bot.appPassword,
      apiUrl: e.GRAPH_API_URL.replace(/\/+$/, ""),
      loginUrl: e.GRAPH_LOGIN_URL.replace(/\/+$/, ""),
      catalogAppId: e.TEAMS_CATALOG_APP_ID,
      externalId: e.TEAMS_APP_ID ?? bot.appId,
      serviceUrl: e.TEAMS_SERVICE_URL.endsWith("/") ? e.TEAMS_SERVICE_URL : `${e.TEAMS_SERVICE_URL}/`,
    },
  };
}
