/** The frame of every dashboard page: language, skip link, header with navigation, main content, footer. */
import { DASHBOARD_PATH } from "./dashboard-access.js";
import { type Html, type HtmlValue, html } from "./html.js";
import type { PageContext } from "./page-context.js";

export const STYLESHEET_PATH = `${DASHBOARD_PATH}/dashboard.css`;
export const SIGN_OUT_PATH = `${DASHBOARD_PATH}/afmelden`;

export interface PageOptions {
  title: string;
  /** Where the page sits, above its heading: the pages above it, each a link. */
  trail?: { label: string; href: string }[];
  body: HtmlValue;
  /** The sign-in page shows no navigation: there is nothing behind it yet. */
  bare?: boolean;
}

const NAV: { key: "overview" | "progress" | "rounds" | "search"; path: string }[] = [
  { key: "overview", path: DASHBOARD_PATH },
  { key: "progress", path: `${DASHBOARD_PATH}/voortgang` },
  { key: "rounds", path: `${DASHBOARD_PATH}/rondes` },
  { key: "search", path: `${DASHBOARD_PATH}/zoek` },
];

function navigation(ctx: PageContext): Html {
  const items = NAV.map(
    (item) =>
      html`<li><a href="${ctx.href(item.path)}"${ctx.path === item.path ? html` aria-current="page"` : ""}>${ctx.t.layout[item.key]}</a></li>`,
  );
  return html`<nav aria-label="${ctx.t.layout.nav}"><ul>${items}</ul></nav>`;
}

/** A public dashboard of several regions: which region's pages these are, and the others one click away. */
function regionChoice(ctx: PageContext): Html {
  if (ctx.regionChoice.length < 2) return html``;
  const items = ctx.regionChoice.map(
    (region) => html`<li><a href="${region.href}"${region.current ? html` aria-current="true"` : ""}>${region.name}</a></li>`,
  );
  return html`<nav class="regions" aria-label="${ctx.t.layout.regions}"><ul>${items}</ul></nav>`;
}

function tools(ctx: PageContext, bare: boolean): Html {
  const l = ctx.t.layout;
  const who = ctx.session
    ? html`<span>${l.signedInAs(ctx.session.person.displayName ?? ctx.session.person.email)}</span>
        <form method="post" action="${SIGN_OUT_PATH}"><button type="submit">${l.signOut}</button></form>`
    : ctx.isPublic && !bare
      ? html`<span>${l.publicView}</span>`
      : "";
  return html`<div class="tools">
      <a href="${ctx.switchHref}" lang="${ctx.otherLocale}" hreflang="${ctx.otherLocale}" title="${l.switchLabel}">${l.switchTo}</a>
      ${who}
    </div>`;
}

function breadcrumb(ctx: PageContext, options: PageOptions): Html {
  if (!options.trail?.length) return html``;
  return html`<nav class="breadcrumb" aria-label="${ctx.t.layout.breadcrumb}"><ol>
      ${options.trail.map((step) => html`<li><a href="${step.href}">${step.label}</a></li>`)}
    </ol></nav>`;
}

/** The whole document. */
export function page(ctx: PageContext, options: PageOptions): string {
  const l = ctx.t.layout;
  const bare = options.bare ?? false;
  return `<!doctype html>\n${
    html`<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${options.title} · ${ctx.agendaName}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip-link" href="#inhoud">${l.skip}</a>
<header class="site-header">
  <div class="bar">
    <p class="site-name">${bare ? ctx.agendaName : html`<a href="${ctx.href(DASHBOARD_PATH)}">${ctx.agendaName}</a>`}</p>
    ${bare ? "" : navigation(ctx)}
    ${bare ? "" : regionChoice(ctx)}
    ${tools(ctx, bare)}
  </div>
</header>
<main id="inhoud" tabindex="-1">
${breadcrumb(ctx, options)}
<h1>${options.title}</h1>
${options.body}
</main>
<footer class="site-footer">
  <p>${l.readOnly} ${l.generated(ctx.core.time.dateTime(ctx.now))}</p>
</footer>
</body>
</html>`.value
  }\n`;
}
