/** Without a valid session: how to get a sign-in link, and why the last one did not work. Never any agenda data. */
import { commandWord } from "../../core/commands/vocabulary.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import type { PageContext } from "../page-context.js";
import type { PageResult } from "./parts.js";

export type SignInReason = "none" | "expired" | "invalid" | "signed-out";

export function signInPage(ctx: PageContext, reason: SignInReason, lifetimes: { linkMinutes: number; sessionHours: number }): PageResult {
  const s = ctx.t.signIn;
  const word = commandWord("dashboard", ctx.locale);
  const problem = { none: null, expired: s.expired, invalid: s.invalid, "signed-out": s.signedOut }[reason];
  const body = html`
    ${problem ? html`<p class="notice" role="alert">${problem}</p>` : ""}
    <p class="lead">${s.intro}</p>
    <p>${s.how}</p>
    <ul>
      <li>${s.slack} <code>/actie ${word}</code></li>
      <li>${s.teams} <code>${word}</code></li>
      <li>${s.cli} <code>npm run cli -- ${word} --as naam@organisatie.nl</code></li>
    </ul>
    <p>${s.lifetime(lifetimes.linkMinutes, lifetimes.sessionHours)}</p>
    <p>${s.who}</p>`;
  return { status: reason === "signed-out" ? 200 : 401, body: page(ctx, { title: s.title, body, bare: true }) };
}
