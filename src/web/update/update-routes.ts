/**
 * The update page on the service's HTTP server, at /bijwerken: GET shows the lead's actions in the round from the
 * token in the link; POST takes one action's answer. No account and no cookie: the signed token travels in the form
 * (so another site cannot submit for the lead without it), and every POST checks it again, the round still open,
 * and the action one of this lead's in that round. Answers run through the core as chat answers do (the status
 * form, *ongewijzigd*, *niet mijn actie*), recorded with channel "web". Success redirects (303) back to the page.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { LeaderPolicy } from "../../core/actor.js";
import type { AgendaCore } from "../../core/agenda-core.js";
import type { DashboardReader } from "../../core/dashboard/dashboard-reader.js";
import { LOCALES, type Locale } from "../../core/domain/locale.js";
import { goalFields } from "../../core/goals/goal-form.js";
import type { GoalStore } from "../../core/goals/goal-store.js";
import { texts } from "../../core/i18n/index.js";
import { confirmValue } from "../../core/messages/confirm-value.js";
import { roundSubject } from "../../core/rounds/round-kind.js";
import { isAnsweredFor } from "../../core/rounds/round-messages.js";
import type { RoundStore, RoundView } from "../../core/rounds/round-store.js";
import type { HttpServer } from "../../server/http-server.js";
import type { TokenCheck } from "../signed-tokens.js";
import { UPDATE_PATH, type UpdateLinkSigner } from "../update-links.js";
import { linkProblemPage, type UpdatePageModel, updatePage } from "./update-page.js";

export interface UpdatePageDeps {
  links: Pick<UpdateLinkSigner, "verify">;
  rounds: Pick<RoundStore, "openRound">;
  people: Pick<DashboardReader, "person">;
  goals: Pick<GoalStore, "goalsOfMany">;
  core: Pick<AgendaCore, "submitStatusForm" | "press">;
  leaders: LeaderPolicy;
}

const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};
const MAX_BODY = 64 * 1024;

const asLocale = (value: string | null | undefined): Locale | undefined => LOCALES.find((locale) => locale === value);

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, HEADERS).end(body);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

type Opened =
  | {
      ok: true;
      /** The region whose key signed the link: everything on the page is read and stored there. */
      deps: UpdatePageDeps;
      person: NonNullable<Awaited<ReturnType<DashboardReader["person"]>>>;
      round: RoundView;
      codes: string[];
      locale: Locale;
    }
  | { ok: false; status: number; body: string };

/** The update page of every region served; each link opens in the region whose key signed it. */
export function mountUpdatePage(http: HttpServer, regions: readonly UpdatePageDeps[], defaultLocale: Locale): void {
  /** The region that signed the link and its check; a link no region signed is checked (and refused) by the first. */
  async function regionOf(token: string | undefined): Promise<{ deps: UpdatePageDeps; checked: TokenCheck }> {
    let first: { deps: UpdatePageDeps; checked: TokenCheck } | undefined;
    for (const deps of regions) {
      const checked = await deps.links.verify(token);
      if (checked.ok || checked.reason === "expired") return { deps, checked };
      first ??= { deps, checked };
    }
    if (!first) throw new Error("the update page needs at least one region");
    return first;
  }

  /** The token checked, its person known, its round the open one and theirs in it. */
  async function open(token: string | undefined, lang: string | null | undefined): Promise<Opened> {
    const { deps, checked } = await regionOf(token);
    const fallback = asLocale(lang) ?? defaultLocale;
    if (!checked.ok)
      return {
        ok: false,
        ...(checked.reason === "expired"
          ? { status: 410, body: linkProblemPage(fallback, "expired") }
          : { status: 403, body: linkProblemPage(fallback, "invalid") }),
      };
    const locale = asLocale(lang) ?? checked.claims.locale;
    const [person, round] = await Promise.all([deps.people.person(checked.claims.personId), deps.rounds.openRound()]);
    const mine = round && round.id === checked.claims.roundId ? round.recipients.find((recipient) => recipient.person.id === person?.id) : undefined;
    if (!person || !round || !mine) return { ok: false, status: 410, body: linkProblemPage(locale, "closed") };
    return { ok: true, deps, person, round, codes: mine.codes, locale };
  }

  async function render(
    opened: Extract<Opened, { ok: true }>,
    token: string,
    extra: Pick<UpdatePageModel, "notice" | "errors"> = {},
  ): Promise<string> {
    const { deps, person, round, codes, locale } = opened;
    const goals = await deps.goals.goalsOfMany(codes);
    const items = new Map(round.items.map((item) => [item.code, item]));
    return updatePage({
      token,
      locale,
      name: person.displayName ?? person.email,
      closes: texts(locale).time.date(round.closesAt ?? new Date()),
      actions: codes.flatMap((code) => {
        const item = items.get(code);
        if (!item) return [];
        const answered = isAnsweredFor(item, person.id);
        return [
          {
            code,
            title: item.title,
            status: item.status,
            subject: roundSubject(item, locale, round.filter.kind),
            answer: answered ? item.answer : null,
            goals: goalFields(goals.get(code) ?? null, locale),
          },
        ];
      }),
      ...extra,
    });
  }

  http.route("GET", UPDATE_PATH, async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const token = url.searchParams.get("t") ?? undefined;
    const opened = await open(token, url.searchParams.get("lang"));
    if (!opened.ok) return send(response, opened.status, opened.body);
    const done = url.searchParams.get("klaar");
    const notice =
      done && opened.codes.includes(done) ? { notice: { kind: "success" as const, text: texts(opened.locale).mail.page.saved(done) } } : {};
    send(response, 200, await render(opened, token ?? "", notice));
  });

  http.route("POST", UPDATE_PATH, async (request, response) => {
    const form = await readForm(request);
    const token = form?.get("t") ?? undefined;
    const opened = await open(token, form?.get("lang"));
    if (!opened.ok || !form || !token)
      return send(response, opened.ok ? 400 : opened.status, opened.ok ? linkProblemPage(opened.locale, "invalid") : opened.body);
    const { deps, person, locale } = opened;
    const p = texts(locale).mail.page;
    const code = form.get("code") ?? "";
    // The token names the person and the round; the action must be theirs in it, whatever the form says.
    if (!opened.codes.includes(code))
      return send(response, 403, await render(opened, token, { notice: { kind: "error", text: p.notInRound(code.slice(0, 20)) } }));
    await deps.leaders.refreshIfStale();
    const actor = { person, email: person.email, isLeader: deps.leaders.isLeader(person.email), locale, channel: "web" as const };
    const action = form.get("do");
    let failure: UpdatePageModel["errors"] | string | null = null;
    if (action === "save") {
      const goals = Object.fromEntries([...form.entries()].filter(([name]) => name.startsWith("goal:")));
      const result = await deps.core.submitStatusForm({ code, status: form.get("status"), note: form.get("note") ?? "", goals }, actor, locale);
      if (!result.ok) failure = { code, fields: result.errors as Record<string, string>, values: Object.fromEntries(form.entries()) };
    } else if (action === "unchanged" || action === "not-mine") {
      const pressed =
        action === "unchanged"
          ? await deps.core.press("action.confirm", confirmValue(code, { view: "ronde" }), actor, locale)
          : await deps.core.press("action.not-mine", code, actor, locale);
      if (pressed.reply.message.tone === "error") failure = pressed.reply.message.summary;
    } else failure = p.fixField;
    if (failure === null) {
      response.writeHead(303, { ...HEADERS, location: `${UPDATE_PATH}?t=${token}&lang=${locale}&klaar=${encodeURIComponent(code)}` }).end();
      return;
    }
    const refreshed = await open(token, locale);
    const view = refreshed.ok ? refreshed : opened;
    const extra: Pick<UpdatePageModel, "notice" | "errors"> =
      typeof failure === "string"
        ? { notice: { kind: "error", text: failure } }
        : { notice: { kind: "error", text: Object.values(failure.fields).join(" ") || p.fixField }, errors: failure };
    send(response, 400, await render(view, token, extra));
  });
}
