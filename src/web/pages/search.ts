/** Search codes, titles, trekkers, funding and notes, as `zoek` does in chat; the question is checked with zod. */
import { z } from "zod";
import { findControlCharacter } from "../../core/domain/text-limits.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { type Html, html } from "../html.js";
import { page } from "../layout.js";
import { type PageContext, REGION_PARAM } from "../page-context.js";
import { PATHS } from "../paths.js";
import { actionLink, type PageResult, statusChip } from "./parts.js";

const RESULTS = 100;

const questionSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => findControlCharacter(text) < 0);

export async function searchPage(ctx: PageContext, deps: DashboardDeps): Promise<PageResult> {
  const s = ctx.t.search;
  const given = ctx.query.get("q");
  const parsed = given === null ? null : questionSchema.safeParse(given);
  let results: Html = html``;
  if (parsed && !parsed.success) results = html`<p class="notice" role="alert">${s.invalid}</p>`;
  if (parsed?.success) {
    const hits = await deps.reader.search(parsed.data, RESULTS);
    results = hits.length
      ? html`<h2 id="resultaten">${s.results(parsed.data, hits.length)}</h2>
          <table><caption>${s.results(parsed.data, hits.length)}</caption>
            <thead><tr><th scope="col">${ctx.t.escalation.action}</th><th scope="col">${ctx.core.fields.status}</th><th scope="col">${s.foundInLabel}</th></tr></thead>
            <tbody>${hits.map(
              (hit) => html`<tr><td>${actionLink(ctx, hit.action.code, hit.action.title)}</td><td>${statusChip(ctx, hit.action.status)}</td>
                <td>${s.foundIn[hit.field]}${hit.excerpt ? html`: <q>${hit.excerpt}</q>` : ""}</td></tr>`,
            )}</tbody></table>`
      : html`<p role="status">${s.none(parsed.data)}</p>`;
  }
  const lang = ctx.query.get("lang");
  const body = html`<form class="search" role="search" method="get" action="${PATHS.search}">
      <label for="q">${s.label}</label>
      <input id="q" name="q" type="search" maxlength="200" value="${given ?? ""}">
      ${lang === "nl" || lang === "en" ? html`<input type="hidden" name="lang" value="${lang}">` : ""}
      ${ctx.region ? html`<input type="hidden" name="${REGION_PARAM}" value="${ctx.region}">` : ""}
      <button type="submit">${s.button}</button>
    </form>
    ${results}`;
  return { status: parsed && !parsed.success ? 400 : 200, body: page(ctx, { title: s.title, body }) };
}
