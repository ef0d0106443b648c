/** The answer of `leiders`: the region's project leaders, when each was added, and which come from LEADER_EMAILS. */
import type { Locale } from "../domain/locale.js";
import { texts } from "../i18n/index.js";
import type { RegionLeaderPolicy } from "../regions/region-leader-policy.js";
import { type Message, message } from "./model.js";

export function leadersMessage(leaders: Pick<RegionLeaderPolicy, "leaders" | "isConfigured" | "list">, locale: Locale): Message {
  const t = texts(locale);
  const added = new Map(leaders.leaders.map((row) => [row.email, row.addedAt]));
  const items = leaders.list.map((email) => {
    const at = added.get(email);
    const detail = [leaders.isConfigured(email) ? t.leaders.fromConfig : null, at ? t.leaders.since(t.time.date(at)) : null].filter(Boolean);
    return detail.length ? { title: email, detail: detail.join(" · ") } : { title: email };
  });
  const title = t.leaders.title(items.length);
  if (items.length === 0)
    return message(title, [
      { type: "heading", text: title },
      { type: "context", text: t.leaders.noneHint },
    ]);
  return message(title, [
    { type: "heading", text: title },
    { type: "list", items },
    { type: "context", text: t.leaders.listHint },
  ]);
}
