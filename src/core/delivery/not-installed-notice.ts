/**
 * Messages that waited in vain for the region's workspace to install the app (it removed the app, or revoked the
 * bot's token): the project leaders hear it once a day, however many were given up, and where they can read it:
 * by e-mail when e-mail is on (SMTP_URL), else in a chat on another platform when they have one, else in the
 * failing one (it arrives there once the app is installed again and the notice is still useful).
 */
import type { LeaderPolicy } from "../actor.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import type { LeaderAddress } from "../leader-addresses.js";
import { notice } from "../messages/model.js";
import type { Outbox, PeopleDirectory } from "../ports.js";
import { dedupeKeys } from "./dedupe-keys.js";
import type { GiveUpNotice } from "./delivery-worker.js";

export interface NotInstalledNoticeDeps {
  outbox: Pick<Outbox, "enqueue">;
  people: Pick<PeopleDirectory, "findByEmail" | "directTargets">;
  leaders: LeaderPolicy;
  locale: Locale;
  /** E-mail is on: the leaders are written to at their address. */
  mail: boolean;
  now: () => Date;
}

/** Returns how many leader notices were queued (none when today's were queued before, or for a failure notice). */
export async function tellLeadersNotInstalled(failure: GiveUpNotice, deps: NotInstalledNoticeDeps): Promise<number> {
  const { item } = failure;
  if (dedupeKeys.isDeliveryFailure(item.dedupeKey)) return 0;
  const day = deps.now().toISOString().slice(0, 10);
  let queued = 0;
  for (const { platform, target, locale } of await addresses(failure, deps)) {
    const t = texts(locale ?? deps.locale);
    const message = notice("warning", t.notInstalled.notice(t.people.platform[item.platform], item.message.summary), t.notInstalled.hint);
    if (await deps.outbox.enqueue({ dedupeKey: dedupeKeys.notInstalled(day, { platform, target }), platform, target, message })) queued++;
  }
  return queued;
}

/** Each leader once: their e-mail address with e-mail on; else their chat, on another platform than the failing one if they have one. */
async function addresses(failure: GiveUpNotice, deps: NotInstalledNoticeDeps): Promise<LeaderAddress[]> {
  const found: LeaderAddress[] = [];
  for (const email of deps.leaders.list) {
    const leader = await deps.people.findByEmail(email);
    if (deps.mail) {
      found.push({ platform: "mail", target: email, locale: leader?.locale ?? null });
      continue;
    }
    if (!leader) continue;
    const targets = await deps.people.directTargets(leader.id);
    const chosen = targets.find((target) => target.platform !== failure.item.platform) ?? targets[0];
    if (chosen) found.push({ platform: chosen.platform, target: chosen.target, locale: leader.locale });
  }
  return found;
}
