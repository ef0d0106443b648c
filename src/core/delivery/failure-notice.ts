/** After the last try, the project leaders hear what could not be delivered, in chat (through the outbox too). */
import type { LeaderPolicy } from "../actor.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { leaderAddresses } from "../leader-addresses.js";
import { notice } from "../messages/model.js";
import type { Outbox, PeopleDirectory } from "../ports.js";
import { dedupeKeys } from "./dedupe-keys.js";
import type { GiveUpNotice } from "./delivery-worker.js";
import { emailOfTarget } from "./email-target.js";

/** Returns how many leader messages were queued; a failed failure notice is not reported again. */
export async function tellLeadersAboutFailure(
  failure: GiveUpNotice,
  deps: { outbox: Outbox; people: Pick<PeopleDirectory, "findByEmail" | "directTargets">; leaders: LeaderPolicy; locale: Locale },
): Promise<number> {
  if (dedupeKeys.isDeliveryFailure(failure.item.dedupeKey)) return 0;
  let queued = 0;
  for (const { platform, target, locale } of await leaderAddresses(deps.leaders, deps.people, failure.item.platform)) {
    const key = dedupeKeys.deliveryFailed(failure.item.id, { platform, target });
    if (await deps.outbox.enqueue({ dedupeKey: key, platform, target, message: failureMessage(failure, locale ?? deps.locale) })) queued++;
  }
  return queued;
}

/** What could not be delivered, and what to do about it, in the leader's language. */
function failureMessage(failure: GiveUpNotice, locale: Locale) {
  const t = texts(locale).delivery;
  const email = emailOfTarget(failure.item.target);
  const reach = texts(locale).teamsReach;
  if (email && failure.unreachable === "refused") return notice("warning", reach.refused(failure.item.message.summary, email), reach.refusedHint);
  if (email && failure.unreachable === "app-not-in-catalog")
    return notice("warning", reach.notInCatalog(failure.item.message.summary, email), reach.notInCatalogHint);
  const platform = texts(locale).people.platform[failure.item.platform];
  const where = `${failure.item.platform === "mail" ? texts(locale).mail.failedPlatform : failure.item.platform} ${failure.item.target}`;
  return failure.expired
    ? notice("warning", t.expired(failure.item.message.summary, where, platform), t.expiredHint)
    : failure.notInChannel
      ? notice("warning", t.notInChannel(failure.item.message.summary, where), t.notInChannelHint)
      : email
        ? notice("warning", t.notFound(failure.item.message.summary, email, platform), t.notFoundHint)
        : notice(
            "warning",
            t.failed(failure.item.message.summary, where, failure.error),
            failure.item.platform === "mail" ? texts(locale).mail.failedHint : t.failedHint,
          );
}
