/**
 * The platform-neutral message model. Every reply, reminder and digest is built once as a `Message`
 * and rendered by each adapter (plain text for the CLI, Block Kit for Slack, Adaptive Cards for Teams).
 */
import type { ActionStatus } from "../domain/status.js";

/** What a button does; adapters route a press back to the core with `value`. */
export type ButtonIntent = "action.update" | "action.confirm" | "action.not-mine" | "round.start";

export interface Button {
  intent: ButtonIntent;
  label: string;
  /** Opaque payload (usually an action code) returned when the button is pressed. */
  value: string;
  style?: "primary" | "danger";
}

export interface Field {
  label: string;
  value: string;
}

export interface ListItem {
  /** Bold first line, e.g. `1.3 Loopbaanadvies …`. */
  title: string;
  /** Secondary line, e.g. status and lead organisations. */
  detail?: string;
  status?: ActionStatus;
  buttons?: Button[];
}

export interface StatusCount {
  status: ActionStatus;
  label: string;
  count: number;
}

/** How a chart draws its numbers: stacked horizontal bars (one per category), a donut (one ring), lines over time. */
export type ChartKind = "stacked-bar" | "donut" | "line";

/** One series of a chart: a status's counts per category (bar rows, weeks), drawn in the status's colour. */
export interface ChartSeries {
  label: string;
  /** The status the series counts, if it is one (renderers that name colours pick theirs by it). */
  status?: ActionStatus;
  /** `#rrggbb`, the same per status on every surface. */
  colour: string;
  /** One value per category (a donut has one category). */
  values: number[];
}

/**
 * A chart, built once in the core: each surface draws it its own way (a Teams chart element, a PNG in Slack) or
 * shows `text`, its text alternative (the monospace bar the CLI prints), where it cannot.
 */
export interface Chart {
  kind: ChartKind;
  /** What the chart shows, in words (its title, and the start of its accessible name). */
  title: string;
  /** Bar rows, or the x axis of a line chart (weeks); one entry for a donut. */
  categories: string[];
  series: ChartSeries[];
  /** The text alternative, one line each. */
  text: string[];
}

export type Block =
  | { type: "heading"; text: string }
  /** A heading inside a message ("Laatste wijzigingen", "Open escalaties"): stronger than its rows, weaker than the message's heading. */
  | { type: "section"; text: string }
  | { type: "text"; text: string }
  | { type: "fields"; fields: Field[] }
  | { type: "list"; items: ListItem[] }
  | { type: "buttons"; buttons: Button[] }
  /** A text bar only (the digest, `lijst` and the home now send a `chart`, whose text alternative this is). */
  | { type: "status-bar"; counts: StatusCount[]; total: number }
  | { type: "chart"; chart: Chart }
  | { type: "context"; text: string }
  | { type: "divider" };

export type Tone = "info" | "success" | "warning" | "error";

export interface Message {
  /** A one-line summary: notification text, fallback text, log line. */
  summary: string;
  blocks: Block[];
  tone: Tone;
  /** `private` replies go to the asking user only (ephemeral in Slack). */
  visibility: "private" | "public";
}

export function message(summary: string, blocks: Block[], options: Partial<Pick<Message, "tone" | "visibility">> = {}): Message {
  return { summary, blocks, tone: options.tone ?? "info", visibility: options.visibility ?? "private" };
}

/** A short reply: one line of text under a summary. */
export function notice(tone: Tone, summary: string, ...lines: string[]): Message {
  const blocks: Block[] = [{ type: "text", text: summary }];
  for (const line of lines) blocks.push({ type: "context", text: line });
  return message(summary, blocks, { tone });
}
