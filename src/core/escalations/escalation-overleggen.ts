/**
 * Which overleggen an escalation is for, and so which channels hear it and whose members may answer it: the
 * overleg it was put to, or (none named) every overleg whose themes include the action's theme.
 */
import type { Actor } from "../actor.js";
import { overlegThemes } from "../digest/digest.js";
import type { OverlegInfo } from "../domain/agenda.js";
import type { Escalation } from "../domain/escalation.js";
import type { AgendaReader, ChannelDirectory, LinkedChannel } from "../ports.js";
import type { OverlegScope } from "./escalation-store.js";

type OverlegReader = Pick<AgendaReader, "overleggen" | "themes">;

/** The codes of the overleggen an escalation is for, in agenda order. */
export async function overleggenOf(escalation: Pick<Escalation, "overlegCode" | "themeNumber">, reader: OverlegReader): Promise<string[]> {
  if (escalation.overlegCode) return [escalation.overlegCode];
  const [overleggen, themes] = await Promise.all([reader.overleggen(), reader.themes()]);
  return overleggen
    .filter((overleg) => overlegThemes(overleg, themes).some((theme) => theme.number === escalation.themeNumber))
    .map((overleg) => overleg.code);
}

/** The escalations an overleg sees: those put to it, and those put to nobody in particular on actions of its themes. */
export async function overlegScope(overleg: OverlegInfo, reader: Pick<AgendaReader, "themes">): Promise<OverlegScope> {
  return { overlegCode: overleg.code, themes: overlegThemes(overleg, await reader.themes()).map((theme) => theme.number) };
}

/** The channels linked to any of these overleggen. */
export async function channelsOf(codes: readonly string[], channels: Pick<ChannelDirectory, "linkedChannels">): Promise<LinkedChannel[]> {
  if (codes.length === 0) return [];
  return (await channels.linkedChannels()).filter((channel) => codes.includes(channel.overlegCode));
}

/** True when the actor writes in a channel linked to one of these overleggen. */
export async function writesInChannelOf(actor: Actor, codes: readonly string[], channels: Pick<ChannelDirectory, "linkedOverleg">): Promise<boolean> {
  const conversation = actor.conversation;
  if (!conversation?.isChannel) return false;
  const linked = await channels.linkedOverleg(conversation.platform, conversation.tenantId, conversation.channelId);
  return linked !== null && codes.includes(linked);
}
