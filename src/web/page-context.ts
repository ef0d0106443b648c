/**
 * What every page is built with: the language (`?lang=` first, then the session's, then the browser's
 * Accept-Language, then DEFAULT_LOCALE), its texts, the time, who is signed in, and links that keep the language.
 */
import type { AgendaStructure } from "../core/dashboard/dashboard-reader.js";
import { isLocale, type Locale, toLocale } from "../core/domain/locale.js";
import { type Texts, texts } from "../core/i18n/index.js";
import type { DashboardSession } from "./dashboard-access.js";
import { type WebTexts, webTexts } from "./texts/index.js";

/** The query parameter that picks a region on a public dashboard of several regions (`?regio=west-brabant`). */
export const REGION_PARAM = "regio";

export interface PageContext {
  locale: Locale;
  t: WebTexts;
  /** The core's texts (status labels, field names, dates) in the same language. */
  core: Texts;
  now: Date;
  /** The page's own path (without the query). */
  path: string;
  query: URLSearchParams;
  session: DashboardSession | null;
  isPublic: boolean;
  /** The agenda's name, pillars, themes and overleggen (read once per request). */
  structure: AgendaStructure;
  agendaName: string;
  /** The region picked with `?regio=` (public dashboard of several regions), kept in every link; else undefined. */
  region: string | undefined;
  /** A link to a dashboard path that keeps a language chosen with `?lang=` and a region chosen with `?regio=`. */
  href(path: string, params?: Record<string, string>): string;
  /** This page in the other language. */
  switchHref: string;
  otherLocale: Locale;
  /** A public dashboard of several regions: each region with the link that opens it; empty otherwise. */
  regionChoice: RegionChoice[];
}

export interface RegionChoice {
  name: string;
  href: string;
  current: boolean;
}

/** The supported language the browser prefers most, by the q-values of Accept-Language. */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { locale: toLocale(tag.trim()), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.locale !== undefined && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale;
}

export interface ContextInput {
  url: URL;
  acceptLanguage: string | undefined;
  defaultLocale: Locale;
  session: DashboardSession | null;
  isPublic: boolean;
  structure: AgendaStructure;
  now: Date;
  regionChoice?: RegionChoice[];
  /** The slug picked with `?regio=`, to keep in links. */
  region?: string | undefined;
}

export function pageContext(input: ContextInput): PageContext {
  const asked = input.url.searchParams.get("lang");
  const explicit = isLocale(asked) ? asked : undefined;
  const locale = explicit ?? input.session?.locale ?? acceptedLocale(input.acceptLanguage) ?? input.defaultLocale;
  const otherLocale: Locale = locale === "nl" ? "en" : "nl";
  const kept: Record<string, string> = input.region ? { [REGION_PARAM]: input.region } : {};
  const link = (path: string, params: Record<string, string>, lang: Locale | undefined) => {
    const query = new URLSearchParams({ ...kept, ...params });
    if (lang) query.set("lang", lang);
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  // This page's own parameters; a region is kept only when it names one (it is in `kept` then).
  const own = Object.fromEntries([...input.url.searchParams].filter(([key]) => key !== "lang" && key !== REGION_PARAM));
  return {
    locale,
    t: webTexts(locale),
    core: texts(locale),
    now: input.now,
    path: input.url.pathname,
    query: input.url.searchParams,
    session: input.session,
    isPublic: input.isPublic,
    region: input.region,
    structure: input.structure,
    agendaName: input.structure.agenda.name,
    href: (path, params = {}) => link(path, params, explicit),
    switchHref: link(input.url.pathname, own, otherLocale),
    regionChoice: input.regionChoice ?? [],
    otherLocale,
  };
}
