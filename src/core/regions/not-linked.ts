/** What a user in a workspace or tenant of no region is told (nothing was read or stored). */
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { type Message, notice } from "../messages/model.js";
import type { ChatPlatform } from "./region-ports.js";

export function notLinkedMessage(platform: ChatPlatform, tenantId: string, locale: Locale): Message {
  const t = texts(locale).regionRouting;
  return notice("warning", platform === "slack" ? t.unknownWorkspace(tenantId) : t.unknownTenant(tenantId));
}
