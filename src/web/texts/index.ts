import type { Locale } from "../../core/domain/locale.js";
import { type WebTexts, webEn } from "./en.js";
import { webNl } from "./nl.js";

const CATALOGS: Record<Locale, WebTexts> = { nl: webNl, en: webEn };

export function webTexts(locale: Locale): WebTexts {
  return CATALOGS[locale];
}

export type { WebTexts } from "./en.js";
