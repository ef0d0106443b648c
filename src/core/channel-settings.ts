/** A linked channel's settings beyond its overleg, and the language the bot posts in there on its own. */
import { isLocale, type Locale } from "./domain/locale.js";

/** What a leader may set on a linked channel; each field given is changed, the rest kept. */
export interface ChannelSettings {
  /** A new digest schedule (cron, Europe/Amsterdam) from `at` on: earlier occurrences are not caught up. */
  schedule?: { cron: string; at: Date };
  /** A digest falling on a Dutch public holiday comes at the same time on the next working day. */
  skipHolidays?: boolean;
  locale?: Locale;
}

/**
 * The language of what the bot posts in a channel on its own (digests, notices): the linked channel's, else
 * `fallback`. Replies to a person stay in that person's language.
 */
export function channelLocale(channel: { locale: string } | null | undefined, fallback: Locale): Locale {
  return channel && isLocale(channel.locale) ? channel.locale : fallback;
}
