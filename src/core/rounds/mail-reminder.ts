/**
 * A lead's round message as it goes by e-mail: the same content, without buttons (a mail cannot press them), and
 * with the one personal link to the update page, where the same answers are given. The link is signed by the web
 * adapter behind the `UpdateLinks` port; the core only asks for it.
 */
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import type { Block, Message } from "../messages/model.js";

/** A signed link to the update page for one person and one round, and when it stops working. */
export interface UpdateLink {
  url: string;
  expiresAt: Date;
}

/** Signs links to the update page. `signer` loads the key once, so a round signs every lead's link in its transaction. */
export interface UpdateLinks {
  signer(): Promise<(personId: number, roundId: number, locale: Locale) => UpdateLink>;
}

/** The message with its buttons left out and the link to the update page after the list. */
export function mailReminder(message: Message, link: UpdateLink, locale: Locale): Message {
  const m = texts(locale).mail;
  const blocks: Block[] = message.blocks
    .filter((block) => block.type !== "buttons")
    .map((block) => (block.type === "list" ? { ...block, items: block.items.map(({ buttons: _buttons, ...item }) => item) } : block));
  // The chat hint ("press a button") would mislead in a mail: the link takes its place.
  const hintAt = blocks.findLastIndex((block) => block.type === "context");
  if (hintAt >= 0) blocks.splice(hintAt, 1);
  blocks.push({ type: "text", text: m.linkLine(link.url) }, { type: "context", text: m.linkExpires(texts(locale).time.date(link.expiresAt)) });
  return { ...message, blocks };
}

export type LinkSigner = Awaited<ReturnType<UpdateLinks["signer"]>>;

/** A lead's message for where it goes: by e-mail with their link (when links can be signed), else as it is. */
export function forTarget(message: Message, platform: string, sign: LinkSigner | null, personId: number, roundId: number, locale: Locale): Message {
  return platform === "mail" && sign ? mailReminder(message, sign(personId, roundId, locale), locale) : message;
}

/** The signer, only when some message goes by e-mail (no key is loaded otherwise). */
export async function signerFor(links: UpdateLinks | undefined, targets: Iterable<{ platform: string | null }>): Promise<LinkSigner | null> {
  return links && [...targets].some((target) => target.platform === "mail") ? links.signer() : null;
}
