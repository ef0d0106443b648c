/**
 * What happens to a message the outbox gave up: with e-mail on (SMTP_URL), a lead the chat platform refused for good
 * gets it by e-mail instead and nobody else hears of it; otherwise, or when that e-mail fails too, the project
 * leaders are told what could not be delivered (failure-notice.ts). Messages that waited in vain for the region's
 * workspace to install the app are told once a day, not one by one (not-installed-notice.ts).
 */
import type { LeaderPolicy } from "../actor.js";
import type { Locale } from "../domain/locale.js";
import type { Outbox, PeopleDirectory } from "../ports.js";
import type { GiveUpNotice } from "./delivery-worker.js";
import { tellLeadersAboutFailure } from "./failure-notice.js";
import { type MailFallbackDeps, sendByMailInstead } from "./mail-fallback.js";
import { tellLeadersNotInstalled } from "./not-installed-notice.js";

export interface GiveUpDeps extends MailFallbackDeps {
  outbox: Outbox;
  people: Pick<PeopleDirectory, "findByEmail" | "directTargets">;
  leaders: LeaderPolicy;
  locale: Locale;
  /** E-mail is on: the outbox has a `mail` sender. */
  mail: boolean;
  /** Today, for the once-a-day notice about a workspace without the app (default: the system clock). */
  now?: () => Date;
}

/** `mail`: sent by e-mail instead (to `address`); `told`: how many leader notices were queued. */
export type GiveUpOutcome = { handled: "mail"; address: string } | { handled: "told"; told: number };

export async function handleGiveUp(failure: GiveUpNotice, deps: GiveUpDeps): Promise<GiveUpOutcome> {
  if (failure.notInstalled)
    return { handled: "told", told: await tellLeadersNotInstalled(failure, { ...deps, now: deps.now ?? (() => new Date()) }) };
  if (deps.mail) {
    const fallback = await sendByMailInstead(failure, deps);
    if (fallback.queued) return { handled: "mail", address: fallback.address };
    // Queued before (the failure reported twice): the e-mail is on its way, the leaders hear only if it fails.
    if (fallback.why === "already-queued") return { handled: "mail", address: fallback.address };
  }
  return { handled: "told", told: await tellLeadersAboutFailure(failure, deps) };
}
