/** Bot Framework settings for Teams, validated with zod. Without an app id the bot runs in local mode. */
import { z } from "zod";
import { type GraphConfig, readGraphConfig } from "./graph/graph-config.js";
import { isLoopback } from "./teams-guards.js";

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** https, or http on this machine only (a local stand-in for the service, as the tests run one). */
const secureUrl = z.url("must be a URL").refine((value) => {
  if (!URL.canParse(value)) return true; // told by z.url
  const url = new URL(value);
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname));
}, "must be an https URL (http only on localhost)");

/** The public cloud's values, which botbuilder uses when none of the sovereign-cloud settings is set. */
export const PUBLIC_CLOUD = {
  openIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
  tokenIssuer: "https://api.botframework.com",
  loginUrl: "https://login.microsoftonline.com/botframework.com",
  oAuthScope: "https://api.botframework.com",
} as const;

/** botbuilder's names of the sovereign-cloud settings. */
const CLOUD_KEYS = [
  "ToBotFromChannelOpenIdMetadataUrl",
  "ToBotFromChannelTokenIssuer",
  "ToChannelFromBotLoginUrl",
  "ToChannelFromBotOAuthScope",
] as const;

export const teamsEnvSchema = z
  .object({
    MicrosoftAppId: optional(
      z.string().regex(/^[0-9a-f-]{36}$/i, "must be the bot's app (client) id, a GUID such as 00000000-0000-0000-0000-000000000000"),
    ),
    MicrosoftAppPassword: optional(z.string().min(1)),
    MicrosoftAppTenantId: optional(z.string().regex(/^[0-9a-f-]{36}$/i, "must be the directory (tenant) id, a GUID")),
    MicrosoftAppType: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], "must be MultiTenant, SingleTenant or UserAssignedMSI").optional(),
    ),
    // Sovereign clouds (and a local stand-in): where inbound tokens' signing keys are published and who issues
    // them, and where the bot gets its own token for the Bot Connector. botbuilder's setting names.
    ToBotFromChannelOpenIdMetadataUrl: optional(secureUrl),
    ToBotFromChannelTokenIssuer: optional(z.string().min(1)),
    ToChannelFromBotLoginUrl: optional(z.url("must be a URL").startsWith("https://", "must be an https URL (MSAL accepts no other)")),
    ToChannelFromBotOAuthScope: optional(z.string().min(1)),
  })
  .superRefine((env, ctx) => {
    if (!env.MicrosoftAppId) {
      if (env.MicrosoftAppPassword)
        ctx.addIssue({ code: "custom", path: ["MicrosoftAppId"], message: "is required when MicrosoftAppPassword is set" });
      for (const key of CLOUD_KEYS)
        if (env[key]) ctx.addIssue({ code: "custom", path: [key], message: "applies only with MicrosoftAppId (local mode checks no tokens)" });
      return;
    }
    if (env.MicrosoftAppType !== "UserAssignedMSI" && !env.MicrosoftAppPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["MicrosoftAppPassword"],
        message: "is required with MicrosoftAppId (the client secret of the app registration)",
      });
    }
    if ((env.MicrosoftAppType === "SingleTenant" || env.MicrosoftAppType === "UserAssignedMSI") && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: "custom", path: ["MicrosoftAppTenantId"], message: `is required when MicrosoftAppType is ${env.MicrosoftAppType}` });
    }
  });

/** The Bot Framework endpoints of a cloud: the public cloud's (PUBLIC_CLOUD) unless a sovereign-cloud setting says otherwise. */
export interface BotFrameworkCloud {
  openIdMetadataUrl: string;
  tokenIssuer: string;
  loginUrl: string;
  oAuthScope: string;
}

export interface TeamsConfig {
  /** Undefined in local mode (Agents Playground, no authentication, loopback only). */
  appId: string | undefined;
  appPassword: string | undefined;
  /** When set, only this tenant's users are served. */
  tenantId: string | undefined;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  /** Installing the bot for leads who never opened it (Microsoft Graph); null when off. */
  graph: GraphConfig | null;
  /** Null: the public cloud, botbuilder's defaults. Set when any sovereign-cloud setting is (the others the public cloud's). */
  cloud: BotFrameworkCloud | null;
}

export class TeamsConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid Teams configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "TeamsConfigError";
  }
}

export function readTeamsConfig(env: NodeJS.ProcessEnv): TeamsConfig {
  const parsed = teamsEnvSchema.safeParse(env);
  if (!parsed.success) throw new TeamsConfigError(parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`));
  const e = parsed.data;
  const graph = readGraphConfig(env, { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, tenantId: e.MicrosoftAppTenantId });
  if (graph.problems.length) throw new TeamsConfigError(graph.problems);
  return {
    graph: graph.config,
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    tenantId: e.MicrosoftAppTenantId,
    appType: e.MicrosoftAppType ?? "MultiTenant",
    cloud: CLOUD_KEYS.some((key) => e[key])
      ? {
          openIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl ?? PUBLIC_CLOUD.openIdMetadataUrl,
          tokenIssuer: e.ToBotFromChannelTokenIssuer ?? PUBLIC_CLOUD.tokenIssuer,
          loginUrl: e.ToChannelFromBotLoginUrl ?? PUBLIC_CLOUD.loginUrl,
          oAuthScope: e.ToChannelFromBotOAuthScope ?? PUBLIC_CLOUD.oAuthScope,
        }
      : null,
  };
}
