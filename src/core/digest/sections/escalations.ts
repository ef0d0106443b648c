/**
 * The digest's escalations: the open ones, oldest first with their age, and once, those answered or closed since
 * the channel's previous digest. A resolved escalation is never listed as open.
 */
import type { Escalation } from "../../domain/escalation.js";
import type { Locale } from "../../domain/locale.js";
import { texts } from "../../i18n/index.js";
import { openEscalationItem, resolvedEscalationItem } from "../../messages/escalation-views.js";
import type { Block } from "../../messages/model.js";

export interface DigestEscalations {
  /** Open, oldest first. */
  open: Escalation[];
  /** Answered or closed since the previous digest, in the order they were resolved. */
  resolved: Escalation[];
}

export function escalationsSection(escalations: DigestEscalations, now: Date, locale: Locale): Block[] {
  const t = texts(locale);
  const blocks: Block[] = [];
  if (escalations.open.length) {
    blocks.push({ type: "section", text: t.digest.escalations(escalations.open.length) });
    blocks.push({ type: "list", items: escalations.open.map((escalation) => openEscalationItem(escalation, now, locale)) });
  } else {
    blocks.push({ type: "context", text: t.digest.noEscalations });
  }
  if (escalations.resolved.length) {
    blocks.push({ type: "section", text: t.escalations.digestResolved(escalations.resolved.length) });
    blocks.push({ type: "list", items: escalations.resolved.map((escalation) => resolvedEscalationItem(escalation, locale)) });
  }
  return blocks;
}
