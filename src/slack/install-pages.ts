/** The plain HTML pages of the Slack install flow: installed, choose a region, and why it did not work. */
import type { IncomingMessage } from "node:http";
import type { Locale } from "../core/domain/locale.js";
import { slackInstallEn } from "../core/i18n/slack-install-en.js";
import { type SlackInstallTexts, slackInstallNl } from "../core/i18n/slack-install-nl.js";
import type { RegionSummary } from "../core/regions/region-ports.js";
import { type Html, type HtmlValue, html } from "../web/html.js";
import { STYLESHEET_PATH } from "../web/layout.js";
import { acceptedLocale } from "../web/page-context.js";
import { INSTALL_PATH } from "./slack-config.js";

/** Dutch, unless the browser prefers English. */
export function installLocale(request: IncomingMessage): Locale {
  return acceptedLocale(request.headers["accept-language"]) ?? "nl";
}

export function installTexts(locale: Locale): SlackInstallTexts {
  return locale === "en" ? slackInstallEn : slackInstallNl;
}

export function installPage(locale: Locale, title: string, body: HtmlValue): string {
  const t = installTexts(locale);
  return `<!doctype html>\n${
    html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}"></head>
<body><a class="skip-link" href="#inhoud">${t.skip}</a>
<header class="site-header"><div class="bar"><p class="site-name">Doe-agenda</p></div></header>
<main id="inhoud" tabindex="-1"><h1>${title}</h1>${body}</main>
<footer class="site-footer"><p>${t.footer}</p></footer></body></html>`.value
  }\n`;
}

/** Links to the install path of each region. */
export function regionLinks(regions: RegionSummary[]): Html {
  return html`<ul>${regions.map(
    (region) => html`<li><a href="${`${INSTALL_PATH}?regio=${encodeURIComponent(region.slug)}`}">${region.name}</a> (${region.slug})</li>`,
  )}</ul>`;
}

export function startAgain(locale: Locale): Html {
  return html`<p><a href="${INSTALL_PATH}">${installTexts(locale).startAgain}</a></p>`;
}
