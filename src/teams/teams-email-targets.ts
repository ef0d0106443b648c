/**
 * `email:` targets in Teams: a lead who never opened the bot, reached through the TeamsReach port. The chat found
 * is remembered as the person's personal conversation (and their Teams account linked), so the next message goes
 * to it directly, without Graph; within this process the same address is resolved once.
 */
import type { ConversationReference } from "botbuilder";
import { isPermanent } from "../core/delivery/chat-reach.js";
import type { SendResult } from "../core/delivery/delivery-worker.js";
import type { ChannelDirectory, PeopleDirectory } from "../core/ports.js";
import type { TeamsReach } from "./teams-reach.js";

export type EmailTargetResolution = { ok: true; reference: Partial<ConversationReference> } | { ok: false; result: SendResult };

export interface TeamsEmailTargetDeps {
  reach: TeamsReach;
  people: Pick<PeopleDirectory, "findByEmail" | "linkIdentity">;
  channels: Pick<ChannelDirectory, "rememberConversation">;
}

export class TeamsEmailTargets {
  private readonly known = new Map<string, Partial<ConversationReference>>();

  constructor(private readonly deps: TeamsEmailTargetDeps) {}

  async resolve(email: string): Promise<EmailTargetResolution> {
    const address = email.toLowerCase();
    const known = this.known.get(address);
    if (known) return { ok: true, reference: known };
    const found = await this.deps.reach.reach(address);
    if (!found.reachable) {
      return {
        ok: false,
        result: {
          ok: false,
          error: `not reachable through Teams (${found.reason}): ${found.detail}`,
          permanent: isPermanent(found.reason),
          unreachable: found.reason,
          // Graph's "not now" is waited out like the connector's: not a failed try, all Teams sends held by Retry-After.
          ...(found.rateLimited ? { rateLimited: true, ...found.rateLimited } : {}),
        },
      };
    }
    const person = await this.deps.people.findByEmail(address);
    if (person) await this.deps.people.linkIdentity(person.id, { platform: "teams", tenantId: found.tenantId, externalId: found.userId });
    await this.deps.channels.rememberConversation({
      platform: "teams",
      tenantId: found.tenantId,
      conversationId: found.conversationId,
      kind: "personal",
      personId: person?.id ?? null,
      reference: found.reference,
    });
    const reference = found.reference as Partial<ConversationReference>;
    this.known.set(address, reference);
    return { ok: true, reference };
  }
}
