/**
 * `antwoord` and `sluit`: an open escalation answered or closed by the project leader or by someone in a channel
 * linked to its overleg. The asker and the action's leads get the answer (or the reason) by direct message,
 * queued in the same transaction as the resolution. Any refusal stores nothing.
 */
import type { CommandContext } from "../commands/handler.js";
import { dedupeKeys } from "../delivery/dedupe-keys.js";
import { emailFallback } from "../delivery/email-target.js";
import type { PersonInfo, Platform } from "../domain/agenda.js";
import type { EscalationOutcome } from "../domain/escalation.js";
import { personName } from "../messages/action-views.js";
import { alreadyResolvedMessage, resolutionMessage } from "../messages/escalation-views.js";
import { notice } from "../messages/model.js";
import { type Reply, reply } from "../reply.js";
import type { Delivery } from "../rounds/round-store.js";
import { channelsOf, overleggenOf, writesInChannelOf } from "./escalation-overleggen.js";

export interface ResolveCommand {
  number: number;
  text: string;
}

interface Recipient {
  person: PersonInfo;
  target: { platform: Platform; target: string } | undefined;
}

export async function resolveEscalation(command: ResolveCommand, outcome: EscalationOutcome, context: CommandContext): Promise<Reply> {
  const { actor, locale, deps } = context;
  const t = context.t.escalations;
  const escalation = await deps.escalations.find(command.number);
  if (!escalation) return reply(locale, notice("error", t.unknownNumber(command.number), t.unknownNumberHint));
  if (escalation.state !== "open") return reply(locale, alreadyResolvedMessage(escalation, locale));
  const overleggen = await overleggenOf(escalation, deps.reader);
  if (!actor.isLeader && !(await writesInChannelOf(actor, overleggen, deps.channels))) {
    const linked = (await channelsOf(overleggen, deps.channels)).length > 0;
    return reply(locale, notice("error", t.notMember(escalation.number, overleggen), t.notMemberHint(overleggen, linked)));
  }
  // Who resolved it is kept: someone in the overleg's channel may not have been in the agenda before.
  const resolver = actor.person ?? (actor.email ? await deps.people.ensurePerson(actor.email, actor.displayName) : null);
  const action = await deps.reader.findAction(escalation.code);
  const preferred = actor.conversation?.platform;
  const recipients: Recipient[] = [];
  for (const person of [escalation.raisedBy, ...(action?.leads ?? [])]) {
    if (!person || person.id === resolver?.id || recipients.some((recipient) => recipient.person.id === person.id)) continue;
    const targets = await deps.people.directTargets(person.id);
    const direct = targets.find((target) => target.platform === preferred) ?? targets[0];
    recipients.push({ person, target: direct ?? emailFallback(person.email, deps.reachableByEmail, preferred) });
  }
  const resolved = await deps.escalations.resolve(
    { number: escalation.number, outcome, text: command.text, personId: resolver?.id ?? null, channel: actor.channel, at: deps.clock.now() },
    (done) =>
      recipients.flatMap(({ target }): Delivery[] =>
        target
          ? [
              {
                dedupeKey: dedupeKeys.escalationResolved(done.id, target),
                platform: target.platform,
                target: target.target,
                message: resolutionMessage(done, locale),
              },
            ]
          : [],
      ),
  );
  if (!resolved) {
    // Another answer came first.
    const now = await deps.escalations.find(command.number);
    return reply(locale, now ? alreadyResolvedMessage(now, locale) : notice("error", t.unknownNumber(command.number), t.unknownNumberHint));
  }
  const told = recipients.filter((recipient) => recipient.target).map((recipient) => personName(recipient.person));
  const unreachable = recipients.filter((recipient) => !recipient.target).map((recipient) => personName(recipient.person));
  const lines = [...(told.length ? [t.told(told)] : []), ...(unreachable.length ? [t.unreachable(unreachable)] : [])];
  const done = outcome === "answered" ? t.answered(resolved.number, resolved.code) : t.closed(resolved.number, resolved.code);
  return reply(locale, notice("success", done, ...lines), true);
}
