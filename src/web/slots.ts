/**
 * Marked places in the pages for what other work adds: funding decisions (*financiering*: nader te bepalen →
 * aangevraagd → toegekend / afgewezen) and goals with their measurements. Each is a renderer registered here; until
 * one is, the page keeps only an HTML comment where it goes (`<!-- slot:funding -->`), and shows nothing.
 */
import type { DashboardDeps } from "./dashboard-deps.js";
import { type Html, html, trusted } from "./html.js";
import type { PageContext } from "./page-context.js";

export type SlotName = "funding" | "goals";

/** Where a slot sits: the overview (per pillar and theme), one theme, one action. */
export type SlotScope = { page: "overview" } | { page: "theme"; themeNumber: number } | { page: "action"; code: string };

/** Renders a slot's section (with its own `<h2>` and figures), or null when there is nothing to show there. */
export type SlotRenderer = (ctx: PageContext, deps: DashboardDeps, scope: SlotScope) => Promise<Html | null>;

/** Filled in by the funding and goals work; `null`: not built yet. */
export const DASHBOARD_SLOTS: Record<SlotName, SlotRenderer | null> = {
  funding: null,
  goals: null,
};

export async function slot(ctx: PageContext, deps: DashboardDeps, name: SlotName, scope: SlotScope): Promise<Html> {
  const renderer = DASHBOARD_SLOTS[name];
  const content = renderer ? await renderer(ctx, deps, scope) : null;
  return html`${trusted(`<!-- slot:${name} -->`)}${content}`;
}
