/** The messages of a reminder round, built once and rendered per platform: the lead's reminder, the leader's views. */
import type { ActionSummary, PersonInfo, Platform } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import type { ActionGoals } from "../goals/goal-store.js";
import { texts } from "../i18n/index.js";
import { actionButtons, personName } from "../messages/action-views.js";
import { roundGoalLines } from "../messages/goal-views.js";
import type { Block, ListItem, Message } from "../messages/model.js";
import { message } from "../messages/model.js";
import { roundSubject, roundTexts } from "./round-kind.js";
import type { RoundAnswer, RoundFilter, RoundItemView, RoundKind, RoundView } from "./round-store.js";

/** A person with the actions of theirs in the round, and whether the bot can reach them. */
export interface PlannedRecipient {
  person: PersonInfo;
  codes: string[];
  reachable: boolean;
  /** The channel the message takes (absent: unreachable). */
  via?: Platform;
  /** Slack finds the person by e-mail address when sending (they never used the bot); Teams installs itself for them through Graph. */
  lookup?: boolean;
  /** Where that look-up is refused, the message goes by e-mail instead (SMTP_URL). */
  mailFallback?: boolean;
}

/** What `herinner` would do: the actions, who gets a message, and what has no lead. */
export interface RoundPlan {
  actions: ActionSummary[];
  recipients: PlannedRecipient[];
  withoutLead: ActionSummary[];
  /** What the round asks about; absent: the status. */
  kind?: RoundKind;
}

type ReminderAction = Pick<ActionSummary, "code" | "title" | "status" | "funding">;

/** An action in a lead's message, with *bijwerken*, *ongewijzigd* and *niet mijn actie*; once answered, the answer and no buttons. */
function reminderItem(action: ReminderAction, locale: Locale, answer?: RoundAnswer, kind?: RoundKind, goals?: ActionGoals): ListItem {
  const t = texts(locale);
  const title = `${action.code} ${action.title}`;
  const subject = roundSubject(action, locale, kind);
  if (answer) return { title, detail: t.rounds.answeredItem(subject, t.rounds.answer[answer]), status: action.status };
  return {
    title,
    detail: [subject, ...roundGoalLines(goals, locale)].join("\n"),
    status: action.status,
    buttons: [...actionButtons(action.code, locale, { view: "ronde" }), { intent: "action.not-mine", label: t.buttons.notMine, value: action.code }],
  };
}

/** The one direct message a lead gets when a round starts: all their actions in the round, with how to report goal values. */
export function leadReminder(
  actions: ReminderAction[],
  startedBy: PersonInfo | null,
  closesAt: Date,
  locale: Locale,
  kind?: RoundKind,
  goals?: ReadonlyMap<string, ActionGoals>,
): Message {
  const t = texts(locale);
  const r = roundTexts(locale, kind);
  return message(
    r.reminderTitle,
    [
      { type: "heading", text: r.reminderTitle },
      { type: "text", text: r.reminderIntro(startedBy ? personName(startedBy) : null, actions.length, t.time.date(closesAt)) },
      { type: "list", items: actions.map((action) => reminderItem(action, locale, undefined, kind, goals?.get(action.code))) },
      { type: "context", text: r.reminderHint },
    ],
    { visibility: "public" },
  );
}

/**
 * A lead's reminder rebuilt after an answer on it: `above` (the confirmation) first, then every action of theirs
 * in the round, the answered ones with their answer and without buttons.
 */
export function answeredReminder(round: RoundView, personId: number, codes: string[], above: Message, locale: Locale): Message {
  const r = roundTexts(locale, round.filter.kind);
  const items = new Map(round.items.map((item) => [item.code, item]));
  const list = codes.flatMap((code) => {
    const item = items.get(code);
    if (!item) return [];
    return [reminderItem(item, locale, isAnsweredFor(item, personId) ? (item.answer ?? undefined) : undefined, round.filter.kind)];
  });
  const open = list.some((item) => item.buttons);
  return message(
    above.summary,
    [
      ...above.blocks,
      { type: "divider" },
      { type: "heading", text: r.reminderTitle },
      { type: "list", items: list },
      ...(open ? [{ type: "context" as const, text: r.reminderHint }] : []),
    ],
    { tone: above.tone, visibility: "public" },
  );
}

/** The follow-up: only the actions still without an answer. */
export function leadNudge(actions: ReminderAction[], closesAt: Date, locale: Locale, kind?: RoundKind): Message {
  const t = texts(locale);
  const r = roundTexts(locale, kind);
  return message(
    r.nudgeTitle,
    [
      { type: "heading", text: r.nudgeTitle },
      { type: "text", text: r.nudgeIntro(actions.length, t.time.date(closesAt)) },
      { type: "list", items: actions.map((action) => reminderItem(action, locale, undefined, kind)) },
      { type: "context", text: r.reminderHint },
    ],
    { visibility: "public" },
  );
}

/** A heading, its list and an optional hint; nothing when the list is empty. */
function section(heading: (count: number) => string, items: ListItem[], hint?: string): Block[] {
  if (items.length === 0) return [];
  return [{ type: "section", text: heading(items.length) }, { type: "list", items }, ...(hint ? [{ type: "context" as const, text: hint }] : [])];
}

function codesLine(actions: ActionSummary[]): ListItem[] {
  return actions.map((action) => ({ title: `${action.code} ${action.title}`, detail: action.trekkers.join(", "), status: action.status }));
}

/** The leader's preview of `herinner`, and (for automatic rounds) the notice that one started. */
export function planMessage(
  plan: RoundPlan,
  filterText: string,
  timeline: { followUpAt: Date; closesAt: Date },
  locale: Locale,
  options: { startButton?: { value: string; command: string }; startedAutomatically?: boolean } = {},
): Message {
  const t = texts(locale);
  const r = roundTexts(locale, plan.kind);
  const title = options.startedAutomatically
    ? r.automaticStarted(plan.recipients.filter((recipient) => recipient.reachable).length, plan.actions.length)
    : r.previewTitle(plan.actions.length, plan.recipients.length);
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "context", text: filterText },
  ];
  const reachable = plan.recipients.filter((recipient) => recipient.reachable);
  const unreachable = plan.recipients.filter((recipient) => !recipient.reachable);
  blocks.push(
    ...section(
      () => r.leadsHeading,
      reachable.map((recipient) => ({
        title: personName(recipient.person),
        detail: `${recipient.codes.join(", ")} · ${channelOf(recipient, locale)}`,
      })),
    ),
    ...section(
      r.unreachableHeading,
      unreachable.map((recipient) => ({
        title: `${personName(recipient.person)} (${recipient.person.email})`,
        detail: `${recipient.codes.join(", ")} · ${texts(locale).mail.unreachableWhy}`,
      })),
      r.unreachableHint,
    ),
    ...section(r.withoutLeadHeading, codesLine(plan.withoutLead), r.withoutLeadHint(plan.withoutLead.map((action) => action.code))),
  );
  // A round that would message nobody cannot start: the preview says what to do instead of offering the button.
  if (!messagesSomeone(plan)) {
    blocks.push({ type: "text", text: r.nobodyToMessage }, { type: "context", text: r.nobodyToMessageHint(unreachable.length > 0) });
    return message(title, blocks);
  }
  blocks.push({ type: "context", text: r.timeline(t.time.date(timeline.followUpAt), t.time.date(timeline.closesAt)) });
  if (options.startButton) {
    blocks.push({ type: "buttons", buttons: [{ intent: "round.start", label: r.startButton, value: options.startButton.value, style: "primary" }] });
    blocks.push({ type: "context", text: r.startHint(options.startButton.command) });
  }
  return message(title, blocks);
}

/** How a lead's message travels, for the preview: Slack, Teams, e-mail, Slack found by address, or Teams through Graph (else e-mail). */
function channelOf(recipient: PlannedRecipient, locale: Locale): string {
  const m = texts(locale).mail;
  if (recipient.lookup && recipient.via === "teams") return recipient.mailFallback ? m.viaGraphOrMail : m.viaGraph;
  if (recipient.lookup) return m.viaLookup;
  return recipient.via ? m.via[recipient.via] : m.unreachableWhy;
}

/** Whether a round with this plan would send anyone a message (a round that messages nobody does not start). */
export function messagesSomeone(plan: RoundPlan): boolean {
  return plan.recipients.some((recipient) => recipient.reachable);
}

/**
 * The response rate: of the round's leads, how many answered every one of their actions in it (the digest counts
 * the same way, over the leads with actions in its overleg's themes).
 */
export function roundProgress(round: RoundView): { answered: number; total: number } {
  const items = new Map(round.items.map((item) => [item.code, item]));
  const answered = round.recipients.filter((recipient) => hasAnswered(recipient.person.id, recipient.codes, items)).length;
  return { answered, total: round.recipients.length };
}

/**
 * Whether this action is answered for this lead: updated or confirmed (by any of its leads), or "not mine" said by
 * the lead themself. One lead's "not mine" leaves the action open for its other leads.
 */
export function isAnsweredFor(item: RoundItemView | undefined, personId: number): boolean {
  if (!item?.answer) return false;
  return item.answer !== "not-mine" || item.answeredBy?.id === personId;
}

/** A lead has answered when every action in their message is answered for them. */
export function hasAnswered(personId: number, codes: string[], items: Map<string, RoundItemView>): boolean {
  return codes.every((code) => isAnsweredFor(items.get(code), personId));
}

/** `ronde` (status of the open round) and the summary the leader gets when it closes. */
export function roundOverview(round: RoundView, locale: Locale, mode: "status" | "summary"): Message {
  const t = texts(locale);
  const r = roundTexts(locale, round.filter.kind);
  const items = new Map(round.items.map((item) => [item.code, item]));
  const progress = roundProgress(round);
  const rate = r.responseRate(progress.answered, progress.total);
  const started = t.time.date(round.createdAt);
  const title = mode === "summary" ? r.summaryTitle(rate) : round.status === "open" ? r.statusTitle(started, rate) : r.closedTitle(started, rate);
  const blocks: Block[] = [{ type: "heading", text: title }];
  if (round.status === "open" && round.closesAt) {
    blocks.push({
      type: "context",
      text: r.statusTimeline(round.followUpAt ? t.time.date(round.followUpAt) : null, t.time.date(round.closesAt), round.followedUpAt !== null),
    });
  }
  const count = (answer: RoundAnswer) => round.items.filter((item) => item.answer === answer).length;
  const unansweredItems = round.items.filter((item) => item.answer === null).length;
  blocks.push({ type: "text", text: r.counts(count("updated"), count("unchanged"), count("not-mine"), unansweredItems) });

  const unanswered = round.recipients.filter((recipient) => !hasAnswered(recipient.person.id, recipient.codes, items));
  const done = round.recipients.filter((recipient) => hasAnswered(recipient.person.id, recipient.codes, items));
  const covered = new Set(round.recipients.flatMap((recipient) => recipient.codes));
  const notMine = round.items.filter((item) => item.answer === "not-mine");
  const withoutLead = round.items.filter((item) => !covered.has(item.code));
  blocks.push(
    ...section(
      r.unansweredHeading,
      unanswered.map((recipient) => ({
        title: personName(recipient.person),
        detail: [
          recipient.codes.filter((code) => !isAnsweredFor(items.get(code), recipient.person.id)).join(", "),
          ...(recipient.target === null ? [r.unreachable] : []),
        ].join(" · "),
      })),
    ),
    ...section(
      r.answeredHeading,
      done.map((recipient) => ({
        title: personName(recipient.person),
        detail: recipient.codes.map((code) => `${code} ${r.answer[items.get(code)?.answer ?? "unchanged"]}`).join(", "),
      })),
    ),
    ...section(
      r.notMineHeading,
      notMine.map((item) => ({ title: r.notMineLine(item.code, item.answeredBy ? personName(item.answeredBy) : "?"), detail: item.title })),
      r.notMineHint(notMine.map((item) => item.code)),
    ),
    ...section(
      r.withoutLeadHeading,
      withoutLead.map((item) => ({
        title: `${item.code} ${item.title}`,
        detail: item.answer ? r.answer[item.answer] : roundSubject(item, locale, round.filter.kind),
        status: item.status,
      })),
      r.withoutLeadHint(withoutLead.map((item) => item.code)),
    ),
  );
  if (mode === "status" && round.status === "open") blocks.push({ type: "context", text: r.closeHint });
  return message(title, blocks);
}

/** The round's selection in words: the default one, or the leader's filter. */
export function roundFilterText(filter: RoundFilter, locale: Locale): string {
  const r = texts(locale).rounds;
  if (filter.staleWeeks !== undefined) return r.defaultFilter(filter.staleWeeks);
  return r.filter(filter.description ?? "");
}
