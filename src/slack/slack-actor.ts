/** Who is asking in Slack: the user's facts from `users.info`, turned into the core's Actor (and mentions into people). */
import type { BlockButtonAction } from "@slack/bolt";
import type { Actor, Conversation, LeaderPolicy } from "../core/actor.js";
import type { MentionResolver } from "../core/agenda-core.js";
import type { Locale } from "../core/domain/locale.js";
import { identify } from "../core/identify.js";
import type { PeopleDirectory } from "../core/ports.js";
import type { SlackUserDirectory } from "./slack-users.js";

/** Where a Slack request came from: the workspace, the user and, for commands and messages, the channel. */
export interface Where {
  teamId: string;
  userId: string;
  channelId?: string;
}

export class SlackActors {
  constructor(
    private readonly users: SlackUserDirectory,
    private readonly people: PeopleDirectory,
    private readonly leaders: LeaderPolicy,
  ) {}

  async actorFor(where: Where): Promise<Actor> {
    const facts = await this.users.lookup(where.userId, where.teamId);
    const conversation: Conversation | undefined = where.channelId
      ? { platform: "slack", tenantId: where.teamId, channelId: where.channelId, isChannel: !where.channelId.startsWith("D") }
      : undefined;
    return identify(this.people, this.leaders, {
      email: facts.email,
      ...(facts.displayName ? { displayName: facts.displayName } : {}),
      identity: { platform: "slack", tenantId: where.teamId, externalId: where.userId },
      ...(facts.locale ? { locale: facts.locale } : {}),
      channel: "slack",
      ...(conversation ? { conversation } : {}),
    });
  }

  /** Turns `<@U123>` in a command into the person with that Slack user's e-mail address. */
  resolveMention(teamId: string): MentionResolver {
    return async (id) => {
      const facts = await this.users.lookup(id, teamId);
      if (!facts.email) return null;
      return {
        email: facts.email,
        ...(facts.displayName ? { displayName: facts.displayName } : {}),
        identity: { platform: "slack", tenantId: facts.teamId, externalId: id },
      };
    };
  }
}

/** Where a button was pressed: in a channel or DM (with its channel), or on App Home (without). */
export function whereOfPress(body: BlockButtonAction): Where {
  const where: Where = { teamId: body.team?.id ?? body.user.team_id ?? "", userId: body.user.id };
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (channelId) where.channelId = channelId;
  return where;
}

export function localeOf(actor: Actor, fallback: Locale): Locale {
  return actor.locale ?? fallback;
}
