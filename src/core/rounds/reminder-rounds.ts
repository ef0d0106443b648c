/**
 * Reminder rounds, the project leader's lever: select the actions, message each lead once with all their actions (in
 * chat, or by e-mail with a link), store every answer, nudge the unanswered once, close with a summary.
 * Platform-neutral; messages go through the outbox in the same transaction as the round's own rows.
 */
import type { Actor, LeaderPolicy } from "../actor.js";
import { addWorkingDays } from "../calendar/dutch-holidays.js";
import { dedupeKeys } from "../delivery/dedupe-keys.js";
import type { PersonInfo } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { type DirectAddress, leaderAddresses } from "../leader-addresses.js";
import { personName } from "../messages/action-views.js";
import { type Message, notice } from "../messages/model.js";
import type { AgendaReader, Clock, PeopleDirectory } from "../ports.js";
import { type Reply, reply } from "../reply.js";
import { forTarget, signerFor } from "./mail-reminder.js";
import {
  answeredReminder,
  hasAnswered,
  isAnsweredFor,
  leadNudge,
  leadReminder,
  messagesSomeone,
  planMessage,
  roundFilterText,
  roundOverview,
} from "./round-messages.js";
import { planRound, type RoundPlanDeps } from "./round-plan.js";
import type { RoundSettings } from "./round-settings.js";
import type { Delivery, RoundAnswer, RoundFilter, RoundKind, RoundStore, RoundView } from "./round-store.js";

export { DEFAULT_ROUND_SETTINGS, type RoundSettings } from "./round-settings.js";

/** Also what a round is planned from (round-plan.ts): which platforms reach leads by e-mail, the actions' goals. */
export interface ReminderRoundsOptions extends RoundPlanDeps {
  reader: Pick<AgendaReader, "listActions" | "findAction">;
  people: Pick<PeopleDirectory, "isLeadOf" | "directTargets" | "findByEmail">;
  rounds: RoundStore;
  clock: Clock;
  leaders: LeaderPolicy;
  settings: RoundSettings;
  defaultLocale: Locale;
}

export class ReminderRounds {
  constructor(private readonly options: ReminderRoundsOptions) {}

  get settings(): RoundSettings {
    return this.options.settings;
  }

  /** `herinner [filter]`: what the round would do, with a button to start it. */
  async preview(filter: RoundFilter, filterCommand: string, buttonValue: string, actor: Actor, locale: Locale): Promise<Reply> {
    const r = texts(locale).rounds;
    const open = await this.options.rounds.openRound();
    if (open) return reply(locale, notice("info", r.alreadyOpen(texts(locale).time.date(open.createdAt)), r.alreadyOpenHint));
    const plan = await planRound(this.options, filter, actor.conversation?.platform);
    if (plan.actions.length === 0) return reply(locale, notice("info", r.nothingToDo, r.nothingToDoHint));
    const command = `${locale === "en" ? "remind start" : "herinner start"}${filterCommand ? ` ${filterCommand}` : ""}`;
    return reply(
      locale,
      planMessage(plan, roundFilterText(filter, locale), this.timeline(), locale, { startButton: { value: buttonValue, command } }),
    );
  }

  /** Starts a round: one message per lead through the outbox, stored with the round in one transaction. */
  async start(filter: RoundFilter, actor: Actor | null, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const r = t.rounds;
    const { rounds } = this.options;
    const open = await rounds.openRound();
    if (open) {
      // A scheduled round that cannot start is not skipped silently: the leaders hear why.
      if (!actor) {
        const skipped = notice("warning", r.scheduledSkipped(t.time.date(open.createdAt)), r.scheduledSkippedHint);
        const day = this.options.clock.now().toISOString().slice(0, 10);
        await rounds.enqueue(
          (await this.leaderTargets()).map((to) => ({
            dedupeKey: dedupeKeys.roundScheduledSkipped(open.id, day, to),
            ...to,
            message: skipped,
          })),
        );
      }
      return reply(locale, notice("info", r.alreadyOpen(t.time.date(open.createdAt)), r.alreadyOpenHint));
    }
    const plan = await planRound(this.options, filter, actor?.conversation?.platform);
    if (plan.actions.length === 0) return reply(locale, notice("info", r.nothingToDo, r.nothingToDoHint));
    const unreachable = plan.recipients.length > 0;
    if (!messagesSomeone(plan)) {
      // A scheduled round that would message nobody is not skipped silently either: the leaders hear what to do.
      if (!actor) {
        const skipped = notice("warning", r.scheduledNobody, r.nobodyToMessageHint(unreachable));
        const day = this.options.clock.now().toISOString().slice(0, 10);
        await rounds.enqueue(
          (await this.leaderTargets()).map((to) => ({ dedupeKey: dedupeKeys.roundScheduledNobody(day, to), ...to, message: skipped })),
        );
      }
      return reply(locale, notice("warning", r.nobodyToMessage, r.nobodyToMessageHint(unreachable)));
    }
    const { followUpAt, closesAt } = this.timeline();
    const startedBy = actor?.person ?? null;
    const actionsByCode = new Map(plan.actions.map((action) => [action.code, action]));
    // Without a leader asking (a scheduled round), the leaders hear in chat what started and what has no lead.
    const leaderTargets = actor ? [] : await this.leaderTargets();
    const overview = planMessage(plan, roundFilterText(filter, locale), { followUpAt, closesAt }, locale, { startedAutomatically: actor === null });
    const sign = await signerFor(this.options.updateLinks, plan.targets.values());
    const roundId = await rounds.startRound(
      {
        startedAt: this.options.clock.now(),
        startedById: startedBy?.id ?? null,
        automatic: actor === null,
        locale,
        filter,
        codes: plan.actions.map((action) => action.code),
        recipients: plan.recipients.map((recipient) => {
          const target = plan.targets.get(recipient.person.id);
          return { personId: recipient.person.id, codes: recipient.codes, platform: target?.platform ?? null, target: target?.target ?? null };
        }),
        followUpAt,
        closesAt,
      },
      (id) => [
        ...plan.recipients.flatMap((recipient) => {
          const target = plan.targets.get(recipient.person.id);
          if (!target) return [];
          const actions = recipient.codes.flatMap((code) => actionsByCode.get(code) ?? []);
          // After the follow-up date the nudge takes its place. In the lead's own language, not the leader's.
          const language = recipient.person.locale ?? locale;
          const reminder = leadReminder(actions, startedBy, closesAt, language, filter.kind, plan.goals);
          const message = forTarget(reminder, target.platform, sign, recipient.person.id, id, language);
          return [{ dedupeKey: dedupeKeys.roundReminder(id, recipient.person.id), ...target, message, usefulUntil: followUpAt }];
        }),
        ...leaderTargets.map((target) => ({
          dedupeKey: dedupeKeys.roundStarted(id, target),
          ...target,
          message: overview,
          usefulUntil: closesAt,
        })),
      ],
    );
    if (roundId === null) return reply(locale, notice("info", r.alreadyOpen(t.time.date(this.options.clock.now())), r.alreadyOpenHint));
    const reachable = plan.recipients.filter((recipient) => recipient.reachable).length;
    return {
      locale,
      message: {
        ...overview,
        summary: r.started(reachable, plan.actions.length),
        blocks: [
          { type: "text", text: r.started(reachable, plan.actions.length) },
          ...overview.blocks.slice(1),
          { type: "context", text: r.startedHint },
        ],
        tone: "success",
      },
      changed: true,
    };
  }

  /** `ronde`: the open round's answers, or the last round's when none is open. */
  async status(locale: Locale): Promise<Reply> {
    const r = texts(locale).rounds;
    const round = (await this.options.rounds.openRound()) ?? (await this.options.rounds.latestRound());
    if (!round) return reply(locale, notice("info", r.none, r.noneHint));
    return reply(locale, roundOverview(round, locale, "status"));
  }

  /** `ronde sluit`: closes the open round now; the summary goes to the leader through the outbox. */
  async closeNow(actor: Actor, locale: Locale): Promise<Reply> {
    const r = texts(locale).rounds;
    const round = await this.options.rounds.openRound();
    if (!round) return reply(locale, notice("info", r.noOpenRound, r.noneHint));
    const closed = await this.close(round, actor.person);
    if (!closed) return reply(locale, notice("info", r.noOpenRound));
    return { locale, message: { ...roundOverview({ ...round, status: "closed" }, locale, "summary"), visibility: "private" }, changed: true };
  }

  /** Any change or confirmation of the action's `topic` (default: status) answers it in an open round of that kind: the reply's line, or null. */
  async recordAnswer(code: string, person: PersonInfo | null, answer: RoundAnswer, locale: Locale, topic?: RoundKind): Promise<string | null> {
    const r = texts(locale).rounds;
    const roundId = await this.options.rounds.recordAnswer(code, person?.id ?? null, answer, this.options.clock.now(), topic ?? "status");
    if (roundId === null) return null;
    if (!person) return r.recorded(code);
    const round = await this.options.rounds.openRound();
    const mine = round?.recipients.find((recipient) => recipient.person.id === person.id);
    if (round && mine && hasAnswered(person.id, mine.codes, new Map(round.items.map((item) => [item.code, item])))) return r.allAnswered;
    return r.recorded(code);
  }

  /** Whether this lead's reminder in the open round holds this action, whether they answered it, and what it asks; null when not. */
  async answerState(code: string, person: PersonInfo): Promise<{ answered: boolean; kind: RoundKind } | null> {
    const round = await this.options.rounds.openRound();
    const mine = round?.recipients.find((recipient) => recipient.person.id === person.id);
    if (!round || !mine?.codes.includes(code)) return null;
    return {
      answered: isAnsweredFor(
        round.items.find((item) => item.code === code),
        person.id,
      ),
      kind: round.filter.kind ?? "status",
    };
  }

  /** The lead's reminder in the open round as it stands, under `above`; null when they have none. */
  async reminderFor(person: PersonInfo, above: Message, locale: Locale): Promise<Message | null> {
    const round = await this.options.rounds.openRound();
    const mine = round?.recipients.find((recipient) => recipient.person.id === person.id);
    if (!round || !mine) return null;
    return answeredReminder(round, person.id, mine.codes, above, locale);
  }

  /** *Niet mijn actie*: stored as the answer, and the project leader hears it in chat. */
  async notMine(code: string, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const r = t.rounds;
    if (!actor.person) return reply(locale, notice("error", t.errors.unknownUser, t.errors.unknownUserHint));
    const action = await this.options.reader.findAction(code);
    if (!action) return reply(locale, notice("error", t.errors.unknownAction(code, []), t.errors.unknownActionHint));
    // Only a lead of the action can say it is not theirs (a tampered button from anyone else changes nothing).
    if (!(await this.options.people.isLeadOf(actor.person.id, action.code))) {
      return reply(locale, notice("error", t.errors.notYourAction(action.code), t.errors.notYourActionHint(action.code)));
    }
    const roundId = await this.options.rounds.recordAnswer(action.code, actor.person.id, "not-mine", this.options.clock.now());
    const leaderLocale = this.options.defaultLocale;
    const lt = texts(leaderLocale).rounds;
    const warning = notice("warning", lt.notMineNotice(personName(actor.person), action.code, action.title), lt.notMineNoticeHint(action.code));
    const period = roundId === null ? this.options.clock.now().toISOString().slice(0, 10) : `round-${roundId}`;
    await this.options.rounds.enqueue(
      (await this.leaderTargets()).map((target) => ({
        dedupeKey: dedupeKeys.notMine(period, action.code, actor.person?.id, target),
        ...target,
        message: warning,
      })),
    );
    return reply(locale, notice("success", r.notMineRecorded(action.code), r.notMineRecordedHint), true);
  }

  /** For a digest: how many of the open round's leads with actions in these themes have answered them all. */
  async responseRate(themes: number[], codes?: string[]): Promise<{ answered: number; total: number } | undefined> {
    return (await this.options.rounds.responseRate(themes, codes)) ?? undefined;
  }
  /** The scheduled part: the one follow-up when it is due, and closing with the summary. */
  async runDue(): Promise<{ nudged: number; closed: boolean }> {
    const round = await this.options.rounds.openRound();
    if (!round) return { nudged: 0, closed: false };
    const now = this.options.clock.now();
    if (round.closesAt && now >= round.closesAt) return { nudged: 0, closed: await this.close(round, null) };
    if (round.followUpAt && !round.followedUpAt && now >= round.followUpAt) return { nudged: await this.followUp(round, now), closed: false };
    return { nudged: 0, closed: false };
  }

  private async followUp(round: RoundView, now: Date): Promise<number> {
    const items = new Map(round.items.map((item) => [item.code, item]));
    const deliveries: Delivery[] = [];
    const nudged: number[] = [];
    const sign = await signerFor(this.options.updateLinks, round.recipients);
    for (const recipient of round.recipients) {
      if (!recipient.platform || !recipient.target || hasAnswered(recipient.person.id, recipient.codes, items)) continue;
      const open = recipient.codes.flatMap((code) => {
        const item = items.get(code);
        return item && !isAnsweredFor(item, recipient.person.id) ? [item] : [];
      });
      nudged.push(recipient.person.id);
      const language = recipient.person.locale ?? round.locale;
      const nudge = leadNudge(open, round.closesAt ?? now, language, round.filter.kind);
      deliveries.push({
        dedupeKey: dedupeKeys.roundNudge(round.id, recipient.person.id),
        platform: recipient.platform,
        target: recipient.target,
        message: forTarget(nudge, recipient.platform, sign, recipient.person.id, round.id, language),
        ...(round.closesAt ? { usefulUntil: round.closesAt } : {}),
      });
    }
    return (await this.options.rounds.markFollowedUp(round.id, now, nudged, deliveries)) ? nudged.length : 0;
  }

  /** Closes the round: on schedule, the summary goes to the leader who started it, else every leader; by `ronde sluit`, it is the reply. */
  private async close(round: RoundView, closedBy: PersonInfo | null): Promise<boolean> {
    const summary = roundOverview({ ...round, status: "closed" }, round.locale, "summary");
    const targets = !closedBy && round.startedBy ? await this.options.people.directTargets(round.startedBy.id) : [];
    const recipients = closedBy ? [] : targets.length ? targets.slice(0, 1) : await this.leaderTargets();
    return this.options.rounds.closeRound(
      round.id,
      this.options.clock.now(),
      recipients.map((target) => ({ dedupeKey: dedupeKeys.roundSummary(round.id, target), ...target, message: summary })),
    );
  }

  /** One chat address per configured project leader. */
  private leaderTargets(): Promise<DirectAddress[]> {
    return leaderAddresses(this.options.leaders, this.options.people);
  }

  private timeline(): { followUpAt: Date; closesAt: Date } {
    const { followUpDays, closeDays } = this.options.settings;
    const followUpAt = addWorkingDays(this.options.clock.now(), followUpDays);
    return { followUpAt, closesAt: addWorkingDays(followUpAt, closeDays) };
  }
}
