/**
 * The dashboard on the service's HTTP server, under /dashboard: the sign-in link, the session check, one handler
 * per page. Read-only: GET pages, and one POST to sign out. Every answer carries a strict Content-Security-Policy
 * (no scripts at all), and pages with data are never cached.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ReportFormat } from "../core/report/report-links.js";
import type { HttpServer } from "../server/http-server.js";
import { DASHBOARD_PATH, readCookie, SESSION_COOKIE, SIGN_IN_PATH } from "./dashboard-access.js";
import type { DashboardDeps } from "./dashboard-deps.js";
import { SIGN_OUT_PATH, STYLESHEET_PATH } from "./layout.js";
import { type PageContext, pageContext, REGION_PARAM } from "./page-context.js";
import { actionPage } from "./pages/action.js";
import { notFoundPage } from "./pages/not-found.js";
import { overlegPage } from "./pages/overleg.js";
import { overviewPage } from "./pages/overview.js";
import type { PageResult } from "./pages/parts.js";
import { progressPage } from "./pages/progress.js";
import { roundsPage } from "./pages/rounds.js";
import { searchPage } from "./pages/search.js";
import { type SignInReason, signInPage } from "./pages/sign-in.js";
import { themePage } from "./pages/theme.js";
import { REPORT_PATH, reportDownload } from "./report-download.js";
import { STYLESHEET } from "./styles.js";

/** Inline styles only for the charts' SVG attributes; nothing may run, load or frame. */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

const SIGNED_OUT = "afgemeld";

type Page = (ctx: PageContext, deps: DashboardDeps, parameter: string) => Promise<PageResult>;

/** Fixed pages by path; pages with a parameter by the path segment before it. */
const PAGES: Record<string, Page> = {
  [DASHBOARD_PATH]: (ctx, deps) => overviewPage(ctx, deps),
  [`${DASHBOARD_PATH}/voortgang`]: (ctx, deps) => progressPage(ctx, deps),
  [`${DASHBOARD_PATH}/rondes`]: (ctx, deps) => roundsPage(ctx, deps),
  [`${DASHBOARD_PATH}/zoek`]: (ctx, deps) => searchPage(ctx, deps),
};
const PARAMETER_PAGES: Record<string, Page> = {
  thema: themePage,
  overleg: overlegPage,
  actie: actionPage,
};

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...SECURITY_HEADERS, ...headers }).end(body);
}

/** The page a path names, with its parameter; null when there is none. */
function pageFor(path: string): { page: Page; parameter: string } | null {
  const fixed = PAGES[path];
  if (fixed) return { page: fixed, parameter: "" };
  const match = /^\/dashboard\/([a-z]+)\/([^/]{1,64})$/.exec(path);
  const page = match?.[1] ? PARAMETER_PAGES[match[1]] : undefined;
  if (!page || !match?.[2]) return null;
  try {
    return { page, parameter: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}

/**
 * The dashboard of every region served, the default one first. A sign-in link or session cookie opens the region
 * whose key signed it; without one (or in public mode) the default region's pages answer.
 */
export function mountDashboard(http: HttpServer, regions: readonly DashboardDeps[]): void {
  const [first] = regions;
  if (!first) throw new Error("the dashboard needs at least one region");
  const lifetimes = { linkMinutes: first.access.linkMinutes, sessionHours: first.access.sessionHours };

  async function regionOf(purpose: "sign-in" | "session", token: string | undefined): Promise<DashboardDeps> {
    if (!token || first?.access.isPublic) return first as DashboardDeps;
    for (const deps of regions) if (await deps.access.signedHere(purpose, token)) return deps;
    return first as DashboardDeps;
  }

  /** A public dashboard of several regions: the region `?regio=` names (else the default one), and the choice. */
  function publicRegion(url: URL): { deps: DashboardDeps; picked: string | undefined } {
    const asked = regions.length > 1 ? url.searchParams.get(REGION_PARAM) : null;
    const picked = regions.find((deps) => deps.region.slug === asked);
    return { deps: picked ?? (first as DashboardDeps), picked: picked?.region.slug };
  }

  async function context(
    deps: DashboardDeps,
    request: IncomingMessage,
    url: URL,
    session: PageContext["session"],
    picked?: string,
  ): Promise<PageContext> {
    const offered = deps.access.isPublic && regions.length > 1;
    const language = url.searchParams.get("lang");
    const choice = offered
      ? regions.map((other) => {
          const query = new URLSearchParams({ [REGION_PARAM]: other.region.slug, ...(language ? { lang: language } : {}) });
          return { name: other.region.name, href: `${DASHBOARD_PATH}?${query}`, current: other === deps };
        })
      : [];
    return pageContext({
      region: picked,
      regionChoice: choice,
      url,
      acceptLanguage: request.headers["accept-language"],
      defaultLocale: deps.defaultLocale,
      session,
      isPublic: deps.access.isPublic,
      structure: await deps.dashboard.structure(),
      now: deps.clock.now(),
    });
  }

  async function signInAnswer(
    deps: DashboardDeps,
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    reason: SignInReason,
  ): Promise<void> {
    const result = signInPage(await context(deps, request, url, null), reason, lifetimes);
    send(response, result.status, result.body);
  }

  http.routePrefix("GET", DASHBOARD_PATH, async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = url.pathname.length > DASHBOARD_PATH.length ? url.pathname.replace(/\/+$/, "") : url.pathname;
    if (path === STYLESHEET_PATH) {
      response
        .writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600", ...SECURITY_HEADERS })
        .end(STYLESHEET);
      return;
    }
    if (path === SIGN_IN_PATH) {
      const token = url.searchParams.get("t") ?? undefined;
      const deps = await regionOf("sign-in", token);
      const signedIn = await deps.access.signIn(token);
      if (!signedIn.ok) return signInAnswer(deps, request, response, url, signedIn.reason);
      response.writeHead(303, { location: signedIn.next, "set-cookie": signedIn.setCookie, "cache-control": "no-store", ...SECURITY_HEADERS }).end();
      return;
    }
    const cookie = request.headers.cookie;
    const chosen = first.access.isPublic
      ? publicRegion(url)
      : { deps: await regionOf("session", readCookie(cookie, SESSION_COOKIE)), picked: undefined };
    const { deps } = chosen;
    const { access } = deps;
    const session = access.isPublic ? null : await access.session(cookie);
    if (!access.isPublic && !session) {
      const reason: SignInReason = url.searchParams.has(SIGNED_OUT) ? "signed-out" : readCookie(cookie, SESSION_COOKIE) ? "expired" : "none";
      return signInAnswer(deps, request, response, url, reason);
    }
    const ctx = await context(deps, request, url, session, chosen.picked);
    const report = deps.reports ? REPORT_PATH.exec(path) : null;
    if (deps.reports && report?.[1] && report[2]) {
      const answer = await reportDownload(deps.reports, decodeURIComponent(report[1]), report[2] as ReportFormat, ctx.locale, ctx.now);
      if (answer.ok) {
        response.writeHead(200, { "cache-control": "no-store", ...SECURITY_HEADERS, ...answer.headers }).end(answer.body);
        return;
      }
      const missing = notFoundPage(ctx, answer.problem);
      return send(response, missing.status, missing.body);
    }
    const found = pageFor(path);
    const result = found ? await found.page(ctx, deps, found.parameter) : notFoundPage(ctx, ctx.t.notFound.page);
    send(response, result.status, result.body, access.isPublic ? { "cache-control": "no-cache" } : {});
  });

  http.route("POST", SIGN_OUT_PATH, async (_request, response) => {
    response
      .writeHead(303, {
        location: `${DASHBOARD_PATH}?${SIGNED_OUT}=1`,
        "set-cookie": first.access.signOutCookie(),
        "cache-control": "no-store",
        ...SECURITY_HEADERS,
      })
      .end();
  });
}
