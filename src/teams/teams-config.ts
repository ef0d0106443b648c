/** Bot Framework settings for Teams, validated with zod. Without an app id the bot runs in local mode. */
import { z } from "zod";
import { type GraphConfig, readGraphConfig } from "./graph/graph-config.js";

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

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
  })
  .superRefine((env, ctx) => {
    if (!env.MicrosoftAppId) {
      if (env.MicrosoftAppPassword)
        ctx.addIssue({ code: "custom", path: ["MicrosoftAppId"], message: "is required when MicrosoftAppPassword is set" });
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

export interface TeamsConfig {
  /** Undefined in local mode (Agents Playground, no authentication, loopback only). */
  appId: string | undefined;
  appPassword: string | undefined;
  /** When set, only this tenant's users are served. */
  tenantId: string | undefined;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  /** Installing the bot for leads who never opened it (Microsoft Graph); null when off. */
  graph: GraphConfig | null;
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
  };
}
