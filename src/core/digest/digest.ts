/**
 * The weekly digest of an overleg: what moved in its themes since the previous digest, what is still to be worked
 * out and for how long, open escalations, and the open round's response rate. Built once as a neutral message.
 */
import type { ActionActivity, ActionSummary, OpenEscalation, OverlegInfo, ThemeInfo } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { type ActionStatus, statusLabel } from "../domain/status.js";
import { texts } from "../i18n/index.js";
import { personName } from "../messages/action-views.js";
import { type Block, type Message, message } from "../messages/model.js";
import { statusCounts } from "../status-counts.js";

/** At most this many changes are listed; the rest is counted. */
export const DIGEST_CHANGE_LIMIT = 15;

export interface DigestInput {
  overleg: OverlegInfo;
  themes: ThemeInfo[];
  actions: ActionSummary[];
  activity: ActionActivity[];
  escalations: OpenEscalation[];
  /** The open reminder round, if there is one. */
  round?: { answered: number; total: number };
  since: Date;
  now: Date;
}

/** The themes an overleg covers: those of the pillars it is marked for (or, if none, those it may cover). */
export function overlegThemes(overleg: OverlegInfo, themes: readonly ThemeInfo[]): ThemeInfo[] {
  const pillars = overleg.pillars.length ? overleg.pillars : overleg.pillarsPossible;
  return themes.filter((theme) => pillars.includes(theme.pillarCode));
}

export function buildDigest(input: DigestInput, locale: Locale): Message {
  const t = texts(locale);
  const d = t.digest;
  const title = d.title(input.overleg.code, t.time.date(input.now));
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "context", text: d.scope(input.themes.map((theme) => `${theme.number} ${theme.title}`).join(" · ")) },
  ];
  const counts: Partial<Record<ActionStatus, number>> = {};
  for (const action of input.actions) counts[action.status] = (counts[action.status] ?? 0) + 1;
  blocks.push({ type: "status-bar", counts: statusCounts(counts, locale), total: input.actions.length });

  const since = t.time.date(input.since);
  if (input.activity.length === 0) {
    blocks.push({ type: "text", text: d.noChanges(since) });
  } else {
    blocks.push({ type: "text", text: d.changesSince(since) });
    const shown = input.activity.slice(-DIGEST_CHANGE_LIMIT).reverse();
    blocks.push({
      type: "list",
      items: shown.map((entry) => {
        const what =
          entry.kind === "note"
            ? d.note
            : entry.from === entry.to
              ? d.confirmed(statusLabel(entry.to ?? "loopt", locale))
              : d.changed(entry.from ? statusLabel(entry.from, locale) : "–", statusLabel(entry.to ?? "loopt", locale));
        const who = entry.by ? ` · ${personName(entry.by)}` : "";
        return {
          title: `${entry.code} ${entry.title}`,
          detail: `${t.time.date(entry.at)} · ${what}${who}${entry.text ? `\n${entry.text}` : ""}`,
          ...(entry.to ? { status: entry.to } : {}),
        };
      }),
    });
    if (input.activity.length > shown.length) blocks.push({ type: "context", text: d.more(input.activity.length - shown.length) });
  }

  const open = input.actions
    .filter((action) => action.status === "nader_uit_te_werken")
    .sort((a, b) => a.lastUpdateAt.getTime() - b.lastUpdateAt.getTime());
  if (open.length) {
    blocks.push({ type: "text", text: d.open(open.length) });
    blocks.push({
      type: "list",
      items: open.map((action) => ({
        title: `${action.code} ${action.title}`,
        detail: `${d.lastUpdate(t.time.ago(action.lastUpdateAt, input.now))} · ${action.trekkers.join(", ")}`,
        status: action.status,
      })),
    });
  }

  if (input.escalations.length) {
    blocks.push({ type: "text", text: d.escalations(input.escalations.length) });
    blocks.push({
      type: "list",
      items: input.escalations.map((escalation) => ({
        title: `#${escalation.id} · ${escalation.code} ${escalation.title}`,
        detail: `${escalation.question}\n${t.time.date(escalation.at)}${escalation.by ? ` · ${personName(escalation.by)}` : ""}`,
      })),
    });
  } else {
    blocks.push({ type: "context", text: d.noEscalations });
  }
  if (input.round && input.round.total > 0) {
    blocks.push({
      type: "context",
      text: d.round(input.round.answered, input.round.total),
    });
  }
  return message(title, blocks, { visibility: "public" });
}
