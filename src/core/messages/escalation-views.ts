/** Escalations as messages: the post in an overleg's channel, replies, the list, the answer, and their part of `toon`. */
import type { Escalation } from "../domain/escalation.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import { personName } from "./action-views.js";
import { type Block, type ListItem, type Message, message, notice } from "./model.js";

const who = (escalation: Pick<Escalation, "raisedBy">) => (escalation.raisedBy ? personName(escalation.raisedBy) : null);

/** The overleg an escalation was put to, or the overleggen of its action's theme. */
export function overlegLabel(escalation: Pick<Escalation, "overlegCode" | "themeNumber">, locale: Locale): string {
  return escalation.overlegCode ?? texts(locale).escalations.themeOverleggen(escalation.themeNumber);
}

/** `#12 · 1.3 Loopbaanadvies …` */
export function escalationTitle(escalation: Pick<Escalation, "number" | "code" | "title">): string {
  return `#${escalation.number} · ${escalation.code} ${escalation.title}`;
}

/** What an overleg's channel hears when an escalation is raised, in the channel's language. */
export function escalationPost(escalation: Escalation, overleggen: readonly string[], locale: Locale): Message {
  const t = texts(locale).escalations;
  const title = t.postTitle(escalation.number, escalation.code, escalation.title);
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "text", text: escalation.question },
    { type: "context", text: t.postBy(who(escalation), overleggen.length ? overleggen.join(", ") : overlegLabel(escalation, locale)) },
    { type: "context", text: t.postHint(escalation.number) },
  ];
  return message(title, blocks, { visibility: "public", tone: "warning" });
}

/** The asker's confirmation: the number, the overleg, and where it was posted. */
export function raisedReply(escalation: Escalation, overleggen: readonly string[], channels: number, locale: Locale): Message {
  const t = texts(locale).escalations;
  return notice(
    "success",
    t.raised(escalation.number, escalation.code, escalation.overlegCode),
    t.postedIn(channels, [...overleggen]),
    t.howToResolve(escalation.number),
  );
}

/** An open escalation in a list: its question, age and asker. */
export function openEscalationItem(escalation: Escalation, now: Date, locale: Locale): ListItem {
  const t = texts(locale);
  return {
    title: escalationTitle(escalation),
    detail: `${escalation.question}\n${t.escalations.raisedAgo(t.time.ago(escalation.raisedAt, now), who(escalation), overlegLabel(escalation, locale))}`,
  };
}

/** A resolved escalation in a list: its question, the answer or reason, who and when. */
export function resolvedEscalationItem(escalation: Escalation, locale: Locale): ListItem {
  return { title: escalationTitle(escalation), detail: resolvedDetail(escalation, locale) };
}

function resolvedDetail(escalation: Escalation, locale: Locale): string {
  const t = texts(locale);
  const outcome = escalation.state === "answered" ? "answered" : "closed";
  const label = outcome === "answered" ? t.escalations.answer : t.escalations.reason;
  const by = escalation.resolvedBy ? personName(escalation.resolvedBy) : null;
  const when = t.escalations.resolvedOn(outcome, escalation.resolvedAt ? t.time.date(escalation.resolvedAt) : "–", by);
  return `${escalation.question}\n${label}: ${escalation.resolution ?? ""}\n${when}`;
}

/** `escalaties [overleg]`: the open ones, oldest first. */
export function escalationListMessage(open: Escalation[], overleg: string | null, now: Date, locale: Locale): Message {
  const t = texts(locale).escalations;
  if (open.length === 0) return notice("info", t.none(overleg), t.noneHint);
  const title = t.listTitle(open.length, overleg);
  return message(title, [
    { type: "heading", text: title },
    { type: "list", items: open.map((escalation) => openEscalationItem(escalation, now, locale)) },
    { type: "context", text: t.listHint },
  ]);
}

/** What the asker and the leads get when an escalation is answered or closed. */
export function resolutionMessage(escalation: Escalation, locale: Locale): Message {
  const t = texts(locale);
  const e = t.escalations;
  const answered = escalation.state === "answered";
  const title = (answered ? e.answerTitle : e.closedTitle)(escalation.number, escalation.code, escalation.title);
  const by = escalation.resolvedBy ? personName(escalation.resolvedBy) : null;
  return message(
    title,
    [
      { type: "heading", text: title },
      {
        type: "fields",
        fields: [
          { label: e.question, value: escalation.question },
          { label: answered ? e.answer : e.reason, value: escalation.resolution ?? "" },
        ],
      },
      { type: "context", text: e.resolvedOn(answered ? "answered" : "closed", t.time.date(escalation.resolvedAt ?? new Date(0)), by) },
    ],
    { tone: answered ? "success" : "info" },
  );
}

/** An answer or closure refused because the escalation is no longer open. */
export function alreadyResolvedMessage(escalation: Escalation, locale: Locale): Message {
  const t = texts(locale);
  const by = escalation.resolvedBy ? personName(escalation.resolvedBy) : null;
  const date = escalation.resolvedAt ? t.time.date(escalation.resolvedAt) : "–";
  return notice(
    "error",
    t.escalations.alreadyResolved(escalation.number, escalation.state === "answered" ? "answered" : "closed", date, by),
    t.escalations.alreadyResolvedHint(escalation.code),
  );
}

/** The escalations part of `toon`: the open ones, then the latest answered or closed. */
export function actionEscalationBlocks(escalations: readonly Escalation[], now: Date, locale: Locale): Block[] {
  const t = texts(locale);
  const open = escalations.filter((escalation) => escalation.state === "open");
  const resolved = escalations.filter((escalation) => escalation.state !== "open");
  const blocks: Block[] = [];
  if (open.length) {
    blocks.push({ type: "section", text: t.escalations.openHeading });
    blocks.push({
      type: "list",
      items: open.map((escalation) => {
        const asker = who(escalation);
        const when = `${t.time.date(escalation.raisedAt)} (${t.time.ago(escalation.raisedAt, now)})`;
        return {
          title: `#${escalation.number} · ${when}${asker ? ` · ${asker}` : ""} · ${overlegLabel(escalation, locale)}`,
          detail: escalation.question,
        };
      }),
    });
  }
  if (resolved.length) {
    blocks.push({ type: "section", text: t.escalations.resolvedHeading });
    blocks.push({
      type: "list",
      items: resolved.map((escalation) => ({
        title: `#${escalation.number} · ${overlegLabel(escalation, locale)}`,
        detail: resolvedDetail(escalation, locale),
      })),
    });
  }
  return blocks;
}
