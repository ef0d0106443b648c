/**
 * Who is asking in Teams: the roster's facts (TeamsInfo.getMember), turned into the core's Actor; mentions into
 * people. Only an id someone vouches for chooses a person.
 */
import type { TurnContext } from "botbuilder";
import type { Actor, Conversation, LeaderPolicy } from "../core/actor.js";
import type { MentionResolver } from "../core/agenda-core.js";
import { type Locale, toLocale } from "../core/domain/locale.js";
import { identify } from "../core/identify.js";
import type { PeopleDirectory } from "../core/ports.js";
import type { TeamsConversations } from "./teams-conversations.js";
import type { TeamsUserDirectory } from "./teams-users.js";

export class TeamsActors {
  constructor(
    private readonly users: TeamsUserDirectory,
    private readonly people: PeopleDirectory,
    private readonly leaders: LeaderPolicy,
    private readonly conversations: TeamsConversations,
    private readonly mode: "local" | "authenticated",
  ) {}

  clientLocale(context: TurnContext): Locale | undefined {
    return clientLocale(this.mode, context);
  }

  /** The actor of this turn; the conversation is remembered for later messages. */
  async actorFor(context: TurnContext): Promise<Actor> {
    const from = context.activity.from;
    const facts = await this.users.lookup(context, from.id);
    const tenantId = tenantOf(context);
    const locale = this.clientLocale(context);
    // Only an id someone vouches for chooses a person: the roster's, or while the roster cannot be asked, the
    // activity's own when a Bot Framework token stands behind it. An unauthenticated claim never does.
    const externalId = facts.unavailable ? (this.mode === "authenticated" ? from.aadObjectId : undefined) : (facts.aadObjectId ?? from.id);
    const actor = await identify(this.people, this.leaders, {
      email: facts.email,
      ...(facts.displayName ? { displayName: facts.displayName } : {}),
      ...(externalId ? { identity: { platform: "teams" as const, tenantId, externalId } } : {}),
      ...(locale ? { locale } : {}),
      channel: "teams",
      conversation: conversationOf(context),
    });
    await this.conversations.remember(context, actor);
    return actor;
  }

  /** Turns a mentioned user into the person with the e-mail address the roster gives. */
  resolveMention(context: TurnContext): MentionResolver {
    return async (id) => {
      const facts = await this.users.lookup(context, id);
      if (!facts.email) return null;
      return {
        email: facts.email,
        ...(facts.displayName ? { displayName: facts.displayName } : {}),
        identity: { platform: "teams", tenantId: context.activity.conversation?.tenantId ?? "", externalId: facts.aadObjectId ?? id },
      };
    };
  }
}

export function conversationOf(context: TurnContext): Conversation {
  const activity = context.activity;
  const type = activity.conversation?.conversationType;
  const channelData = activity.channelData as { channel?: { id?: string } } | undefined;
  return {
    platform: "teams",
    tenantId: activity.conversation?.tenantId ?? "",
    channelId: type === "channel" ? (channelData?.channel?.id ?? activity.conversation.id.split(";")[0] ?? "") : activity.conversation.id,
    isChannel: type === "channel",
  };
}

/** Real Teams sends the user's own language with each activity; the Playground always says en-US. */
export function clientLocale(mode: "local" | "authenticated", context: TurnContext): Locale | undefined {
  return mode === "authenticated" ? toLocale(context.activity.locale) : undefined;
}

/** The tenant an activity comes from (Teams puts it on the conversation). */
export function tenantOf(context: TurnContext): string {
  return context.activity.conversation?.tenantId ?? "";
}
