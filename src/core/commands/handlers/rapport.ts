import type { DashboardLinks } from "../../dashboard/dashboard-links.js";
import type { PersonInfo } from "../../domain/agenda.js";
import type { Locale } from "../../domain/locale.js";
import { message, notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import type { Quarter } from "../../report/quarter.js";
import { currentQuarter, parseQuarter } from "../../report/quarter.js";
import { REPORT_FORMATS, type ReportFormat, reportLinks } from "../../report/report-links.js";
import type { WordHandler } from "../handler.js";

type PersonalLinks = { personal: true; urls: Record<ReportFormat, string>; linkMinutes: number; sessionHours: number };
type PlainLinks = { personal: false; urls: Record<ReportFormat, string> };

/**
 * A sign-in link per format that opens the file once signed in, for a person the agenda knows and where the
 * answer is private; otherwise the files' plain addresses (they open with a session, or on a public dashboard).
 */
async function linksFor(links: DashboardLinks, quarter: Quarter, locale: Locale, person: PersonInfo | null): Promise<PersonalLinks | PlainLinks> {
  const plain = reportLinks(links.publicUrl(locale), quarter);
  if (links.isPublic || !person) return { personal: false, urls: plain };
  const urls = {} as Record<ReportFormat, string>;
  let lifetimes = { linkMinutes: 0, sessionHours: 0 };
  for (const format of REPORT_FORMATS) {
    const file = new URL(plain[format]);
    const link = await links.linkFor(person, locale, `${file.pathname}${file.search}`);
    if (link.kind === "public") return { personal: false, urls: plain };
    urls[format] = link.url;
    lifetimes = { linkMinutes: link.linkMinutes, sessionHours: link.sessionHours };
  }
  return { personal: true, urls, ...lifetimes };
}

/**
 * `rapport [2026-K4]` (project leader): links to the quarter's council report on the dashboard, in every format;
 * without a quarter, the current one (Amsterdam time). Each link signs the leader in and opens the file, which the
 * dashboard builds when it is opened. In a Teams channel, where the answer is not private, the plain addresses.
 */
export const rapport: WordHandler<"rapport"> = {
  requirement: "leader",
  parse(words) {
    const given = words.remainingWords().join(" ");
    return given ? { name: "rapport", quarter: given } : { name: "rapport" };
  },
  async run(command, { actor, locale, t, deps }) {
    const r = t.report;
    const links = deps.dashboard;
    if (!links) return reply(locale, notice("error", r.unavailable));
    const now = deps.clock.now();
    let quarter = currentQuarter(now);
    if (command.quarter !== undefined) {
      const parsed = parseQuarter(command.quarter);
      if (!parsed.ok) return reply(locale, notice("error", r.badQuarter(command.quarter), r.badQuarterHint));
      quarter = parsed.quarter;
    }
    if (quarter.start > now) return reply(locale, notice("warning", r.future(quarter.label), r.badQuarterHint));
    const inTeamsChannel = actor.conversation?.isChannel === true && actor.conversation.platform === "teams";
    const found = await linksFor(links, quarter, locale, inTeamsChannel ? null : actor.person);
    const hint = found.personal ? r.personalHint(found.linkMinutes, found.sessionHours) : links.isPublic ? r.publicHint : r.signInHint;
    const summary = r.ready(quarter.label);
    return reply(
      locale,
      message(
        summary,
        [
          { type: "text", text: summary },
          { type: "list", items: REPORT_FORMATS.map((format) => ({ title: r.formats[format], detail: found.urls[format] })) },
          { type: "context", text: hint },
        ],
        { tone: "success" },
      ),
    );
  },
};
