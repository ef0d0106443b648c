/**
 * The weekly digest of an overleg: what moved in its themes since the previous digest, what is still to be worked
 * out and for how long, open escalations, and the open round's response rate; the status counts now and per week. Built once as a neutral message.
 */
import type { WeekCounts } from "../dashboard/weekly-counts.js";
import type { ActionActivity, ActionSummary, OverlegInfo, ThemeInfo } from "../domain/agenda.js";
import type { Locale } from "../domain/locale.js";
import { type ActionStatus, statusLabel } from "../domain/status.js";
import type { DatedItem } from "../goals/goal-store.js";
import { texts } from "../i18n/index.js";
import { personName } from "../messages/action-views.js";
import { statusChartBlock } from "../messages/charts.js";
import { type Block, type Message, message } from "../messages/model.js";
import { statusCounts } from "../status-counts.js";
import { type DigestEscalations, escalationsSection } from "./sections/escalations.js";
import { fundingSection } from "./sections/funding.js";
import { overdueSection } from "./sections/overdue.js";
import { trendSection } from "./sections/trend.js";

/** At most this many actions are listed under "what changed"; the rest is counted, with a pointer to `toon`. */
export const DIGEST_ACTION_LIMIT = 8;
/** At most this many changes are listed per action, newest first; the earlier ones are counted. */
export const DIGEST_CHANGES_PER_ACTION = 3;

export interface DigestInput {
  overleg: OverlegInfo;
  themes: ThemeInfo[];
  actions: ActionSummary[];
  activity: ActionActivity[];
  escalations: DigestEscalations;
  /** The open reminder round, if there is one. */
  round?: { answered: number; total: number };
  /** Deadlines and goal dates passed in the overleg's themes. */
  overdue?: DatedItem[];
  /** The status counts at the end of each of the last weeks, in the overleg's themes and reach. */
  trend?: WeekCounts[];
  since: Date;
  now: Date;
}

/**
 * The themes an overleg covers: those its agenda file names (`dekking`); else (an agenda imported before) those of
 * the pillars it is marked for, or, if none, those it may cover.
 */
export function overlegThemes(overleg: OverlegInfo, themes: readonly ThemeInfo[]): ThemeInfo[] {
  if (overleg.themeNumbers?.length) return themes.filter((theme) => overleg.themeNumbers?.includes(theme.number));
  const pillars = overleg.pillars.length ? overleg.pillars : overleg.pillarsPossible;
  return themes.filter((theme) => pillars.includes(theme.pillarCode));
}

/** A confirmation without a change or a note says nothing new: the digest leaves it out. */
function isPlainConfirmation(entry: ActionActivity): boolean {
  return entry.kind === "status" && entry.from === entry.to && !entry.text;
}

/** "What changed": per action (the most recently changed first) its title once, then its changes, newest first. */
function changesSection(activity: ActionActivity[], sinceDate: Date, locale: Locale): Block[] {
  const t = texts(locale);
  const d = t.digest;
  const since = t.time.date(sinceDate);
  const byAction = new Map<string, ActionActivity[]>();
  for (const entry of [...activity].sort((a, b) => b.at.getTime() - a.at.getTime())) {
    if (isPlainConfirmation(entry)) continue;
    byAction.set(entry.code, [...(byAction.get(entry.code) ?? []), entry]);
  }
  if (byAction.size === 0) return [{ type: "text", text: d.noChanges(since) }];
  const groups = [...byAction.values()];
  const shown = groups.slice(0, DIGEST_ACTION_LIMIT);
  const blocks: Block[] = [
    { type: "section", text: d.changesSince(since) },
    {
      type: "list",
      items: shown.map((entries) => {
        const [latest] = entries as [ActionActivity, ...ActionActivity[]];
        const lines = entries.slice(0, DIGEST_CHANGES_PER_ACTION).map((entry) => {
          const what =
            entry.kind === "note"
              ? d.note
              : entry.from === entry.to
                ? d.confirmed(statusLabel(entry.to ?? "loopt", locale))
                : d.changed(entry.from ? statusLabel(entry.from, locale) : "–", statusLabel(entry.to ?? "loopt", locale));
          const who = entry.by ? ` · ${personName(entry.by)}` : "";
          return `${t.time.date(entry.at)} · ${what}${who}${entry.text ? `: ${entry.text}` : ""}`;
        });
        if (entries.length > DIGEST_CHANGES_PER_ACTION) lines.push(d.earlierChanges(entries.length - DIGEST_CHANGES_PER_ACTION, latest.code));
        const status = entries.find((entry) => entry.to)?.to;
        return { title: `${latest.code} ${latest.title}`, detail: lines.join("\n"), ...(status ? { status } : {}) };
      }),
    },
  ];
  const hidden = groups.slice(DIGEST_ACTION_LIMIT).map((entries) => entries[0]?.code ?? "");
  if (hidden.length) blocks.push({ type: "context", text: d.moreActions(hidden) });
  return blocks;
}

export function buildDigest(input: DigestInput, locale: Locale): Message {
  const t = texts(locale);
  const d = t.digest;
  const title = d.title(input.overleg.code, t.time.date(input.now));
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "context", text: d.scope(input.themes.map((theme) => `${theme.number} ${theme.title}`).join(" · ")) },
    ...(input.overleg.areas?.length ? [{ type: "context" as const, text: t.channel.reach(input.overleg.areas) }] : []),
  ];
  const counts: Partial<Record<ActionStatus, number>> = {};
  for (const action of input.actions) counts[action.status] = (counts[action.status] ?? 0) + 1;
  blocks.push(statusChartBlock(statusCounts(counts, locale), input.actions.length, locale));
  blocks.push(...trendSection(input.trend, locale));

  blocks.push(...changesSection(input.activity, input.since, locale));

  const open = input.actions
    .filter((action) => action.status === "nader_uit_te_werken")
    .sort((a, b) => a.lastUpdateAt.getTime() - b.lastUpdateAt.getTime());
  if (open.length) {
    blocks.push({ type: "section", text: d.open(open.length) });
    blocks.push({
      type: "list",
      items: open.map((action) => ({
        title: `${action.code} ${action.title}`,
        detail: `${action.importedOnly ? t.time.noUpdateSinceImport : d.lastUpdate(t.time.ago(action.lastUpdateAt, input.now))} · ${action.trekkers.join(", ")}`,
        status: action.status,
      })),
    });
  }

  blocks.push(...overdueSection(input.overdue, locale));
  blocks.push(...escalationsSection(input.escalations, input.now, locale));
  blocks.push(...fundingSection(input.actions, input.now, locale));

  if (input.round && input.round.total > 0) {
    blocks.push({
      type: "context",
      text: d.round(input.round.answered, input.round.total),
    });
  }
  return message(title, blocks, { visibility: "public" });
}
