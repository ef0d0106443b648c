import { message, notice } from "../../messages/model.js";
import { reply } from "../../reply.js";
import { currentQuarter, parseQuarter } from "../../report/quarter.js";
import { REPORT_FORMATS, reportLinks } from "../../report/report-links.js";
import type { WordHandler } from "../handler.js";

/**
 * `rapport [2026-K4]` (project leader): links to the quarter's council report on the dashboard, in every format;
 * without a quarter, the current one (Amsterdam time). The dashboard builds the file when it is opened.
 */
export const rapport: WordHandler<"rapport"> = {
  requirement: "leader",
  parse(words) {
    const given = words.remainingWords().join(" ");
    return given ? { name: "rapport", quarter: given } : { name: "rapport" };
  },
  async run(command, { locale, t, deps }) {
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
    const urls = reportLinks(links.publicUrl(locale), quarter);
    const summary = r.ready(quarter.label);
    return reply(
      locale,
      message(
        summary,
        [
          { type: "text", text: summary },
          { type: "list", items: REPORT_FORMATS.map((format) => ({ title: r.formats[format], detail: urls[format] })) },
          { type: "context", text: links.isPublic ? r.publicHint : r.signInHint },
        ],
        { tone: "success" },
      ),
    );
  },
};
