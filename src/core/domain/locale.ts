export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a platform locale such as `en-US` or `nl_NL` to a supported locale. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const language = value.toLowerCase().slice(0, 2);
  return isLocale(language) ? language : undefined;
}
