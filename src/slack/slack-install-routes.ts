/**
 * The Slack install flow on the service's HTTP server (OAuth mode). `GET /slack/install[?regio=<slug>]` picks the
 * region (the only one, or the one named; several and none named: a page to choose) and redirects to Slack's
 * authorize page with a signed state that carries the region (and a cookie binding it to this browser).
 * `GET /slack/oauth_redirect` checks the state, exchanges the code (oauth.v2.access), stores the sealed
 * installation and links the workspace to the region; a workspace linked to another region is refused.
 */
import type { ServerResponse } from "node:http";
import { type CodedError, ErrorCode, type Installation, InstallProvider, type InstallURLOptions } from "@slack/oauth";
import { z } from "zod";
import type { Locale } from "../core/domain/locale.js";
import type { RegionDirectory, RegionSummary } from "../core/regions/region-ports.js";
import type { Logger } from "../logging.js";
import type { HttpServer } from "../server/http-server.js";
import { type Html, html } from "../web/html.js";
import { boltLogger } from "./bolt-logger.js";
import { installLocale, installPage, installTexts, regionLinks, startAgain } from "./install-pages.js";
import { INSTALL_PATH, OAUTH_REDIRECT_PATH, type SlackOAuthConfig } from "./slack-config.js";
import { agendaOfMetadata, EnterpriseInstallError, installMetadata, WorkspaceLinkedElsewhereError } from "./slack-installation-store.js";
import type { InstalledWorkspaces } from "./slack-workspaces.js";

/** The bot scopes the app asks for: those of manifests/slack/manifest.json (a test keeps the two the same). */
export const SLACK_BOT_SCOPES = [
  "commands",
  "chat:write",
  "chat:write.public",
  "channels:read",
  "groups:read",
  "im:write",
  "users:read",
  "users:read.email",
] as const;

export interface SlackInstallDeps {
  config: SlackOAuthConfig;
  /** Web API base URL override (tests, proxies): where oauth.v2.access and auth.test go. */
  apiUrl: string | undefined;
  workspaces: InstalledWorkspaces;
  regions: RegionDirectory;
  logger: Logger;
}

const installQuery = z.object({ regio: z.string().trim().min(1).max(100).optional() });

export function mountSlackInstall(http: HttpServer, deps: SlackInstallDeps): InstallProvider {
  const { config, regions } = deps;
  const log = deps.logger.child({ component: "slack-install" });
  const installer = new InstallProvider({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    stateSecret: config.stateSecret,
    installationStore: deps.workspaces.store,
    directInstall: true,
    authorizationUrl: config.authorizeUrl,
    clientOptions: deps.apiUrl ? { slackApiUrl: deps.apiUrl } : {},
    logger: boltLogger(deps.logger),
  });
  const installOptions = (region: RegionSummary): InstallURLOptions => ({
    scopes: [...SLACK_BOT_SCOPES],
    redirectUri: config.redirectUri,
    metadata: installMetadata(region.agendaId),
  });

  http.route("GET", INSTALL_PATH, async (request, response) => {
    const locale = installLocale(request);
    const t = installTexts(locale);
    const url = new URL(request.url ?? "/", "http://localhost");
    const query = installQuery.safeParse(Object.fromEntries(url.searchParams));
    const slug = query.success ? query.data.regio : undefined;
    const all = await regions.regions();
    if (all.length === 0) return send(response, 503, locale, t.noRegionsTitle, html`<p>${t.noRegions}</p>`);
    if (!query.success || slug === undefined) {
      if (all.length === 1 && query.success)
        return installer.handleInstallPath(request, response, undefined, installOptions(all[0] as RegionSummary));
      return send(response, 400, locale, t.chooseTitle, html`<p>${t.choose}</p>${regionLinks(all)}`);
    }
    const region = all.find((candidate) => candidate.slug === slug.toLowerCase());
    if (!region) {
      return send(response, 400, locale, t.unknownRegionTitle, html`<p>${t.unknownRegion(slug)}</p><p>${t.regionsAre}</p>${regionLinks(all)}`);
    }
    await installer.handleInstallPath(request, response, undefined, installOptions(region));
  });

  http.route("GET", OAUTH_REDIRECT_PATH, (request, response) =>
    installer.handleCallback(request, response, {
      successAsync: async (installation, options, req, res) => {
        const region = await regionOf(regions, options.metadata);
        log.info({ teamId: installation.team?.id, region: region?.slug }, "Slack workspace installed and linked to its region");
        const locale = installLocale(req);
        const t = installTexts(locale);
        const workspace = workspaceName(installation);
        send(res, 200, locale, t.installedTitle, html`<p>${t.installed(workspace, region?.name ?? "?")}</p><p>${t.installedNext}</p>`);
      },
      failureAsync: async (error, _options, req, res) => {
        const locale = installLocale(req);
        const { status, text } = failure(error, locale);
        if (status >= 500) log.error({ err: error }, "the Slack install flow failed");
        else log.warn({ code: error.code, reason: error.message }, "a Slack install was refused");
        send(res, status, locale, installTexts(locale).failedTitle, html`<p>${text}</p>${startAgain(locale)}`);
      },
    }),
  );
  log.info({ url: config.redirectUri.replace(OAUTH_REDIRECT_PATH, INSTALL_PATH) }, "Slack install flow ready: workspaces install the app here");
  return installer;
}

function failure(error: CodedError, locale: Locale): { status: number; text: string } {
  const t = installTexts(locale);
  // The store's refusals reach here as thrown (handleCallback passes them on).
  if (error instanceof WorkspaceLinkedElsewhereError) return { status: 409, text: t.linkedElsewhere(error.linkedTo.name) };
  if (error instanceof EnterpriseInstallError) return { status: 400, text: t.enterprise };
  switch (error.code) {
    case ErrorCode.InvalidStateError:
    case ErrorCode.MissingStateError:
    case ErrorCode.MissingCodeError:
      return { status: 400, text: t.badState };
    case ErrorCode.AuthorizationError:
      return { status: 400, text: t.cancelled };
  }
  return { status: 502, text: t.failed };
}

async function regionOf(regions: RegionDirectory, metadata: string | undefined): Promise<RegionSummary | undefined> {
  const agendaId = agendaOfMetadata(metadata);
  return (await regions.regions()).find((region) => region.agendaId === agendaId);
}

function workspaceName(installation: Installation): string {
  return installation.team?.name ?? installation.team?.id ?? "?";
}

function send(response: ServerResponse, status: number, locale: Locale, title: string, body: Html): void {
  response
    .writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-language": locale })
    .end(installPage(locale, title, body));
}
