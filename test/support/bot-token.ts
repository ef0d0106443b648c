/**
 * Bot Framework credentials for tests: every request to the Bot Connector carries `Authorization: Bearer <token>`.
 * The real ones get that token from login.microsoftonline.com through MSAL, which accepts only https authorities,
 * so a local fake cannot stand in for it; the connector fake checks the bearer instead (FakeConnector.requireBearer).
 */
import { TeamsAdapter } from "@microsoft/teams-ai";
import { ConfigurationServiceClientCredentialFactory } from "botbuilder";

type Credentials = Awaited<ReturnType<ConfigurationServiceClientCredentialFactory["createCredentials"]>>;

class FixedBotToken extends ConfigurationServiceClientCredentialFactory {
  constructor(
    config: Record<string, string>,
    private readonly token: string,
  ) {
    super(config);
  }

  override async createCredentials(): Promise<Credentials> {
    return {
      signRequest: async (request) => {
        request.headers.set("authorization", `Bearer ${this.token}`);
        return request;
      },
    };
  }
}

/** A Teams adapter with an app id (authenticated mode) whose proactive messages carry `token`. */
export function authenticatedTeamsAdapter(appId: string, tenantId: string, token: string): TeamsAdapter {
  const auth = { MicrosoftAppId: appId, MicrosoftAppPassword: "bot-secret", MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: tenantId };
  return new TeamsAdapter(auth, new FixedBotToken(auth, token));
}

/** The credentials of the bot `appId` (multi-tenant) whose every Bot Connector request carries `token`: for startService's `teamsCredentials`. */
export function fixedBotToken(appId: string, token: string): ConfigurationServiceClientCredentialFactory {
  return new FixedBotToken({ MicrosoftAppId: appId, MicrosoftAppPassword: "bot-secret", MicrosoftAppType: "MultiTenant" }, token);
}
