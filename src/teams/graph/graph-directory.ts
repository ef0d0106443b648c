/**
 * The Microsoft Graph calls that install the bot for a user and find their personal chat with it, on
 * @microsoft/microsoft-graph-client. The client sends every request with the app's token and does not retry:
 * the outbox decides when to try again. Answers are checked with zod; a refusal comes out as a GraphError.
 * The client library loads on the first call: a service that never installs the bot by e-mail does not hold it.
 */
import type { Client, Context, Middleware } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import type { ClientCredentialsToken } from "./graph-token.js";

const GRAPH_VERSION = "v1.0";

type GraphClientLibrary = typeof import("@microsoft/microsoft-graph-client");

/** The client library, loaded once on first use. */
let library: Promise<GraphClientLibrary> | undefined;
const loadLibrary = () => {
  library ??= import("@microsoft/microsoft-graph-client");
  return library;
};

/** Whether a failed call is Graph's answer with this HTTP status. */
async function isGraphStatus(error: unknown, status: number): Promise<boolean> {
  const { GraphError } = await loadLibrary();
  return error instanceof GraphError && error.statusCode === status;
}

const user = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
});
const users = z.object({ value: z.array(user) });
const catalogApps = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const installations = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const chat = z.object({ id: z.string().min(1) });

export type GraphUser = z.infer<typeof user>;

/** Puts the app's token on every request (the client's own handler only does so for Microsoft's hosts over https). */
class BearerToken implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly token: ClientCredentialsToken) {}
  async execute(context: Context): Promise<void> {
    const options = context.options ?? {};
    options.headers = { ...(options.headers as Record<string, string> | undefined), Authorization: `Bearer ${await this.token.get()}` };
    context.options = options;
    await this.next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** An OData string literal: quotes doubled. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const filter = (expression: string) => `$filter=${encodeURIComponent(expression)}`;

export class GraphDirectory {
  private client: Promise<Client> | undefined;

  constructor(
    private readonly apiUrl: string,
    private readonly token: ClientCredentialsToken,
  ) {}

  private open(): Promise<Client> {
    this.client ??= loadLibrary().then(({ Client, HTTPMessageHandler }) =>
      Client.initWithMiddleware({
        baseUrl: this.apiUrl,
        defaultVersion: GRAPH_VERSION,
        middleware: [new BearerToken(this.token), new HTTPMessageHandler()],
      }),
    );
    return this.client;
  }

  /** Calls Graph; a 401 (the token was revoked or expired early) forgets the token, so the next call gets a new one. */
  private async call<T>(schema: z.ZodType<T>, request: (client: Client) => Promise<unknown>): Promise<T> {
    // The token first: a TokenError says what the identity platform refused (the client would wrap it).
    await this.token.get();
    try {
      return schema.parse(await request(await this.open()));
    } catch (error) {
      if (await isGraphStatus(error, 401)) this.token.forget();
      throw error;
    }
  }

  /** The tenant's user with this address as e-mail or sign-in name; null when there is none. */
  async findUser(email: string): Promise<GraphUser | null> {
    const address = email.toLowerCase();
    const query = filter(`mail eq ${literal(address)} or userPrincipalName eq ${literal(address)}`);
    const found = await this.call(users, (client) => client.api(`/users?${query}&$select=id,displayName,mail,userPrincipalName`).get());
    return found.value[0] ?? null;
  }

  /** The app's id in the organisation's app catalog, found by the manifest id; null when it is not there. */
  async catalogAppId(externalId: string): Promise<string | null> {
    const found = await this.call(catalogApps, (client) =>
      client.api(`/appCatalogs/teamsApps?${filter(`externalId eq ${literal(externalId)}`)}&$select=id`).get(),
    );
    return found.value[0]?.id ?? null;
  }

  /** The id of the app's installation in the user's personal scope; null when it is not installed. */
  async installation(userId: string, catalogAppId: string): Promise<string | null> {
    const found = await this.call(installations, (client) =>
      client
        .api(`/users/${encodeURIComponent(userId)}/teamwork/installedApps?$expand=teamsApp&${filter(`teamsApp/id eq ${literal(catalogAppId)}`)}`)
        .get(),
    );
    return found.value[0]?.id ?? null;
  }

  /** Installs the app for the user (201, no body); 409 means it already is. */
  async install(userId: string, catalogAppId: string): Promise<void> {
    const body = { "teamsApp@odata.bind": `${this.apiUrl}/${GRAPH_VERSION}/appCatalogs/teamsApps/${catalogAppId}` };
    try {
      await this.call(z.unknown(), (client) => client.api(`/users/${encodeURIComponent(userId)}/teamwork/installedApps`).post(body));
    } catch (error) {
      if (await isGraphStatus(error, 409)) return;
      throw error;
    }
  }

  /** The id of the user's personal chat with the installed app. */
  async chatOf(userId: string, installationId: string): Promise<string> {
    const found = await this.call(chat, (client) =>
      client.api(`/users/${encodeURIComponent(userId)}/teamwork/installedApps/${encodeURIComponent(installationId)}/chat`).get(),
    );
    return found.id;
  }
}
