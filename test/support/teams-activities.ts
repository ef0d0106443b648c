/** Bot Framework activities as Teams sends them to /api/messages. */
import { randomUUID } from "node:crypto";

/** The Agents Playground's tenant: the only one local mode accepts. */
export const TENANT = "00000000-0000-0000-0000-0000000000001";
export const BOT = { id: "28:doe-agenda-bot", name: "Doe-agenda" };

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface Where {
  serviceUrl: string;
  conversationId?: string;
  channel?: boolean;
  /** The team channel's thread id (default 19:channel-abc@thread.tacv2), with `channel`. */
  channelId?: string;
  tenantId?: string;
  locale?: string;
}

function base(user: TeamsUser, where: Where) {
  const channel = where.channel ?? false;
  const channelId = where.channelId ?? "19:channel-abc@thread.tacv2";
  const conversationId = where.conversationId ?? (channel ? `${channelId};messageid=1` : `a:personal-${user.aadObjectId}`);
  return {
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl: where.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: where.locale ?? "nl-NL",
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: conversationId, conversationType: channel ? "channel" : "personal", tenantId: where.tenantId ?? TENANT, isGroup: channel },
    channelData: {
      tenant: { id: where.tenantId ?? TENANT },
      ...(channel ? { channel: { id: channelId }, team: { id: "19:team@thread.tacv2" } } : {}),
    },
  };
}

export function message(user: TeamsUser, text: string, where: Where, mentions: { id: string; name: string }[] = []) {
  const activity = { ...base(user, where), type: "message", text, textFormat: "plain" };
  const entities = mentions.map((mentioned) => ({ type: "mention", mentioned, text: `<at>${mentioned.name}</at>` }));
  return entities.length ? { ...activity, entities } : activity;
}

export function cardAction(user: TeamsUser, verb: string, data: Record<string, unknown>, where: Where) {
  return {
    ...base(user, where),
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

export function installed(user: TeamsUser, where: Where) {
  return { ...base(user, where), type: "conversationUpdate", membersAdded: [{ id: user.id, aadObjectId: user.aadObjectId }, { id: BOT.id }] };
}

/** A Teams user with what the roster (TeamsInfo.getMember) tells about them. */
export interface RosterPerson extends TeamsUser {
  email?: string;
  userPrincipalName: string;
}

/** The project leader (LEADER_EMAILS=pl@haarlem.nl in the end-to-end tests). */
export const LEADER: RosterPerson = {
  id: "29:leader",
  name: "Petra Leider",
  aadObjectId: "aad-leader",
  email: "pl@haarlem.nl",
  userPrincipalName: "pl@haarlem.nl",
};
export const ANNA: RosterPerson = {
  id: "29:anna",
  name: "Anna de Vries",
  aadObjectId: "aad-anna",
  email: "anna@haarlem.nl",
  userPrincipalName: "anna@haarlem.nl",
};
export const CARLA: RosterPerson = {
  id: "29:carla",
  name: "Carla Smit",
  aadObjectId: "aad-carla",
  email: "carla@uwv.nl",
  userPrincipalName: "carla@uwv.nl",
};
/** In the roster without an e-mail address: known to no agenda, so only reads. */
export const READER: RosterPerson = { id: "29:rob", name: "Rob Lezer", aadObjectId: "aad-rob", userPrincipalName: "rob@velsen.nl" };

/** POSTs an activity to the bot's /api/messages endpoint as Teams would (unsigned: local mode). */
export function postActivity(endpoint: string, activity: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(activity) });
}
