import type { Actor } from "../actor.js";
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import type { AgendaReader } from "../ports.js";
import { statusCounts } from "../status-counts.js";
import { actionListItem } from "./action-views.js";
import { statusChartBlock } from "./charts.js";
import { withFunding } from "./funding-views.js";
import { type Block, type Message, message } from "./model.js";

/** The user's overview (Slack App Home, Teams personal tab): their actions, and the agenda per pillar. */
export async function homeMessage(
  reader: Pick<AgendaReader, "actionsLedBy" | "pillars" | "countByStatus">,
  actor: Actor,
  locale: Locale,
): Promise<Message> {
  const t = texts(locale);
  const blocks: Block[] = [{ type: "heading", text: t.home.title }];
  const mine = actor.person ? await reader.actionsLedBy(actor.person.id) : [];
  blocks.push({ type: "section", text: t.home.mine });
  if (mine.length) blocks.push({ type: "list", items: mine.map((action) => withFunding(actionListItem(action, locale, true), action, locale)) });
  else blocks.push({ type: "context", text: `${actor.person ? t.mine.none : t.mine.notLinked} ${t.mine.noneHint}` });
  blocks.push({ type: "divider" }, { type: "section", text: t.home.agenda });
  for (const pillar of await reader.pillars()) {
    const counts = await reader.countByStatus({ pillarCodes: [pillar.code] });
    const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
    blocks.push({ type: "heading", text: t.home.pillar(pillar.name, total) });
    blocks.push(statusChartBlock(statusCounts(counts, locale), total, locale, { category: pillar.name }));
  }
  blocks.push({ type: "context", text: t.home.hint });
  return message(t.home.title, blocks);
}
