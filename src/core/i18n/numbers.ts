/** Numbers as people read them: `1.000`, `12,5` in Dutch, `1,000`, `12.5` in English. Formatters are built once. */
import type { Locale } from "../domain/locale.js";

const FORMATS: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export function formatNumber(value: number, locale: Locale): string {
  return FORMATS[locale].format(value);
}

/** A value with its unit: `200 zzp'ers`, `75%`. */
export function withUnit(text: string, unit: string | null): string {
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}
