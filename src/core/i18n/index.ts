import type { Locale } from "../domain/locale.js";
import { en } from "./en.js";
import { nl } from "./nl.js";
import type { Texts } from "./texts.js";

const CATALOGS: Record<Locale, Texts> = { nl, en };

export function texts(locale: Locale): Texts {
  return CATALOGS[locale];
}

export type { Texts } from "./texts.js";
