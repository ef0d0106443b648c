/** One overleg: its place in Bijlage 2, the themes it follows, and what its weekly digest covers, as the chat shows it. */

import { overlegThemes } from "../../core/digest/digest.js";
import { lastWeek } from "../../core/digest/digest-for.js";
import type { DashboardDeps } from "../dashboard-deps.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import { messageHtml } from "../message-html.js";
import type { PageContext } from "../page-context.js";
import { PATHS } from "../paths.js";
import { notFoundPage } from "./not-found.js";
import type { PageResult } from "./parts.js";

export async function overlegPage(ctx: PageContext, deps: DashboardDeps, given: string): Promise<PageResult> {
  const o = ctx.t.overleg;
  const { overleggen, themes } = ctx.structure;
  const overleg = overleggen.find((candidate) => candidate.code.toLowerCase() === given.toLowerCase());
  if (!overleg) return notFoundPage(ctx, ctx.t.notFound.overleg(given));
  const covered = overlegThemes(overleg, themes);
  const week = lastWeek(ctx.now);
  const digest = covered.length ? await deps.digests.digestFor(overleg.code, week.since, week.now, ctx.locale) : null;
  const body = html`
    <dl class="fields">
      <dt>${o.level}</dt><dd>${overleg.level}</dd>
      <dt>${o.reach}</dt><dd>${overleg.reach}</dd>
      ${overleg.themesText ? html`<dt>${o.themesText}</dt><dd>${overleg.themesText}</dd>` : ""}
    </dl>
    <section aria-labelledby="themas"><h2 id="themas">${o.themes}</h2>
      ${
        covered.length
          ? html`<ul>${covered.map((theme) => html`<li><a href="${ctx.href(PATHS.theme(theme.number))}">${theme.number} · ${theme.title}</a></li>`)}</ul>`
          : html`<p>${o.noThemes}</p>`
      }
    </section>
    ${
      digest
        ? html`<section aria-labelledby="digest"><h2 id="digest">${o.digest}</h2>
            <p class="muted">${o.digestIntro(ctx.core.time.date(week.since))}</p>
            ${await messageHtml(ctx, digest, 3)}</section>`
        : ""
    }`;
  return {
    status: 200,
    body: page(ctx, { title: o.title(overleg.code, overleg.name), trail: [{ label: ctx.t.layout.overview, href: ctx.href(PATHS.overview) }], body }),
  };
}
