/**
 * E-mail as the fallback of a chat platform that finds leads by address: where Teams (through Microsoft Graph)
 * refuses an `email:` target for good (nobody with that address in the tenant, no consent, the app not in the
 * catalog), the same message is queued once by e-mail to that address instead (with SMTP_URL). A lead's round
 * message then goes as round mails go: without buttons, with their signed link to the update page, in their
 * language. Only the outbox key of the refused message decides, so one message never reaches a lead twice.
 */
import type { Locale } from "../domain/locale.js";
import type { Message } from "../messages/model.js";
import type { Outbox } from "../ports.js";
import { mailReminder, type UpdateLinks } from "../rounds/mail-reminder.js";
import type { RoundStore } from "../rounds/round-store.js";
import { isPermanent } from "./chat-reach.js";
import { dedupeKeys } from "./dedupe-keys.js";
import type { GiveUpNotice } from "./delivery-worker.js";
import { emailOfTarget } from "./email-target.js";

export interface MailFallbackDeps {
  outbox: Pick<Outbox, "enqueue">;
  /**
   * The open round: a lead's reminder by e-mail needs its language and a link that the update page accepts, and the
   * lead's channel in the round becomes e-mail (the follow-up then goes there without asking Graph again).
   */
  rounds: Pick<RoundStore, "openRound" | "deliverInstead">;
  /** Signs the update page's link (the web adapter behind the port). */
  updateLinks?: UpdateLinks;
}

/**
 * Why a given-up message was not sent by e-mail instead: `not-refused` (not an `email:` target refused for good, e.g.
 * an outage that outlived the message, or a mail itself), `round-closed` (a lead's round message whose round is no
 * longer open: its link could not be used), `already-queued` (its e-mail was queued before).
 */
export type MailFallbackResult =
  | { queued: true; address: string }
  | { queued: false; why: "already-queued"; address: string }
  | { queued: false; why: "not-refused" | "round-closed" };

/** Whether this failure is one that e-mail can take over: an `email:` chat target the platform refused for good. */
export function refusedEmailTarget(failure: GiveUpNotice): string | null {
  const { item, unreachable, expired } = failure;
  if (item.platform === "mail" || expired || !unreachable || !isPermanent(unreachable)) return null;
  if (dedupeKeys.isDeliveryFailure(item.dedupeKey)) return null;
  return emailOfTarget(item.target);
}

/** Queues the refused message by e-mail, once per outbox message. */
export async function sendByMailInstead(failure: GiveUpNotice, deps: MailFallbackDeps): Promise<MailFallbackResult> {
  const address = refusedEmailTarget(failure);
  if (!address) return { queued: false, why: "not-refused" };
  const { item } = failure;
  const lead = dedupeKeys.roundLeadOf(item.dedupeKey);
  const message = lead ? await roundMail(lead, item.message, deps) : item.message;
  if (!message) return { queued: false, why: "round-closed" };
  const delivery = {
    dedupeKey: dedupeKeys.byMail(item.dedupeKey),
    platform: "mail" as const,
    target: address,
    message,
    ...(item.usefulUntil ? { usefulUntil: item.usefulUntil } : {}),
  };
  const queued = lead ? await deps.rounds.deliverInstead(lead.roundId, lead.personId, delivery) : await deps.outbox.enqueue(delivery);
  return queued ? { queued: true, address } : { queued: false, why: "already-queued", address };
}

/**
 * A lead's round reminder or nudge as it goes by e-mail: with their update link, in the language of the chat message
 * (null when its round is no longer open). Anything else (a deadline reminder, an escalation's answer) goes as it is.
 */
async function roundMail(lead: { roundId: number; personId: number }, message: Message, deps: MailFallbackDeps): Promise<Message | null> {
  const round = await deps.rounds.openRound();
  const recipient = round?.id === lead.roundId ? round.recipients.find((r) => r.person.id === lead.personId) : undefined;
  if (!round || !recipient) return null;
  if (!deps.updateLinks) return message;
  // The language the chat message was written in: the lead's own, else the round's.
  const locale: Locale = recipient.person.locale ?? round.locale;
  const sign = await deps.updateLinks.signer();
  return mailReminder(message, sign(lead.personId, lead.roundId, locale), locale);
}
