/** Teams writes a mention as `<at>Name</at>`; the grammar reads mentions as `<@id|Name>`. */
import type { Activity, Mention } from "botbuilder";

export function withMentionTokens(activity: Partial<Activity>): string {
  let text = activity.text ?? "";
  for (const entity of activity.entities ?? []) {
    const mention = entity as unknown as Mention;
    if (entity.type !== "mention" || !mention.mentioned || mention.mentioned.id === activity.recipient?.id) continue;
    if (mention.text) text = text.replace(mention.text, `<@${mention.mentioned.id}|${mention.mentioned.name ?? ""}>`);
  }
  return text.replace(/&nbsp;/g, " ").trim();
}
