import { html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import { PATHS } from "../paths.js";
import type { PageResult } from "./parts.js";

export function notFoundPage(ctx: PageContext, text: string): PageResult {
  const body = html`<p>${text}</p><p><a href="${ctx.href(PATHS.overview)}">${ctx.t.notFound.back}</a></p>`;
  return { status: 404, body: page(ctx, { title: ctx.t.notFound.title, body }) };
}
