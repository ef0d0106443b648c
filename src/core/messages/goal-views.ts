/** Goals as people read them: `toon`'s goals with a progress bar, `lijst verlopen`, and the lines other messages share. */

import { amsterdamDate } from "../calendar/dutch-holidays.js";
import type { Locale } from "../domain/locale.js";
import { statusLabel } from "../domain/status.js";
import { goalProgress, progressBar } from "../goals/goal-progress.js";
import type { ActionGoals, DatedItem, GoalView } from "../goals/goal-store.js";
import type { IsoDate } from "../goals/goal-values.js";
import { texts } from "../i18n/index.js";
import { formatNumber, withUnit } from "../i18n/numbers.js";
import { personName } from "./action-views.js";
import { type Block, type ListItem, type Message, message } from "./model.js";

/** A calendar date as the other dates are shown: `31 dec 2026`. */
export function showDate(date: IsoDate, locale: Locale): string {
  // Noon UTC is the same calendar day in Amsterdam.
  return texts(locale).time.date(new Date(`${date}T12:00:00Z`));
}

/** `██████░░░░ 120 / 200 zzp'ers (60%)`: the latest value against the target (0 before the first measurement). */
export function progressText(goal: Pick<GoalView, "target" | "unit" | "latest">, locale: Locale): string {
  const value = goal.latest?.value ?? 0;
  const share = goal.target > 0 ? value / goal.target : 0;
  const target = withUnit(formatNumber(goal.target, locale), goal.unit);
  return texts(locale).goals.progress(progressBar(share), formatNumber(value, locale), target, Math.floor(share * 100));
}

/** `op schema (verwacht 45%)`, `achter op schema (verwacht 70%)`, `verlopen`, `behaald`; empty without a date. */
export function scheduleText(goal: GoalView, now: Date, locale: Locale): string {
  const g = texts(locale).goals;
  const progress = goalProgress(goal, now);
  const label = g.schedule[progress.schedule];
  if ((progress.schedule === "on-schedule" || progress.schedule === "behind") && progress.expected !== null) {
    return `${label} (${g.expected(Math.round(progress.expected * 100))})`;
  }
  return label;
}

function goalItem(goal: GoalView, now: Date, locale: Locale): ListItem {
  const t = texts(locale);
  const g = t.goals;
  const schedule = scheduleText(goal, now, locale);
  const measured = goal.latest
    ? `${g.lastMeasured(t.time.date(goal.latest.at), goal.latest.by ? personName(goal.latest.by) : null)}${goal.latest.note ? `: ${goal.latest.note}` : ""}`
    : g.noMeasurement;
  return {
    title: g.title(goal.number, goal.description, goal.dueDate ? showDate(goal.dueDate, locale) : null),
    detail: [`${progressText(goal, locale)}${schedule ? ` · ${schedule}` : ""}`, measured].join("\n"),
  };
}

/** `toon`'s part about goals: the deadline (if any) and each goal with its progress; nothing when there are neither. */
export function goalBlocks(goals: ActionGoals | null, now: Date, locale: Locale, canChange: boolean): Block[] {
  if (!goals || (goals.goals.length === 0 && !goals.deadline)) return [];
  const g = texts(locale).goals;
  const blocks: Block[] = [];
  if (goals.deadline) {
    const date = showDate(goals.deadline, locale);
    blocks.push({ type: "fields", fields: [{ label: g.deadline, value: amsterdamDate(now) > goals.deadline ? g.deadlinePassed(date) : date }] });
  }
  if (goals.goals.length) {
    blocks.push({ type: "section", text: g.heading(goals.goals.length) });
    blocks.push({ type: "list", items: goals.goals.map((goal) => goalItem(goal, now, locale)) });
    if (canChange) blocks.push({ type: "context", text: g.measureHint(goals.code) });
  }
  return blocks;
}

/** The detail view with its goal blocks after the action's fields. */
export function withGoalBlocks(detail: Message, blocks: Block[]): Message {
  if (blocks.length === 0) return detail;
  const at = detail.blocks.findIndex((block) => block.type === "fields");
  const position = at < 0 ? detail.blocks.length : at + 1;
  return { ...detail, blocks: [...detail.blocks.slice(0, position), ...blocks, ...detail.blocks.slice(position)] };
}

/** One overdue deadline or goal as a list row. */
export function overdueItem(item: DatedItem, locale: Locale): ListItem {
  const g = texts(locale).goals;
  const date = showDate(item.date, locale);
  const detail =
    item.kind === "deadline"
      ? g.overdueDeadline(date, statusLabel(item.status, locale))
      : g.overdueGoal(item.goal.number, item.goal.description, date, progressText(item.goal, locale));
  return { title: `${item.code} ${item.title}`, detail, status: item.status };
}

/** `lijst verlopen`: the actions and goals past their date, oldest date first. */
export function overdueMessage(items: DatedItem[], locale: Locale, description: string[]): Message {
  const t = texts(locale);
  const title = t.goals.overdueTitle(items.length);
  const blocks: Block[] = [{ type: "heading", text: title }];
  if (description.length) blocks.push({ type: "context", text: t.list.filtered(description.join(", ")) });
  blocks.push({ type: "list", items: items.map((item) => overdueItem(item, locale)) }, { type: "context", text: t.goals.overdueHint });
  return message(title, blocks);
}

/** The lead's reminder before a goal's date or an action's deadline: what is due, where it stands, how to answer. */
export function deadlineReminderMessage(item: DatedItem, days: number, now: Date, locale: Locale): Message {
  const t = texts(locale);
  const g = t.goals;
  const date = showDate(item.date, locale);
  const title = g.reminderTitle(item.code);
  const blocks: Block[] = [{ type: "heading", text: title }];
  if (item.kind === "goal") {
    blocks.push(
      { type: "text", text: g.goalReminder(item.code, item.goal.number, item.goal.description, date, days) },
      { type: "context", text: g.reminderProgress(progressText(item.goal, locale), scheduleText(item.goal, now, locale)) },
      { type: "context", text: g.reminderHowGoal(item.code, item.goal.number) },
    );
  } else {
    blocks.push(
      { type: "text", text: g.deadlineReminder(item.code, item.title, date, days, statusLabel(item.status, locale)) },
      { type: "context", text: g.reminderHowDeadline(item.code) },
    );
  }
  blocks.push({ type: "buttons", buttons: [{ intent: "action.update", label: t.buttons.update, value: item.code, style: "primary" }] });
  return message(title, blocks, { visibility: "public" });
}

/** In a lead's round message: each goal of the action where it stands, and the command that reports a new value. */
export function roundGoalLines(goals: ActionGoals | undefined, locale: Locale): string[] {
  const g = texts(locale).goals;
  return (goals?.goals ?? []).map((goal) => g.roundGoal(goals?.code ?? "", goal.number, goal.description, progressText(goal, locale)));
}
